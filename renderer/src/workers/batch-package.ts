import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type * as XlsxModule from 'xlsx';
import { sha256Hex } from '@shared/domain/ekspor/batch';
import type { Batch } from '@shared/domain/core/entities';
import { getExportTemplate, isExportKind } from '@shared/domain/ekspor/template';
import { buildManifest, packageNames, packageTables, toCsv } from '@shared/reports/batch-package';
import { textCells } from '@shared/reports/sheet-safety';
import type { BatchManifest, ManifestFile, PackageRow } from '@shared/reports/batch-package';

/**
 * Builds the package of one batch: XLSX (a sheet per kind), the same rows as CSV,
 * the decision document PDF and manifest.json, zipped. Kept apart from the worker
 * shell so Node tests and the benchmark can call it directly.
 */

export type PackageInput = {
  batch: Batch;
  kelurahan: { nama: string; kecamatan: string; kota: string; provinsi: string };
  exportedAt: string;
  exportedBy: string;
  /** The Berita Acara or SPTJM, already rendered: the archival copy, full NIK and No. KK. */
  pdf: Uint8Array;
  /** The signed scan of it, as attached on the batch screen. */
  signedScan?: { kind: 'pdf' | 'jpeg'; bytes: Uint8Array };
};

export type PackageOutput = {
  zip: Uint8Array;
  fileName: string;
  sha256: string;
  manifest: BatchManifest;
};

export type PackagePhase = 'tabel' | 'xlsx' | 'csv' | 'hash' | 'zip';
export type PackageProgress = (phase: PackagePhase, fraction: number) => void;

type Xlsx = typeof XlsxModule;

/** Widths in characters from the header and the first rows: enough to read, cheap to compute. */
function columnWidths(rows: readonly string[][]): { wch: number }[] {
  const sample = rows.slice(0, 200);
  const header = sample[0] ?? [];
  return header.map((_, col) => ({
    wch: Math.min(40, Math.max(6, ...sample.map((row) => (row[col] ?? '').length + 1))),
  }));
}

function writeXlsx(XLSX: Xlsx, sheets: ReturnType<typeof packageTables>['sheets']): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    // Text cells: NIK and RT stay text, and a value starting with = or - is never run.
    const ws = XLSX.utils.aoa_to_sheet(textCells(sheet.rows));
    ws['!cols'] = columnWidths(sheet.rows);
    XLSX.utils.book_append_sheet(book, ws, sheet.name.slice(0, 31));
  }
  const out = XLSX.write(book, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  }) as ArrayBuffer;
  return new Uint8Array(out);
}

const encoder = new TextEncoder();

export function buildBatchPackage(
  XLSX: Xlsx,
  input: PackageInput,
  progress: PackageProgress = () => {},
): PackageOutput {
  const { batch } = input;
  const template = getExportTemplate(batch.templateVersion);
  if (!template) {
    throw new Error(
      `Templat ekspor ${batch.templateVersion} tidak dikenal oleh versi aplikasi ini`,
    );
  }
  progress('tabel', 0);
  const rows: PackageRow[] = batch.rows.flatMap((row) =>
    row.record && isExportKind(row.kind) ? [{ kind: row.kind, record: row.record }] : [],
  );
  if (rows.length !== batch.rows.length) {
    throw new Error('Sebagian baris batch tidak lengkap: buat versi baru batch ini.');
  }
  const tables = packageTables(template, rows, {
    kodeWilayah: batch.kodeWilayah,
    document: batch.decisionDocument,
  });
  progress('xlsx', 0.1);
  const xlsx = writeXlsx(XLSX, tables.sheets);
  progress('csv', 0.7);
  const csv = encoder.encode(toCsv(tables.all));
  progress('hash', 0.8);
  const names = packageNames(batch);
  const content: [string, Uint8Array][] = [
    [names.xlsx, xlsx],
    [names.csv, csv],
    [names.pdf, input.pdf],
  ];
  const scanName = input.signedScan ? names.signedScan(input.signedScan.kind) : undefined;
  if (input.signedScan && scanName) content.push([scanName, input.signedScan.bytes]);
  const files: ManifestFile[] = content.map(([name, bytes]) => ({
    name,
    bytes: bytes.byteLength,
    sha256: sha256Hex(bytes),
  }));
  const manifest = buildManifest({
    batch,
    kelurahan: input.kelurahan,
    exportedAt: input.exportedAt,
    exportedBy: input.exportedBy,
    files,
    ...(scanName && { signedScanName: scanName }),
  });
  progress('zip', 0.9);
  // XLSX and PDF are compressed already: stored as they are; the CSV is deflated.
  const mtime = new Date(batch.createdAt);
  const zippable: Zippable = {
    [names.xlsx]: [xlsx, { level: 0, mtime }],
    [names.csv]: [csv, { level: 6, mtime }],
    [names.pdf]: [input.pdf, { level: 0, mtime }],
    ...(input.signedScan &&
      scanName && { [scanName]: [input.signedScan.bytes, { level: 0, mtime }] }),
    [names.manifest]: [
      encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`),
      { level: 6, mtime },
    ],
  };
  const zip = zipSync(zippable);
  progress('zip', 1);
  return { zip, fileName: names.zip, sha256: sha256Hex(zip), manifest };
}
