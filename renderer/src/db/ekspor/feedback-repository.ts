import { batchLabel } from '@shared/domain/ekspor/batch';
import { nextPeriodStart, rememberedFeedbackMapping } from '@shared/domain/ekspor/feedback';
import type { FeedbackMapping, FeedbackRecord } from '@shared/domain/ekspor/feedback';
import type { Batch, FeedbackRow, Proposal, ProposalKind } from '@shared/domain/core/entities';
import { layoutSignature } from '@shared/domain/impor/fields';
import { maskNik } from '@shared/domain/warga/nik';
import { findOpenDuplicate, KIND_LABELS } from '@shared/domain/usulan/proposal';
import { periodLabel } from '@shared/domain/core/settings';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import { BatchError } from './read';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor, getPeriod } from '../pengaturan/repository';

const ENTITY = 'batch usulan';

export type FeedbackImportResult = {
  accepted: number;
  rejected: number;
  /** NIKs in the file that are not in this batch, masked. */
  unmatched: string[];
  /** Rows of the batch the file says nothing about. */
  withoutResult: number;
};

/** Where the columns chosen for results files with these headers are kept. */
const mappingKey = (headers: readonly string[]) => `pemetaanHasil:${layoutSignature(headers)}`;

/**
 * The columns chosen the last time a results file with the same headers was imported,
 * if they still fit; the portal sends the same layout every period.
 */
export async function findFeedbackMapping(
  db: DtksDatabase,
  headers: readonly string[],
): Promise<FeedbackMapping | null> {
  const saved = await db.settings.get(mappingKey(headers));
  return rememberedFeedbackMapping(saved?.value, headers);
}

/** The file's headers and the columns the clerk confirmed, remembered with the import. */
export type FeedbackLayout = { headers: readonly string[]; mapping: FeedbackMapping };

/**
 * Records the portal's results on the batch's proposals, matched by NIK, in one
 * transaction. Importing again (a later, fuller results file) replaces the result
 * of each NIK it lists and keeps the others. With `layout`, the chosen columns are
 * remembered for the next file with the same headers, in the same transaction.
 */
