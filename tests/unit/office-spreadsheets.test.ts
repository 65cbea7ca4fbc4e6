import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { guessFeedbackMapping, readFeedback } from '@shared/domain/ekspor/feedback';
import { guessMapping } from '@shared/domain/impor/fields';
import { checkRows } from '@shared/domain/impor/validate-rows';
import { readSpreadsheet } from '../../renderer/src/workers/spreadsheet-read';

/**
 * The importer against spreadsheets as offices make them: files saved by a real
 * spreadsheet program (tests/fixtures/spreadsheets, see its README) and files
 * written by SheetJS with number cells, merged titles and stray spaces.
 */

const TODAY = new Date(2026, 11, 1);
const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures/spreadsheets', name)));

async function check(bytes: Uint8Array) {
  const read = await readSpreadsheet(bytes);
  if (!read.ok) throw new Error(read.message);
  return checkRows(read.table, guessMapping(read.table.headers), { today: TODAY });
}

const NUMBER_CELL =
  /^Kolom (NIK|No\. KK|ID DTKS) berformat angka; .*ubah format kolom menjadi Teks/;

function xlsxBytes(rows: unknown[][], merges: XLSX.Range[] = []): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Data');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('spreadsheets saved by a spreadsheet program', () => {
  it('imports the list whose columns were formatted as Text: every row passes', async () => {
    const result = await check(fixture('prelist-nik-as-text.xlsx'));
    expect(result.issues).toEqual([]);
    expect(result.records.map((record) => record.nik)).toContain('6271011506800013');
    expect(result.records.map((record) => [record.noKk, record.rt, record.idDtks])[0]).toEqual([
      '6271010203250031',
      '003',
      '6271012203000111',
    ]);
    expect(result.records).toHaveLength(result.dataRows);
  });

  it('imports the CSV the lists were made from', async () => {
    const result = await check(fixture('prelist-source.csv'));
    expect(result.issues).toEqual([]);
    expect(result.records).toHaveLength(result.dataRows);
  });

  it('refuses every NIK, No. KK and ID DTKS of the list saved with General columns', async () => {
    const result = await check(fixture('prelist-nik-as-number.xlsx'));
    expect(result.dataRows).toBeGreaterThan(0);
    expect(result.records).toEqual([]);
    expect(result.badRows).toBe(result.dataRows);
    for (const field of ['nik', 'noKk', 'idDtks'] as const) {
      const issues = result.issues.filter((issue) => issue.field === field);
      expect(issues).toHaveLength(result.dataRows);
      for (const issue of issues) expect(issue.reason).toMatch(NUMBER_CELL);
    }
    // The clerk sees the value Excel kept, not the NIK that was typed.
    expect(result.issues.find((issue) => issue.field === 'nik')?.value).toBe('6271011506800010');
    // RT 3 as a number is exact and stays fine.
    expect(result.issues.some((issue) => issue.field === 'rt')).toBe(false);
  });
});

describe('spreadsheets written with number cells', () => {
  const header = [
    'nomor_kk',
    'nomor_nik',
    'nama',
    'tanggal_lahir',
    'jenis_kelamin',
    'hubungan_keluarga',
    'rt',
    'rw',
    'alamat',
  ];
  const row = (kk: unknown, nik: unknown) => [
    kk,
    nik,
    'SUPRIADI',
    '15-06-1980',
    'L',
    '1',
    3,
    2,
    'JL. MAWAR',
  ];

  it('refuses NIK and No. KK written as numbers, with a merged title and stray spaces', async () => {
    const bytes = xlsxBytes(
      [
        ['DAFTAR USULAN KELURAHAN PAHANDUT'],
        header.map((name) => `  ${name.toUpperCase()} `),
        row(6271010203250031, 6271011506800013),
      ],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }],
    );
    const result = await check(bytes);
    expect(result.records).toEqual([]);
    expect(result.issues.map((issue) => [issue.row, issue.field])).toEqual([
      [3, 'noKk'],
      [3, 'nik'],
    ]);
    for (const issue of result.issues) expect(issue.reason).toMatch(NUMBER_CELL);
  });

  it('imports the same row with text cells, merged title and stray spaces', async () => {
    const bytes = xlsxBytes(
      [
        ['DAFTAR USULAN KELURAHAN PAHANDUT'],
        header.map((name) => `  ${name.toUpperCase()} `),
        row(' 6271010203250031 ', "'6271011506800013"),
      ],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }],
    );
    const result = await check(bytes);
    expect(result.issues).toEqual([]);
    expect(result.records[0]).toMatchObject({
      nik: '6271011506800013',
      noKk: '6271010203250031',
      rt: '003',
    });
  });

  it('refuses a NIK saved to CSV as Excel shows it (6.27101E+15)', async () => {
    const csv = `${header.join(',')}\n6271010203250031,6.27101E+15,SUPRIADI,15-06-1980,L,1,3,2,JL. MAWAR\n`;
    const result = await check(new TextEncoder().encode(csv));
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.reason).toContain('angka ilmiah (6.27101E+15)');
  });

  it('refuses every 16-digit NIK that went through a number cell', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 1_000_000_000_000_000n, max: 9_999_999_999_999_999n }),
        async (typed) => {
          // What Excel keeps of the typed digits: 15 significant digits.
          const stored = Number(Number(typed).toPrecision(15));
          const result = await check(xlsxBytes([header, row('6271010203250031', stored)]));
          expect(result.records).toEqual([]);
          expect(result.issues.find((issue) => issue.field === 'nik')?.reason).toMatch(NUMBER_CELL);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('results file (Impor hasil)', () => {
  async function feedbackOf(bytes: Uint8Array) {
    const read = await readSpreadsheet(bytes);
    if (!read.ok) throw new Error(read.message);
    const sheet = { headers: read.table.headers, rows: read.table.rows };
    return readFeedback(sheet, guessFeedbackMapping(sheet.headers));
  }

  it('refuses a NIK in a number cell instead of matching a rounded NIK', async () => {
    const reading = await feedbackOf(
      xlsxBytes([
        ['NIK', 'Status Padan', 'Status Usulan'],
        [6271011506800010, 'Padan', 'Diterima'],
        ['6271015208830027', 'Padan', 'Diterima'],
        ['6.27101E+15', 'Padan', 'Ditolak'],
      ]),
    );
    expect(reading.records.map((record) => record.nik)).toEqual(['6271015208830027']);
    expect(reading.problems.map((problem) => problem.row)).toEqual([2, 4]);
    expect(reading.problems[0]?.message).toMatch(/^Kolom NIK berformat angka; /);
    expect(reading.problems[1]?.message).toContain('angka ilmiah');
  });
});
