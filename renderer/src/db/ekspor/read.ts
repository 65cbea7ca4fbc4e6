import { Refusal } from '@shared/domain/core/refusal';
import {
  BATCH_STATE_LABELS,
  batchContentHash,
  batchEntryFor,
  batchLabel,
  countByKind,
  validateBatch,
} from '@shared/domain/ekspor/batch';
import type { BatchReport } from '@shared/domain/ekspor/batch';
import type {
  Batch,
  BatchRecord,
  BatchRow,
  Family,
  Meeting,
  PersonRow,
  Proposal,
} from '@shared/domain/core/entities';
import {
  CURRENT_EXPORT_TEMPLATE,
  EXPORT_KINDS,
  getExportTemplate,
} from '@shared/domain/ekspor/template';
import type { ExportKind } from '@shared/domain/ekspor/template';
import type { DtksDatabase } from '../core/database';
import { prelistChanged } from '@shared/domain/impor/prelist-change';
import { getIdentity } from '../pengaturan/repository';

/** A refusal worded for the clerk; nothing was written. */
export class BatchError extends Refusal {
  constructor(message: string) {
    super(message, { kind: 'ekspor' });
    this.name = 'BatchError';
  }
}

/** Tables a transaction needs to freeze rows and run the gate inside it. */
export function batchReadTables(db: DtksDatabase) {
  return [
    db.batches,
    db.meetings,
    db.decisions,
    db.proposals,
    db.families,
    db.people,
    db.feedback,
    db.settings,
  ];
}

export type ExcludedRow = { proposalId: string; nama: string; why: string };

export type FrozenRows = { rows: BatchRow[]; excluded: ExcludedRow[] };

/** The register's values as the national system needs them; anything unconfirmed is empty. */
export function recordOf(
  family: Family,
  person: PersonRow,
  proposal: Proposal,
  nonaktifReason: BatchRecord['nonaktifReason'],
  kind: ExportKind,
): BatchRecord {
  const placeholder = new Set(person.fieldsToComplete ?? []);
  return {
    kodeWilayah: family.kodeWilayah,
    alamat: family.alamat,
    rt: family.rt,
    rw: family.rw,
    noKk: family.noKk,
    nik: person.nik,
    nama: person.nama,
    tempatLahir: person.tempatLahir,
    tanggalLahir: person.tanggalLahir,
    jenisKelamin: person.jenisKelamin,
    namaIbuKandung: person.namaIbuKandung,
    shdk: person.shdk,
    statusKawin: placeholder.has('statusKawin') ? '' : (person.statusKawin ?? ''),
    pekerjaan: placeholder.has('pekerjaan') ? '' : person.pekerjaan,
    nonaktifReason,
    programme: proposal.programme,
    // The family's ID in the national list names the row a correction or removal is for.
    ...(kind !== 'baru' && family.idDtks ? { idDtks: family.idDtks } : {}),
  };
}

const KIND_ORDER = new Map<string, number>(EXPORT_KINDS.map((kind, i) => [kind, i]));

function compareRows(a: BatchRow, b: BatchRow): number {
  const ra = a.record;
  const rb = b.record;
  return (
    (KIND_ORDER.get(a.kind) ?? 9) - (KIND_ORDER.get(b.kind) ?? 9) ||
    (ra?.rw ?? '').localeCompare(rb?.rw ?? '', 'id', { numeric: true }) ||
    (ra?.rt ?? '').localeCompare(rb?.rt ?? '', 'id', { numeric: true }) ||
    (ra?.nama ?? '').localeCompare(rb?.nama ?? '', 'id') ||
    (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0)
  );
}

/**
 * The rows a locked meeting sends, with the register's values copied in now.
 * People deleted or suspended on their request since the meeting are left out
 * and listed, so the clerk sees why a row is missing.
 */