export async function importFeedback(
  db: DtksDatabase,
  batchId: string,
  records: readonly FeedbackRecord[],
  fileName: string,
  now = new Date(),
  layout?: FeedbackLayout,
): Promise<FeedbackImportResult> {
  checkPermission(db, 'import', 'batch usulan');
  return db.transaction(
    'rw',
    [db.batches, db.proposals, db.feedback, db.settings, db.audit],
    async () => {
      const batch = await db.batches.get(batchId);
      if (!batch) throw new BatchError('Batch tidak ditemukan.');
      if (batch.state !== 'diunggah' && batch.state !== 'hasil_diterima') {
        throw new BatchError('Catat unggahan batch ini dulu, baru impor hasilnya dari portal.');
      }
      const rowByNik = new Map(
        batch.rows.flatMap((row) => (row.record ? [[row.record.nik, row] as const] : [])),
      );
      const matched = records.filter((record) => rowByNik.has(record.nik));
      const unmatched = records.filter((record) => !rowByNik.has(record.nik));
      if (matched.length === 0) {
        throw new BatchError(
          `Tidak ada NIK di berkas ini yang cocok dengan batch ${batchLabel(batch)}. Pastikan memilih berkas hasil untuk batch yang benar dan kolom NIK yang tepat.`,
        );
      }
      const at = now.toISOString();
      const actor = await currentActor(db);
      const listed = new Set(matched.map((record) => record.nik));
      const previous = await db.feedback.where('batchId').equals(batchId).toArray();
      await db.feedback.bulkDelete(
        previous.filter((row) => listed.has(row.nik)).map((row) => row.id),
      );

      const feedbackRows: FeedbackRow[] = matched.map((record) => ({
        id: newId(),
        batchId,
        nik: record.nik,
        proposalId: rowByNik.get(record.nik)?.proposalId,
        padan: record.padan,
        accepted: record.accepted,
        reason: record.reason,
        importedAt: at,
      }));
      await db.feedback.bulkAdd(feedbackRows);

      const proposals = await db.proposals.bulkGet(feedbackRows.map((row) => row.proposalId ?? ''));
      const updated: Proposal[] = proposals.flatMap((proposal, i) => {
        const row = feedbackRows[i];
        if (!proposal || !row) return [];
        return [
          {
            ...proposal,
            feedback: { padan: row.padan, accepted: row.accepted, reason: row.reason, batchId, at },
            updatedAt: at,
          },
        ];
      });
      await db.proposals.bulkPut(updated);

      const all = [...previous.filter((row) => !listed.has(row.nik)), ...feedbackRows];
      const accepted = all.filter((row) => row.accepted).length;
      const rejected = all.length - accepted;
      const note = `Hasil diimpor dari ${fileName}: ${accepted} diterima, ${rejected} ditolak${unmatched.length ? `, ${unmatched.length} NIK tidak dikenali` : ''}`;
      await db.batches.put({
        ...batch,
        state: 'hasil_diterima',
        feedbackAt: at,
        history: [...batch.history, { state: 'hasil_diterima', at, by: actor, note }],
      });
      await appendAudit(
        db,
        {
          actor,
          action: 'import',
          entity: ENTITY,
          entityId: batch.id,
          summary: `Batch ${batchLabel(batch)}: ${note}`,
          before: { state: batch.state },
          after: {
            state: 'hasil_diterima',
            fileName,
            rejectedProposalIds: feedbackRows.filter((r) => !r.accepted).map((r) => r.proposalId),
            updatedProposals: updated.length,
          },
        },
        now,
      );
      if (layout) await db.settings.put({ key: mappingKey(layout.headers), value: layout.mapping });
      return {
        accepted,
        rejected,
        unmatched: unmatched.map((record) => maskNik(record.nik)),
        withoutResult: batch.rows.length - all.length,
      };
    },
  );
}

export type RejectedRow = {
  feedback: FeedbackRow;
  batch: Pick<Batch, 'id' | 'number' | 'version' | 'period'>;
  proposal: Proposal | null;
  nama: string;
  kind: ProposalKind;
  /** The new proposal made from it, with its period, once proposed again. */
  reproposed: { id: string; period: string } | null;
};

/** Rows the portal rejected, newest batch first, for correction and a new proposal. */
export async function listRejected(db: DtksDatabase, batchId?: string): Promise<RejectedRow[]> {
  const feedback = (
    batchId
      ? await db.feedback.where('batchId').equals(batchId).toArray()
      : await db.feedback.toArray()
  ).filter((row) => !row.accepted);
  const batches = await db.batches.bulkGet([...new Set(feedback.map((row) => row.batchId))]);
  const batchById = new Map(batches.flatMap((b) => (b ? [[b.id, b]] : [])));
  const proposals = await db.proposals.bulkGet(feedback.map((row) => row.proposalId ?? ''));
  const followUps = await db.proposals.bulkGet(proposals.map((p) => p?.reproposedAs ?? ''));
  const rows: RejectedRow[] = [];
  feedback.forEach((row, i) => {
    const batch = batchById.get(row.batchId);
    if (!batch) return;
    const batchRow = batch.rows.find((item) => item.proposalId === row.proposalId);
    const proposal = proposals[i] ?? null;
    const followUp = followUps[i];
    rows.push({
      feedback: row,
      batch: { id: batch.id, number: batch.number, version: batch.version, period: batch.period },
      proposal,
      nama: batchRow?.record?.nama ?? '',
      kind: batchRow?.kind ?? proposal?.kind ?? 'baru',
      reproposed: followUp ? { id: followUp.id, period: followUp.period } : null,
    });
  });
  return rows.sort(
    (a, b) =>
      b.feedback.importedAt.localeCompare(a.feedback.importedAt) ||
      a.nama.localeCompare(b.nama, 'id'),
  );
}

