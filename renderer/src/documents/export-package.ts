import type { Batch } from '@shared/domain/core/entities';
import { checkBatch, getBatch } from '../db/ekspor/read';
import { markExported } from '../db/ekspor/outbox-repository';
import type { DtksDatabase } from '../db/core/database';
import { getLetterSettings } from '../db/surat/settings-repository';
import { currentActor, getIdentity } from '../db/pengaturan/repository';
import { getSignedScan } from '../db/ekspor/signed-scan-repository';
import type { DesktopApi } from '../platform';
import { buildPackageInWorker, PACKAGE_PHASE_LABELS } from '../workers/batch-package-client';
import { CancelledError } from '../workers/cancel';
import { renderPdf } from '../workers/render-pdf';
import { prepareMeetingDocument } from './meeting-print';

/** `cancellable` is false once the file is being saved: from there the job runs to its end. */
export type ExportProgress = { label: string; percent: number; cancellable: boolean };

const number = new Intl.NumberFormat('id-ID');

export type ExportOutcome =
  { status: 'saved'; where: string; fileName: string; batch: Batch } | { status: 'canceled' };

/**
 * The export of one batch, step by step: the gate once more, the Berita Acara or
 * SPTJM rendered in the PDF worker, the package built in its own worker, the file
 * saved, and only then the batch marked exported (its proposals 'dikirim').
 */
export async function exportBatchPackage(
  db: DtksDatabase,
  desktop: DesktopApi,
  batchId: string,
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<ExportOutcome> {
  const step = (label: string, percent: number) =>
    onProgress({ label, percent, cancellable: true });
  step('Memeriksa batch', 2);
  const check = await checkBatch(db, batchId);
  const batch = await getBatch(db, batchId);
  if (!check || !batch) throw new Error('Batch tidak ditemukan');
  if (check.corrupt)
    throw new Error('Isi batch tidak cocok dengan kode hash-nya: paket tidak dibuat');
  const firstExport = batch.state === 'tervalidasi';
  if (batch.state === 'disiapkan' || (firstExport && !check.report.ok)) {
    throw new Error('Batch belum lolos validasi: perbaiki kesalahannya lalu periksa ulang');
  }
  if (firstExport && check.stale) {
    throw new Error('Data warga berubah sejak batch diperiksa: tekan "Periksa ulang" dulu');
  }

  const rows = number.format(batch.rows.length);
  const documentLabel = `Membuat PDF ${batch.decisionDocument.kind === 'sptjm' ? 'SPTJM' : 'Berita Acara'}`;
  step(documentLabel, 5);
  const [identity, letterSettings, actor, scan] = await Promise.all([
    getIdentity(db),
    getLetterSettings(db),
    currentActor(db),
    getSignedScan(db, batch.meetingId),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi di Pengaturan');
  // The package's copy is the archival one the portal keeps: full NIK and No. KK
  // (domain.md §7). The masked copy is for the wall; the export's audit entry says so.
  const prepared = await prepareMeetingDocument(db, batch.meetingId, batch.decisionDocument.kind, {
    paper: letterSettings.paperSize,
    nikMode: 'full',
  });
  const pdf = await renderPdf(
    prepared.doc,
    (fraction) => step(documentLabel, 5 + fraction * 25),
    signal,
  );

  const output = await buildPackageInWorker(
    {
      batch,
      kelurahan: {
        nama: identity.namaKelurahan,
        kecamatan: identity.kecamatan,
        kota: identity.kota,
        provinsi: identity.provinsi,
      },
      exportedAt: new Date().toISOString(),
      exportedBy: actor,
      pdf,
      ...(scan && { signedScan: { kind: scan.kind, bytes: scan.bytes } }),
    },
    (phase, fraction) =>
      step(`${PACKAGE_PHASE_LABELS[phase]} (${rows} baris usulan)`, 30 + fraction * 65),
    signal,
  );

  if (signal?.aborted) throw new CancelledError();
  onProgress({ label: 'Menyimpan berkas', percent: 96, cancellable: false });
  const saved = await desktop.saveFile(output.zip, output.fileName, 'zip');
  if (saved.status === 'canceled') return { status: 'canceled' };
  if (saved.status === 'error') throw new Error(saved.message);
  const exported = await markExported(db, batchId, {
    fileName: output.fileName,
    packageSha256: output.sha256,
    signedScanSha256: output.manifest.signedScan?.sha256 ?? null,
  });
  onProgress({ label: 'Selesai', percent: 100, cancellable: false });
  return { status: 'saved', where: saved.where, fileName: output.fileName, batch: exported };
}
