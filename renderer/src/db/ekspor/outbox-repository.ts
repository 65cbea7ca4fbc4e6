import { localIsoDate } from '@shared/domain/core/tanggal';
import { batchLabel } from '@shared/domain/ekspor/batch';
import type { Batch, Proposal } from '@shared/domain/core/entities';
import { parseIsoDate } from '@shared/domain/core/id-common';
import { appendAudit } from '../keamanan/audit-repository';
import { BatchError, contentHashOf, runGate } from './read';
import { activeBatch, BATCH_ENTITY as ENTITY, describeCounts, writeTables } from './repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor } from '../pengaturan/repository';

/** The outbox steps after validation: the package left the office, then reached the portal. */

const localDay = localIsoDate;

export type ExportRecord = {
  fileName: string;
  packageSha256: string;
  /** The signed scan the package carries; null when it went without one. */
  signedScanSha256?: string | null;
};

/**
 * What the audit entry adds about the personal data that left: the Berita Acara in the
 * package is the archival copy with full NIK and No. KK (domain.md §7–8).
 */
function packageContents(file: ExportRecord): string {
  const scan = file.signedScanSha256
    ? `pindaian bertanda tangan SHA-256 ${file.signedScanSha256}`
    : 'tanpa pindaian bertanda tangan';
  return `dokumen keputusan salinan arsip (NIK dan No. KK lengkap), ${scan}`;
}

/**
 * After the package was saved: the batch becomes `diekspor` and its proposals
 * `dikirim`, in one transaction with the audit entry that says what left the office.
 * A later download of the same package is logged without changing anything.
 */
export async function markExported(
  db: DtksDatabase,
  batchId: string,
  file: ExportRecord,
  now = new Date(),
): Promise<Batch> {
  checkPermission(db, 'export', 'batch usulan');
  return db.transaction('rw', writeTables(db), async () => {
    const batch = await activeBatch(db, batchId);
    const actor = await currentActor(db);
    const at = now.toISOString();
    if (contentHashOf(batch) !== batch.contentHash) {
      throw new BatchError('Isi batch tidak cocok dengan kode hash-nya: jangan unggah berkas ini.');
    }
    if (batch.state !== 'tervalidasi') {
      if (batch.state === 'disiapkan') {
        throw new BatchError('Batch belum lolos validasi: perbaiki kesalahannya dulu.');
      }
      await appendAudit(
        db,
        {
          actor,
          action: 'export',
          entity: ENTITY,
          entityId: batch.id,
          summary: `Paket batch ${batchLabel(batch)} diekspor ulang: ${file.fileName}, ${describeCounts(batch.rows)}, SHA-256 ${file.packageSha256}; ${packageContents(file)}`,
          after: file,
        },
        now,
      );
      return batch;
    }
    const report = await runGate(db, batch);
    if (!report.ok) {
      throw new BatchError(
        `Batch tidak lolos validasi lagi (${report.errors} kesalahan): periksa ulang.`,
      );
    }
    const exported: Batch = {
      ...batch,
      state: 'diekspor',
      exportedAt: at,
      exportedBy: actor,
      fileName: file.fileName,
      packageSha256: file.packageSha256,
      history: [
        ...batch.history,
        { state: 'diekspor', at, by: actor, note: `Paket ${file.fileName}` },
      ],
    };
    await db.batches.put(exported);
    const proposals = await db.proposals.bulkGet(batch.rows.map((row) => row.proposalId));
    const sent: Proposal[] = proposals.flatMap((proposal) =>
      proposal && proposal.status === 'diputuskan'
        ? [
            {
              ...proposal,
              status: 'dikirim' as const,
              history: [
                ...proposal.history,
                {
                  from: proposal.status,
                  to: 'dikirim' as const,
                  at,
                  by: actor,
                  reason: `Dikirim dalam batch ${batchLabel(batch)} (${file.fileName})`,
                },
              ],
              updatedAt: at,
            },
          ]
        : [],
    );
    await db.proposals.bulkPut(sent);
    await appendAudit(
      db,
      {
        actor,
        action: 'export',
        entity: ENTITY,
        entityId: batch.id,
        summary: `Paket batch ${batchLabel(batch)} diekspor: ${file.fileName}, ${describeCounts(batch.rows)}, SHA-256 ${file.packageSha256}; ${packageContents(file)}; ${sent.length} usulan menjadi dikirim`,
        before: { state: batch.state },
        after: { state: exported.state, ...file, proposalIds: sent.map((p) => p.id) },
      },
      now,
    );
    return exported;
  });
}

export type UploadInput = { date: string; reference: string };

/** The operator uploaded the package to the portal: when, and the portal's receipt. */
export async function recordUpload(
  db: DtksDatabase,
  batchId: string,
  input: UploadInput,
  now = new Date(),
): Promise<Batch> {
  checkPermission(db, 'update', 'batch usulan');
  const reference = input.reference.trim();
  const date = input.date.trim();
  if (!parseIsoDate(date)) throw new BatchError('Tanggal unggah tidak valid.');
  const today = localDay(now);
  if (date > today) throw new BatchError('Tanggal unggah tidak boleh di masa depan.');
  if (reference.length < 3) {
    throw new BatchError(
      'Tulis nomor tanda terima atau referensi dari portal (minimal 3 karakter).',
    );
  }
  if (reference.length > 120) throw new BatchError('Nomor referensi terlalu panjang.');
  return db.transaction('rw', writeTables(db), async () => {
    const batch = await activeBatch(db, batchId);
    if (batch.state !== 'diekspor' && batch.state !== 'diunggah') {
      throw new BatchError('Unggahan dicatat setelah paket diekspor dan sebelum hasilnya diimpor.');
    }
    const exportedOn = batch.exportedAt ? new Date(batch.exportedAt) : null;
    if (exportedOn) {
      const exportedDay = localDay(exportedOn);
      if (date < exportedDay)
        throw new BatchError('Tanggal unggah tidak boleh sebelum tanggal ekspor.');
    }
    const actor = await currentActor(db);
    const at = now.toISOString();
    const corrected = batch.state === 'diunggah';
    const uploaded: Batch = {
      ...batch,
      state: 'diunggah',
      upload: { date, reference, by: actor },
      history: [
        ...batch.history,
        {
          state: 'diunggah',
          at,
          by: actor,
          note: `${corrected ? 'Catatan unggahan diperbaiki' : 'Diunggah'}: ${date}, referensi ${reference}`,
        },
      ],
    };
    await db.batches.put(uploaded);
    await appendAudit(
      db,
      {
        actor,
        action: 'update',
        entity: ENTITY,
        entityId: batch.id,
        summary: `Batch ${batchLabel(batch)} ${corrected ? 'catatan unggahan diperbaiki' : 'dicatat diunggah'}: tanggal ${date}, referensi ${reference}`,
        before: { state: batch.state, upload: batch.upload },
        after: { state: uploaded.state, upload: uploaded.upload },
      },
      now,
    );
    return uploaded;
  });
}
