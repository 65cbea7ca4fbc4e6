// Types only: the library itself is loaded with import() on first use, inside the worker.
import type * as XlsxModule from 'xlsx';
import type { Cell } from '@shared/domain/impor/cells';
import { cellText, isBlank } from '@shared/domain/impor/cells';
import { FIELD_SPECS, IMPORT_FIELDS, normalizeHeader } from '@shared/domain/impor/fields';
import type { SheetTable } from '@shared/domain/impor/validate-rows';

export type ReadResult =
  | { ok: true; table: SheetTable; sheetName: string; format: 'xlsx' | 'xls' | 'ods' | 'csv' }
  | { ok: false; message: string };

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;

const CHOOSE_OTHER = 'Pilih berkas XLSX atau CSV.';

const fail = (message: string): ReadResult => ({ ok: false, message });

/** Signatures of files people pick by mistake, so the message can say what they picked. */
const FOREIGN: { name: string; magic: number[] }[] = [
  { name: 'gambar PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'gambar JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'gambar GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'dokumen PDF', magic: [0x25, 0x50, 0x44, 0x46] },
  { name: 'arsip RAR', magic: [0x52, 0x61, 0x72, 0x21] },
  { name: 'arsip 7-Zip', magic: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'arsip GZIP', magic: [0x1f, 0x8b] },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" as a UTF-16LE directory name: how Office stores a password-protected file. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = Array.from('EncryptedPackage').flatMap((char) => [char.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const PASSWORD_MESSAGE =
  'Berkas dilindungi kata sandi. Buka di Excel, hapus kata sandinya ' +
  '(File › Info › Lindungi Buku Kerja › Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu impor lagi.';

/** Text in UTF-8 when it is valid UTF-8, else Windows-1252 (what Excel writes as "CSV"). */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > sample.length / 20;
}

/**
 * Reads the first sheet that has content. Never throws: every failure comes back as
 * a message a clerk can act on. xlsx is loaded here, inside the worker, on first use.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length === 0) return fail(`Berkas kosong: tidak ada isinya. ${CHOOSE_OTHER}`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail('Berkas terlalu besar (lebih dari 50 MB). Pecah menjadi beberapa berkas.');
  }
  const foreign = FOREIGN.find((candidate) => startsWith(bytes, candidate.magic));
  if (foreign)
    return fail(`Berkas ini bukan lembar kerja, melainkan ${foreign.name}. ${CHOOSE_OTHER}`);

  const isZip = startsWith(bytes, ZIP);
  const isCfb = startsWith(bytes, CFB);
  if (isCfb && hasEncryptedPackage(bytes)) return fail(PASSWORD_MESSAGE);
  if (!isZip && !isCfb && looksBinary(bytes)) {
    return fail(`Berkas ini bukan lembar kerja yang dikenali. ${CHOOSE_OTHER}`);
  }

  let XLSX: typeof XlsxModule;
  try {
    XLSX = await import('xlsx');
  } catch {
    return fail('Pembaca lembar kerja gagal dimuat. Tutup lalu buka lagi aplikasinya.');
  }

  let workbook: XlsxModule.WorkBook;
  try {
    workbook =
      isZip || isCfb
        ? XLSX.read(bytes, { type: 'array', dense: true })
        : // raw: CSV text stays text, so "003" and "12/03/1990" are not guessed into numbers.
          XLSX.read(decodeText(bytes), { type: 'string', raw: true, dense: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // An encrypted workbook is a compound file; "encryption" in a ZIP means a broken ZIP.
    if (/password/i.test(detail) || (isCfb && /encrypt/i.test(detail))) {
      return fail(PASSWORD_MESSAGE);
    }
    if (/not a spreadsheet/i.test(detail)) {
      return fail(`Berkas ini bukan lembar kerja yang dikenali. ${CHOOSE_OTHER}`);
    }
    return fail(
      `Berkas rusak atau bukan berkas Excel/CSV yang dikenali (${detail}). ` +
        'Coba buka di Excel lalu simpan ulang sebagai XLSX.',
    );
  }

  const format = isZip ? (workbook.bookType === 'ods' ? 'ods' : 'xlsx') : isCfb ? 'xls' : 'csv';
  try {
    return firstSheetWithData(XLSX, workbook, format);
  } catch (error) {
    // A damaged file can open and still break while its cells are read (fuzzing found
    // a cell whose type letter was garbled: "unrecognized type").
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      `Berkas rusak: isi selnya tidak dapat dibaca (${detail}). ` +
        'Coba buka di Excel lalu simpan ulang sebagai XLSX.',
    );
  }
}

function firstSheetWithData(
  XLSX: typeof XlsxModule,
  workbook: XlsxModule.WorkBook,
  format: 'xlsx' | 'xls' | 'ods' | 'csv',
): ReadResult {
  for (const sheetName of workbook.SheetNames) {
    const sheet = workbook.Sheets[sheetName];
    if (!sheet || !sheet['!ref']) continue;
    const range = usedRange(XLSX, sheet, sheet['!ref']);
    if (range.e.c - range.s.c + 1 > MAX_COLUMNS) {
      return fail(
        `Berkas rusak: lembar "${sheetName}" mengaku berisi lebih dari ` +
          `${MAX_COLUMNS.toLocaleString('id-ID')} kolom, lebih dari yang dapat dibuat Excel. ` +
          'Coba buka di Excel lalu simpan ulang sebagai XLSX.',
      );
    }
    const matrix = XLSX.utils.sheet_to_json<Cell[]>(sheet, {
      header: 1,
      raw: true,
      defval: null,
      blankrows: true,
      range,
    });
    if (!matrix.some((row) => row.some((cell) => !isBlank(cell)))) continue;
    if (matrix.length > MAX_IMPORT_ROWS + 20) {
      return fail(
        `Berkas berisi lebih dari ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris. Pecah menjadi beberapa berkas.`,
      );
    }
    const table = toTable(matrix, range.s.r);
    if (table.rows.every((row) => row.cells.every(isBlank))) {
      return fail('Berkas hanya berisi judul kolom, tanpa baris data.');
    }
    return { ok: true, table, sheetName, format };
  }
  return fail(`Berkas tidak berisi data: lembar kerjanya kosong. ${CHOOSE_OTHER}`);
}

/** Excel's widest sheet (column XFD); anything wider comes from a damaged file. */
const MAX_COLUMNS = 16_384;

/**
 * The sheet's range cut down to its last row and column holding a value. A damaged
 * or oddly saved file can declare a range far larger than its data (fuzzing found
 * an XLS claiming 51,467 columns for 21 cells): every declared column would become
 * a column to map, and every declared row a blank row in memory.
 */
function usedRange(
  XLSX: typeof XlsxModule,
  sheet: XlsxModule.WorkSheet,
  ref: string,
): XlsxModule.Range {
  const range = XLSX.utils.decode_range(ref);
  const rows = sheet['!data'];
  if (!Array.isArray(rows)) return range;
  let lastColumn = range.s.c;
  let lastRow = range.s.r;
  for (let r = range.s.r; r <= range.e.r && r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = Math.min(row.length - 1, range.e.c); c >= range.s.c; c--) {
      if (!isBlank(row[c]?.v as Cell)) {
        lastColumn = Math.max(lastColumn, c);
        lastRow = r;
        break;
      }
    }
  }
  return { s: range.s, e: { r: lastRow, c: lastColumn } };
}

