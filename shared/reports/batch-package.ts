import { neutralizeCell } from './sheet-safety';
import type { Batch, BatchRecord } from '../domain/core/entities';
import { EXPORT_KINDS, templateCells, templateHeaders } from '../domain/ekspor/template';
import type { ExportBatchInfo, ExportKind, ExportTemplate } from '../domain/ekspor/template';
import { batchFileBase, countByKind } from '../domain/ekspor/batch';

/** The files of a package and the manifest that vouches for them (issue 6, step 3). */

export type PackageRow = { kind: ExportKind; record: BatchRecord };

export type PackageTables = {
  /** One sheet per kind present, in template order; the first row is the header. */
  sheets: { kind: ExportKind; name: string; rows: string[][] }[];
  /** Every row of every kind, header first: the CSV. */
  all: string[][];
};

/**
 * The cells of the package, as the records hold them. The XLSX writes them as text
 * cells, which no spreadsheet runs as a formula; only the CSV needs the guard
 * ({@link toCsv}), so the XLSX reaches the national system with the values unchanged.
 */
export function packageTables(
  template: ExportTemplate,
  rows: readonly PackageRow[],
  batch: ExportBatchInfo,
): PackageTables {
  const header = templateHeaders(template);
  const byKind = new Map<ExportKind, string[][]>(EXPORT_KINDS.map((kind) => [kind, [header]]));
  const all: string[][] = [header];
  for (const row of rows) {
    const cells = templateCells(template, row, batch).map(String);
    byKind.get(row.kind)?.push(cells);
    all.push(cells);
  }
  const sheets = EXPORT_KINDS.flatMap((kind) => {
    const sheetRows = byKind.get(kind) ?? [];
    return sheetRows.length > 1 ? [{ kind, name: template.sheets[kind], rows: sheetRows }] : [];
  });
  return { sheets, all };
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * RFC 4180: comma separated, CRLF line ends, quotes doubled inside quoted cells;
 * a UTF-8 byte order mark first so Excel reads the names with their accents.
 * A CSV cell has no type: one that would run as a formula is neutralised here.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) =>
    row
      .map((cell) => {
        const safe = String(neutralizeCell(cell));
        return csvCell(safe);
      })
      .join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---- Package file names ----

export type PackageNames = {
  zip: string;
  xlsx: string;
  csv: string;
  /** The archival copy: full NIK and No. KK (domain.md §7). */
  pdf: string;
  /** The signed scan, by its kind: "BERITA_ACARA_TERTANDA_….pdf" or "….jpg". */
  signedScan: (kind: 'pdf' | 'jpeg') => string;
  manifest: string;
};

export function packageNames(
  batch: Pick<Batch, 'kodeWilayah' | 'createdAt' | 'number' | 'version' | 'decisionDocument'>,
): PackageNames {
  const base = batchFileBase(batch);
  const document = batch.decisionDocument.kind === 'sptjm' ? 'SPTJM' : 'BERITA_ACARA';
  return {
    zip: `${base}.zip`,
    xlsx: `${base}.xlsx`,
    csv: `${base}.csv`,
    pdf: `${document}_${base}.pdf`,
    signedScan: (kind) => `${document}_TERTANDA_${base}.${kind === 'pdf' ? 'pdf' : 'jpg'}`,
    manifest: 'manifest.json',
  };
}

// ---- Manifest ----

export const MANIFEST_FORMAT = 'dtks-kelurahan-paket-usulan-1';

export type ManifestFile = { name: string; bytes: number; sha256: string };

export type BatchManifest = {
  format: typeof MANIFEST_FORMAT;
  batchId: string;
  batchNumber: number;
  version: number;
  supersedes: string | null;
  kelurahan: { kode: string; nama: string; kecamatan: string; kota: string; provinsi: string };
  period: string;
  decisionDocument: {
    kind: 'berita_acara' | 'sptjm';
    number: string;
    date: string;
    sha256: string;
    /** The PDF in the package is the archival copy: NIK and No. KK in full. */
    nik: 'lengkap';
  };
  /** The signed, stamped scan the portal asks for; null when none was attached. */
  signedScan: ManifestFile | null;
  createdAt: string;
  createdBy: string;
  exportedAt: string;
  exportedBy: string;
  templateVersion: string;
  contentSha256: string;
  counts: Record<ExportKind | 'total', number>;
  files: ManifestFile[];
};

export type ManifestInput = {
  batch: Pick<
    Batch,
    | 'id'
    | 'number'
    | 'version'
    | 'supersedes'
    | 'period'
    | 'kodeWilayah'
    | 'decisionDocument'
    | 'createdAt'
    | 'createdBy'
    | 'templateVersion'
    | 'contentHash'
    | 'rows'
  >;
  kelurahan: { nama: string; kecamatan: string; kota: string; provinsi: string };
  exportedAt: string;
  exportedBy: string;
  files: readonly ManifestFile[];
  /** Name of the signed scan among `files`, if the package carries one. */
  signedScanName?: string;
};

export function buildManifest(input: ManifestInput): BatchManifest {
  const { batch } = input;
  return {
    format: MANIFEST_FORMAT,
    batchId: batch.id,
    batchNumber: batch.number,
    version: batch.version,
    supersedes: batch.supersedes ?? null,
    kelurahan: { kode: batch.kodeWilayah, ...input.kelurahan },
    period: batch.period,
    decisionDocument: {
      kind: batch.decisionDocument.kind,
      number: batch.decisionDocument.number,
      date: batch.decisionDocument.date,
      sha256: batch.decisionDocument.hash,
      nik: 'lengkap',
    },
    signedScan: input.files.find((file) => file.name === input.signedScanName) ?? null,
    createdAt: batch.createdAt,
    createdBy: batch.createdBy,
    exportedAt: input.exportedAt,
    exportedBy: input.exportedBy,
    templateVersion: batch.templateVersion,
    contentSha256: batch.contentHash,
    counts: countByKind(batch.rows),
    files: [...input.files],
  };
}
