import { BATCH_STATE_LABELS, batchLabel, countByKind } from '@shared/domain/ekspor/batch';
import type { BatchReport } from '@shared/domain/ekspor/batch';
import type { Batch, BatchState } from '@shared/domain/core/entities';
import { CURRENT_EXPORT_TEMPLATE } from '@shared/domain/ekspor/template';
import { appendAudit } from '../keamanan/audit-repository';
import {
  BatchError,
  batchReadTables,
  contentHashOf,
  decisionDocumentOf,
  freezeMeetingRows,
  runGate,
} from './read';
import type { ExcludedRow } from './read';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor, getIdentity } from '../pengaturan/repository';

export { BatchError } from './read';

export const BATCH_ENTITY = 'batch usulan';
const ENTITY = BATCH_ENTITY;

export function writeTables(db: DtksDatabase) {
  return [...batchReadTables(db), db.audit];
}

export const describeCounts = (rows: Batch['rows']) => {
  const counts = countByKind(rows);
  return `${counts.total} baris (baru ${counts.baru}, perbaikan ${counts.perbaikan}, nonaktif ${counts.nonaktif})`;
};

export type BatchResult = {
  batch: Batch;
  report: BatchReport;
  excluded: ExcludedRow[];
  /** True when the action made a new version because the register had changed. */
  newVersion: boolean;
};

async function nextNumber(db: DtksDatabase, now: Date): Promise<number> {
  const year = now.getFullYear();
  const numbers = (await db.batches.toArray())
    .filter((batch) => new Date(batch.createdAt).getFullYear() === year)
    .map((batch) => batch.number);
  return Math.max(0, ...numbers) + 1;
}

function gateState(report: BatchReport): BatchState {
  return report.ok ? 'tervalidasi' : 'disiapkan';
}

function gateNote(report: BatchReport): string {
  return report.ok
    ? `Lolos validasi${report.warnings ? ` (${report.warnings} peringatan)` : ''}`
    : `Validasi: ${report.errors} kesalahan harus diperbaiki`;
}

/**
 * Makes the batch of a locked musyawarah (or SPTJM) and runs the gate on it, in
 * one transaction: it is stored `tervalidasi` when nothing blocks, else `disiapkan`
 * with the report. One active batch per meeting; changes make new versions.
 */
export async function createBatchFromMeeting(
  db: DtksDatabase,
  meetingId: string,
  now = new Date(),
): Promise<BatchResult> {
  checkPermission(db, 'create', 'batch usulan');
  return db.transaction('rw', writeTables(db), async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new BatchError('Musyawarah tidak ditemukan.');
    if (meeting.status !== 'terkunci' || !meeting.contentHash) {
      throw new BatchError(
        'Musyawarah belum dikunci: batch hanya dibuat dari keputusan yang sudah dikunci.',
      );
    }
    const existing = (await db.batches.where('meetingId').equals(meetingId).toArray()).find(
      (batch) => !batch.supersededBy,
    );
    if (existing) {
      throw new BatchError(
        `Batch ${batchLabel(existing)} dari musyawarah ini sudah ada. Buka batch itu.`,
      );
    }
    const identity = await getIdentity(db);
    if (!identity) throw new BatchError('Identitas kelurahan belum diisi di Pengaturan.');
    const { rows, excluded } = await freezeMeetingRows(db, meetingId);
    if (rows.length === 0) {
      throw new BatchError(
        'Tidak ada yang perlu dikirim dari musyawarah ini: tidak ada keputusan layak atau nonaktif.',
      );
    }
    const actor = await currentActor(db);
    const at = now.toISOString();
    const draft: Batch = {
      // Batches keep UUIDs: the id goes into the package manifest that leaves the
      // office, whose shape others may check; there are only a few batches.
      id: crypto.randomUUID(),
      number: await nextNumber(db, now),
      version: 1,
      meetingId,
      period: meeting.period,
      kodeWilayah: identity.kodeWilayah,
      decisionDocument: decisionDocumentOf(meeting),
      rows,
      state: 'disiapkan',
      contentHash: '',
      templateVersion: CURRENT_EXPORT_TEMPLATE.version,
      createdAt: at,
      createdBy: actor,
      history: [
        { state: 'disiapkan', at, by: actor, note: `Dibuat dari musyawarah ${meeting.number}` },
      ],
    };
    draft.contentHash = contentHashOf(draft);
    const report = await runGate(db, draft);
    const batch = withGateResult(draft, report, at, actor);
    await db.batches.add(batch);
    await appendAudit(
      db,
      {
        actor,
        action: 'create',
        entity: ENTITY,
        entityId: batch.id,
        summary: `Batch ${batchLabel(batch)} dibuat dari musyawarah ${meeting.number}: ${describeCounts(rows)}; ${gateNote(report).toLowerCase()}`,
        after: { ...batch, rows: rows.length },
      },
      now,
    );
    return { batch, report, excluded, newVersion: false };
  });
}