const ALIASES = new Set(IMPORT_FIELDS.flatMap((field) => FIELD_SPECS[field].aliases));

/**
 * Some extracts put a title above the header row: the header is the row among the
 * first ten with the most recognised column names (the first non-blank row if none).
 */
function toTable(matrix: Cell[][], firstRow: number): SheetTable {
  let headerIndex = matrix.findIndex((row) => row.some((cell) => !isBlank(cell)));
  let best = 1;
  for (let i = headerIndex; i < Math.min(matrix.length, headerIndex + 10); i++) {
    const hits = (matrix[i] ?? []).filter((cell) =>
      ALIASES.has(normalizeHeader(cellText(cell))),
    ).length;
    if (hits > best) {
      best = hits;
      headerIndex = i;
    }
  }
  const headerRow = matrix[headerIndex] ?? [];
  let width = headerRow.length;
  for (const row of matrix) width = Math.max(width, row.length);
  const headers = Array.from({ length: width }, (_, index) => {
    const text = cellText(headerRow[index]);
    return text === '' ? `Kolom ${columnLetter(index)}` : text;
  });
  const rows = matrix
    .slice(headerIndex + 1)
    .map((cells, offset) => ({ row: firstRow + headerIndex + offset + 2, cells }));
  return { headers, rows };
}

function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