export async function freezeMeetingRows(db: DtksDatabase, meetingId: string): Promise<FrozenRows> {
  const decisions = await db.decisions.where('meetingId').equals(meetingId).toArray();
  const proposals = await db.proposals.bulkGet(decisions.map((d) => d.proposalId));
  const people = await db.people.bulkGet(proposals.map((p) => p?.personId ?? ''));
  const families = await db.families.bulkGet(proposals.map((p) => p?.familyId ?? ''));
  const rows: BatchRow[] = [];
  const excluded: ExcludedRow[] = [];
  for (const [i, decision] of decisions.entries()) {
    const proposal = proposals[i];
    const nama = people[i]?.nama ?? decision.snapshot?.nama ?? '(tanpa nama)';
    if (!proposal) {
      excluded.push({ proposalId: decision.proposalId, nama, why: 'Usulan sudah dihapus' });
      continue;
    }
    const family = families[i];
    // What the room decided on, frozen at lock: the same facts Lampiran I prints.
    const decided = decision.snapshot
      ? {
          kind: decision.snapshot.kind,
          source: decision.snapshot.source,
          nonaktifReason: decision.snapshot.nonaktifReason,
          programme: decision.snapshot.programme,
          prelistChanged: decision.snapshot.prelistChanged,
        }
      : { ...proposal, prelistChanged: undefined as boolean | undefined };
    // Locked before the lock froze it: whether the prelist family changed, read now.
    if (decided.source === 'prelist' && decided.prelistChanged === undefined && family) {
      const members = await db.people.where('familyId').equals(family.id).toArray();
      decided.prelistChanged = prelistChanged(family, members, proposal.createdAt);
    }
    const entry = batchEntryFor(decided, { value: decision.decision, reason: decision.reason });
    if (!entry.include) continue;
    const person = people[i];
    if (!person || !family) {
      excluded.push({
        proposalId: proposal.id,
        nama,
        why: 'Data warga atau keluarga sudah dihapus',
      });
      continue;
    }
    if (person.suspended) {
      excluded.push({
        proposalId: proposal.id,
        nama,
        why: 'Data ditangguhkan atas permintaan warga',
      });
      continue;
    }
    rows.push({
      proposalId: proposal.id,
      personId: person.id,
      familyId: family.id,
      kind: entry.kind,
      record: recordOf(family, person, proposal, entry.nonaktifReason, entry.kind),
    });
  }
  return { rows: rows.sort(compareRows), excluded };
}

export function contentHashOf(
  batch: Pick<
    Batch,
    'meetingId' | 'period' | 'kodeWilayah' | 'templateVersion' | 'decisionDocument' | 'rows'
  >,
): string {
  return batchContentHash(batch, batch.rows);
}

export function decisionDocumentOf(meeting: Meeting): Batch['decisionDocument'] {
  return {
    kind: meeting.kind,
    number: meeting.number,
    date: meeting.date,
    hash: meeting.contentHash ?? '',
  };
}

/** When a version line started, as a sortable key: first version's time, then its number. */
function lineStart(batch: Batch, byId: ReadonlyMap<string, Batch>): string {
  let current = batch;
  for (let guard = 0; current.supersedes && guard < 100; guard++) {
    const previous = byId.get(current.supersedes);
    if (!previous) break;
    current = previous;
  }
  return `${current.createdAt}|${String(current.number).padStart(6, '0')}`;
}

/**
 * People already sent (or about to be) in another batch that the portal did not
 * reject: every exported batch, and drafts whose line started earlier. Replaced
 * versions do not count; their newer version does.
 */
export async function earlierConflicts(
  db: DtksDatabase,
  batch: Batch,
): Promise<Map<string, string>> {
  const all = await db.batches.toArray();
  const byId = new Map(all.map((item) => [item.id, item]));
  const start = lineStart(batch, byId);
  const others = all.filter(
    (other) =>
      other.id !== batch.id &&
      !other.supersededBy &&
      (other.state !== 'disiapkan' && other.state !== 'tervalidasi'
        ? true
        : lineStart(other, byId) < start),
  );
  const conflicts = new Map<string, string>();
  for (const other of others) {
    const rejected = new Set(
      (await db.feedback.where('batchId').equals(other.id).toArray())
        .filter((row) => !row.accepted)
        .map((row) => row.nik),
    );
    const message = `Sudah ada di batch ${batchLabel(other)} (${BATCH_STATE_LABELS[other.state].toLowerCase()}, ${other.period}) yang tidak ditolak`;
    for (const row of other.rows) {
      const nik = row.record?.nik ?? '';
      if (nik !== '' && rejected.has(nik)) continue;
      if (nik !== '') conflicts.set(nik, message);
      conflicts.set(row.personId, message);
    }
  }
  return conflicts;
}

export async function runGate(db: DtksDatabase, batch: Batch): Promise<BatchReport> {
  const template = getExportTemplate(batch.templateVersion) ?? CURRENT_EXPORT_TEMPLATE;
  return validateBatch({
    template,
    kodeWilayah: (await getIdentity(db))?.kodeWilayah ?? '',
    decisionDocument: batch.decisionDocument,
    rows: batch.rows,
    earlier: await earlierConflicts(db, batch),
  });
}