/** Stores the gate's outcome; a history entry when the state moves, or when asked to. */
function withGateResult(
  batch: Batch,
  report: BatchReport,
  at: string,
  by: string,
  recheck = false,
): Batch {
  const state = gateState(report);
  const moved = state !== batch.state;
  const note = recheck ? `Diperiksa ulang: ${gateNote(report).toLowerCase()}` : gateNote(report);
  return {
    ...batch,
    state,
    validation: { at, errors: report.errors, warnings: report.warnings },
    history: moved || recheck ? [...batch.history, { state, at, by, note }] : batch.history,
  };
}

/**
 * Runs the gate again ("Periksa ulang"). When the register changed since the rows
 * were frozen (a clerk fixed a name, a family moved RT), the batch is not edited:
 * a new version with a new id is made from the meeting, and the old one is marked
 * replaced. Only batches that never left the office can be re-checked this way.
 */
export async function revalidateBatch(
  db: DtksDatabase,
  batchId: string,
  now = new Date(),
): Promise<BatchResult> {
  checkPermission(db, 'update', 'batch usulan');
  return db.transaction('rw', writeTables(db), async () => {
    const current = await activeBatch(db, batchId);
    if (current.state !== 'disiapkan' && current.state !== 'tervalidasi') {
      throw new BatchError(
        `Batch ${batchLabel(current)} sudah ${BATCH_STATE_LABELS[current.state].toLowerCase()}: isinya tidak diperiksa ulang. Buat versi baru bila datanya harus diubah.`,
      );
    }
    const actor = await currentActor(db);
    const at = now.toISOString();
    const next = await freshVersion(db, current, now);
    if (next) {
      const report = await runGate(db, next.batch);
      const batch = withGateResult(next.batch, report, at, actor);
      await storeNewVersion(db, current, batch, actor, now);
      return { batch, report, excluded: next.excluded, newVersion: true };
    }
    const report = await runGate(db, current);
    const batch = withGateResult(current, report, at, actor, true);
    await db.batches.put(batch);
    await appendAudit(
      db,
      {
        actor,
        action: 'update',
        entity: ENTITY,
        entityId: batch.id,
        summary: `Batch ${batchLabel(batch)} diperiksa ulang: ${gateNote(report).toLowerCase()}`,
        before: { state: current.state, validation: current.validation },
        after: { state: batch.state, validation: batch.validation },
      },
      now,
    );
    const excluded = (await freezeMeetingRows(db, current.meetingId)).excluded;
    return { batch, report, excluded, newVersion: false };
  });
}

/**
 * A new version of an exported batch that was not uploaded, when the register
 * changed after the export (the portal refused the file, a name was misspelt).
 */
export async function makeNewVersion(
  db: DtksDatabase,
  batchId: string,
  now = new Date(),
): Promise<BatchResult> {
  checkPermission(db, 'create', 'batch usulan');
  return db.transaction('rw', writeTables(db), async () => {
    const current = await activeBatch(db, batchId);
    if (current.state === 'diunggah' || current.state === 'hasil_diterima') {
      throw new BatchError(
        'Batch ini sudah diunggah ke portal: perbaikan dikirim lewat "Usulkan lagi" pada baris yang ditolak.',
      );
    }
    const next = await freshVersion(db, current, now);
    if (!next) {
      throw new BatchError('Data batch tidak berubah sejak dibuat: versi baru tidak diperlukan.');
    }
    const actor = await currentActor(db);
    const report = await runGate(db, next.batch);
    const batch = withGateResult(next.batch, report, now.toISOString(), actor);
    await storeNewVersion(db, current, batch, actor, now);
    return { batch, report, excluded: next.excluded, newVersion: true };
  });
}