/** The label of the period after the current one, as the settings count periods. */
export async function nextPeriodLabel(db: DtksDatabase, now = new Date()): Promise<string> {
  const period = await getPeriod(db);
  return periodLabel(period, nextPeriodStart(period.mode, now));
}

/**
 * "Usulkan lagi": a new draft proposal for the next period, linked both ways to
 * the rejected one, of the kind that was sent (a prelist family the room removed
 * comes back as nonaktif). It goes through verification and a musyawarah again.
 */
export async function reproposeRejected(
  db: DtksDatabase,
  proposalId: string,
  now = new Date(),
): Promise<Proposal> {
  checkPermission(db, 'create', 'usulan');
  return db.transaction(
    'rw',
    [db.proposals, db.batches, db.families, db.people, db.settings, db.audit],
    async () => {
      const original = await db.proposals.get(proposalId);
      if (!original) throw new BatchError('Usulan tidak ditemukan.');
      const result = original.feedback;
      if (!result || result.accepted) {
        throw new BatchError('Hanya usulan yang ditolak portal yang dapat diusulkan lagi.');
      }
      if (original.reproposedAs) throw new BatchError('Usulan ini sudah diusulkan lagi.');
      const [family, person, batch] = await Promise.all([
        db.families.get(original.familyId),
        db.people.get(original.personId),
        db.batches.get(result.batchId),
      ]);
      if (!family || !person) throw new BatchError('Data warga atau keluarganya sudah dihapus.');
      const sent = batch?.rows.find((row) => row.proposalId === original.id);
      const kind = sent?.kind ?? original.kind;
      const nonaktifReason = sent?.record?.nonaktifReason || original.nonaktifReason;
      const period = await nextPeriodLabel(db, now);
      const existing = await db.proposals.where('familyId').equals(family.id).toArray();
      if (findOpenDuplicate(existing, { familyId: family.id, kind, period })) {
        throw new BatchError(
          `Keluarga ini sudah punya usulan ${KIND_LABELS[kind].toLowerCase()} yang masih berjalan pada periode ${period}.`,
        );
      }
      const actor = await currentActor(db);
      const at = now.toISOString();
      const label = batch ? batchLabel(batch) : '';
      const why = `Diusulkan lagi setelah ditolak SIKS-NG${label ? ` (batch ${label})` : ''}${result.reason ? `: ${result.reason}` : ''}`;
      const proposal: Proposal = {
        id: newId(),
        familyId: family.id,
        personId: person.id,
        kind,
        ...(kind === 'nonaktif' && nonaktifReason ? { nonaktifReason } : {}),
        source: original.source,
        programme: original.programme,
        // The rejection is usually about the identity data: KTP and KK are checked again,
        // and the house photos stay with the old proposal. The RT/RW letter still stands.
        documents: { ...original.documents, ktp: false, kk: false, fotoRumah: false },
        status: 'draf',
        history: [{ from: null, to: 'draf', at, by: actor, reason: why }],
        period,
        note: why,
        previousProposalId: original.id,
        createdAt: at,
        updatedAt: at,
      };
      await db.proposals.add(proposal);
      await db.proposals.put({ ...original, reproposedAs: proposal.id, updatedAt: at });
      await appendAudit(
        db,
        {
          actor,
          action: 'create',
          entity: 'usulan',
          entityId: proposal.id,
          summary: `Usulan ${KIND_LABELS[kind].toLowerCase()} untuk ${person.nama} diusulkan lagi periode ${period} setelah ditolak portal`,
          before: { proposalId: original.id, feedback: result },
          after: proposal,
        },
        now,
      );
      return proposal;
    },
  );
}

/** The portal's results for one batch, by NIK. */
export async function listBatchFeedback(
  db: DtksDatabase,
  batchId: string,
): Promise<Map<string, FeedbackRow>> {
  const rows = await db.feedback.where('batchId').equals(batchId).toArray();
  return new Map(rows.map((row) => [row.nik, row]));
}