export type BatchCheck = {
  report: BatchReport;
  /** The register changed since the rows were frozen: a new version is needed. */
  stale: boolean;
  /** The stored hash does not match the stored rows: the batch was tampered with. */
  corrupt: boolean;
  excluded: ExcludedRow[];
};

/**
 * The gate on the frozen rows, plus whether the register has moved on; reads only.
 * No explicit transaction: it runs inside live queries, where Dexie tracks the reads.
 */
export async function checkBatch(db: DtksDatabase, batchId: string): Promise<BatchCheck | null> {
  const batch = await db.batches.get(batchId);
  if (!batch) return null;
  const report = await runGate(db, batch);
  const identity = await getIdentity(db);
  const meeting = await db.meetings.get(batch.meetingId);
  const fresh = await freezeMeetingRows(db, batch.meetingId);
  const corrupt = contentHashOf(batch) !== batch.contentHash;
  const freshHash = meeting
    ? contentHashOf({
        ...batch,
        kodeWilayah: identity?.kodeWilayah ?? batch.kodeWilayah,
        decisionDocument: decisionDocumentOf(meeting),
        templateVersion: CURRENT_EXPORT_TEMPLATE.version,
        rows: fresh.rows,
      })
    : batch.contentHash;
  return { report, stale: freshHash !== batch.contentHash, corrupt, excluded: fresh.excluded };
}

// ---- Lists for the screens ----

export type OutboxRow = {
  batch: Omit<Batch, 'rows'>;
  meeting: Pick<Meeting, 'id' | 'kind' | 'number' | 'date'> | null;
  counts: ReturnType<typeof countByKind>;
  feedback: { accepted: number; rejected: number };
};

export async function listOutbox(
  db: DtksDatabase,
  options: { includeReplaced?: boolean } = {},
): Promise<OutboxRow[]> {
  const batches = (await db.batches.toArray())
    .filter((batch) => options.includeReplaced || !batch.supersededBy)
    .sort(
      (a, b) =>
        b.createdAt.localeCompare(a.createdAt) || b.number - a.number || b.version - a.version,
    );
  const meetings = await db.meetings.bulkGet([...new Set(batches.map((b) => b.meetingId))]);
  const meetingById = new Map(meetings.flatMap((m) => (m ? [[m.id, m]] : [])));
  const rows: OutboxRow[] = [];
  for (const { rows: batchRows, ...batch } of batches) {
    const feedback = await db.feedback.where('batchId').equals(batch.id).toArray();
    const meeting = meetingById.get(batch.meetingId);
    rows.push({
      batch,
      meeting: meeting
        ? { id: meeting.id, kind: meeting.kind, number: meeting.number, date: meeting.date }
        : null,
      counts: countByKind(batchRows),
      feedback: {
        accepted: feedback.filter((row) => row.accepted).length,
        rejected: feedback.filter((row) => !row.accepted).length,
      },
    });
  }
  return rows;
}

export type MeetingOption = {
  meeting: Meeting;
  /** The active batch made from it, if any. */
  batch: Pick<Batch, 'id' | 'number' | 'version' | 'state'> | null;
  counts: ReturnType<typeof countByKind>;
  excluded: number;
};

/** Locked meetings, newest first, with what a batch from each would carry. */
export async function listLockedMeetings(db: DtksDatabase): Promise<MeetingOption[]> {
  const meetings = (await db.meetings.where('status').equals('terkunci').toArray()).sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  const options: MeetingOption[] = [];
  for (const meeting of meetings) {
    const batch = (await db.batches.where('meetingId').equals(meeting.id).toArray()).find(
      (item) => !item.supersededBy,
    );
    const frozen = await freezeMeetingRows(db, meeting.id);
    options.push({
      meeting,
      batch: batch
        ? { id: batch.id, number: batch.number, version: batch.version, state: batch.state }
        : null,
      counts: countByKind(frozen.rows),
      excluded: frozen.excluded.length,
    });
  }
  return options;
}

export async function getBatch(db: DtksDatabase, batchId: string): Promise<Batch | undefined> {
  return db.batches.get(batchId);
}

/** Exported batches not yet marked uploaded: what the online banner counts. */
export async function countAwaitingUpload(db: DtksDatabase): Promise<number> {
  return db.batches
    .where('state')
    .equals('diekspor')
    .filter((batch) => !batch.supersededBy)
    .count();
}