export async function activeBatch(db: DtksDatabase, batchId: string): Promise<Batch> {
  const batch = await db.batches.get(batchId);
  if (!batch) throw new BatchError('Batch tidak ditemukan.');
  if (batch.supersededBy) {
    const newer = await db.batches.get(batch.supersededBy);
    throw new BatchError(
      `Batch ini sudah diganti versi ${newer?.version ?? 'baru'}: buka versi terbaru.`,
    );
  }
  return batch;
}

/** The meeting's rows as the register holds them now, or null when nothing changed. */
async function freshVersion(
  db: DtksDatabase,
  current: Batch,
  now: Date,
): Promise<{ batch: Batch; excluded: ExcludedRow[] } | null> {
  const meeting = await db.meetings.get(current.meetingId);
  if (!meeting) throw new BatchError('Musyawarah batch ini tidak ditemukan lagi.');
  const identity = await getIdentity(db);
  const { rows, excluded } = await freezeMeetingRows(db, current.meetingId);
  const actor = await currentActor(db);
  const at = now.toISOString();
  const candidate: Batch = {
    // A UUID, as every batch (see createBatchFromMeeting).
    id: crypto.randomUUID(),
    number: current.number,
    version: current.version + 1,
    supersedes: current.id,
    meetingId: current.meetingId,
    period: meeting.period,
    kodeWilayah: identity?.kodeWilayah ?? current.kodeWilayah,
    decisionDocument: decisionDocumentOf(meeting),
    rows,
    state: 'disiapkan',
    contentHash: '',
    templateVersion: CURRENT_EXPORT_TEMPLATE.version,
    createdAt: at,
    createdBy: actor,
    history: [
      {
        state: 'disiapkan',
        at,
        by: actor,
        note: `Versi ${current.version + 1}: data berubah sejak versi ${current.version}`,
      },
    ],
  };
  candidate.contentHash = contentHashOf(candidate);
  if (candidate.contentHash === current.contentHash) return null;
  return { batch: candidate, excluded };
}

async function storeNewVersion(
  db: DtksDatabase,
  previous: Batch,
  batch: Batch,
  actor: string,
  now: Date,
): Promise<void> {
  // The old version keeps its rows and hash untouched; only the pointer is added.
  await db.batches.put({ ...previous, supersededBy: batch.id });
  await db.batches.add(batch);
  await appendAudit(
    db,
    {
      actor,
      action: 'create',
      entity: ENTITY,
      entityId: batch.id,
      summary: `Batch ${batchLabel(batch)} dibuat sebagai versi baru dari ${batchLabel(previous)} karena data berubah: ${describeCounts(batch.rows)}`,
      before: { id: previous.id, contentHash: previous.contentHash },
      after: { id: batch.id, contentHash: batch.contentHash, state: batch.state },
    },
    now,
  );
}

/**
 * Removes a batch that never left the office. When it was a new version, the
 * version it replaced becomes the active one again.
 */
export async function deleteBatch(
  db: DtksDatabase,
  batchId: string,
  now = new Date(),
): Promise<void> {
  checkPermission(db, 'delete', 'batch usulan');
  await db.transaction('rw', writeTables(db), async () => {
    const batch = await activeBatch(db, batchId);
    if (batch.state !== 'disiapkan' && batch.state !== 'tervalidasi') {
      throw new BatchError(
        'Batch yang sudah diekspor tidak dapat dihapus: catatannya harus tetap ada.',
      );
    }
    await db.batches.delete(batch.id);
    if (batch.supersedes) {
      const previous = await db.batches.get(batch.supersedes);
      if (previous) {
        const { supersededBy: _replaced, ...restored } = previous;
        await db.batches.put(restored);
      }
    }
    await appendAudit(
      db,
      {
        actor: await currentActor(db),
        action: 'delete',
        entity: ENTITY,
        entityId: batch.id,
        summary: `Batch ${batchLabel(batch)} dihapus sebelum diekspor`,
        before: { ...batch, rows: batch.rows.length },
      },
      now,
    );
  });
}
