import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, it } from 'vitest';
import {
  guessFeedbackMapping,
  FEEDBACK_FIELD_SPECS,
  FEEDBACK_FIELDS,
  readFeedback,
} from '@shared/domain/ekspor/feedback';
import type { Cell } from '@shared/domain/impor/cells';
import {
  FIELD_SPECS,
  guessMapping,
  IMPORT_FIELDS,
  missingRequired,
} from '@shared/domain/impor/fields';
import { checkRows } from '@shared/domain/impor/validate-rows';
import { readSpreadsheet } from '../../renderer/src/workers/spreadsheet-read';
import { cellishText, fuzzParser, mutatedBytes, TEST_TIMEOUT } from './harness';

/** The registry import and the results import, from the file's bytes to checked rows. */

const TODAY = new Date(2026, 11, 1);
const encoder = new TextEncoder();

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: cellishText },
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  // A NIK that went through a number cell.
  fc.bigInt({ min: 10n ** 15n, max: 10n ** 16n - 1n }).map((value) => Number(value)),
  fc.integer({ min: 1, max: 60_000 }), // dates as Excel serials
  fc.boolean(),
  fc.constant(null),
);

function headerOf(aliases: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...aliases) },
    // Stray spaces and the words as people type them.
    fc.constantFrom(...aliases).map((alias) => `  ${alias.toUpperCase().replace(/_/g, ' ')} `),
    fc.string({ maxLength: 12 }),
  );
}

function sheetRows(aliases: readonly string[]): fc.Arbitrary<Cell[][]> {
  return fc.oneof(randomSheet(aliases), registrySheet);
}

function randomSheet(aliases: readonly string[]): fc.Arbitrary<Cell[][]> {
  return fc
    .tuple(
      fc.array(headerOf(aliases), { minLength: 1, maxLength: 14 }),
      fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 8 }),
      fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    )
    .map(([header, rows, title]) =>
      title === undefined ? [header, ...rows] : [[title], [], header, ...rows],
    );
}

/** Plausible values per field, so rows get past the mapping step and into every check. */
const digits16 = fc.stringMatching(/^627101[0-7][0-9][01][0-9][0-9]{2}[0-9]{3}[1-9]$/);
const PLAUSIBLE: Partial<Record<(typeof IMPORT_FIELDS)[number], fc.Arbitrary<Cell>>> = {
  nik: digits16,
  noKk: digits16,
  nama: fc.constantFrom('SUPRIADI', "Siti Ma'rifah", 'José', '=HYPERLINK("x")', 'Budi 2'),
  namaIbuKandung: fc.constantFrom('SITI AMINAH', '', '@SUM(A1)'),
  tanggalLahir: fc.oneof(
    fc.stringMatching(/^[0-3][0-9]-[01][0-9]-(19|20)[0-9]{2}$/),
    fc.integer({ min: 1, max: 50_000 }),
  ),
  jenisKelamin: fc.constantFrom('L', 'P', 'LAKI-LAKI', 'PEREMPUAN', 1, 2),
  shdk: fc.oneof(
    fc.integer({ min: 0, max: 12 }),
    fc.constantFrom('KEPALA KELUARGA', 'ISTRI', 'ANAK'),
  ),
  rt: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('003', 'RT 3')),
  rw: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('002', 'RW.2')),
};

/** A full registry sheet: every column present, values plausible or not. */
const registrySheet: fc.Arbitrary<Cell[][]> = fc
  .tuple(
    fc.shuffledSubarray([...IMPORT_FIELDS], { minLength: IMPORT_FIELDS.length }),
    fc.integer({ min: 1, max: 12 }),
    fc.boolean(),
  )
  .chain(([fields, count, spaced]) =>
    fc
      .array(
        fc.tuple(
          ...fields.map((field) =>
            fc.oneof({ weight: 30, arbitrary: PLAUSIBLE[field] ?? cellishText }, cell),
          ),
        ),
        { minLength: count, maxLength: count },
      )
      .map((rows) => [
        fields.map((field) => {
          const alias = FIELD_SPECS[field].aliases[0] ?? field;
          return spaced ? ` ${alias.toUpperCase()}  ` : alias;
        }),
        ...rows,
      ]),
  );

const BOOK_TYPES = ['xlsx', 'xlsx', 'ods', 'biff8'] as const;

function workbook(aliases: readonly string[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(sheetRows(aliases), fc.constantFrom(...BOOK_TYPES), fc.boolean())
    .map(([rows, bookType, merge]) => {
      const sheet = XLSX.utils.aoa_to_sheet(rows);
      if (merge) sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, sheet, 'Data');
      return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
    });
}

function csv(aliases: readonly string[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      sheetRows(aliases),
      fc.constantFrom(',', ';', '\t'),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([rows, separator, newline, quote, latin1]) => {
      const text = rows
        .map((row) =>
          row
            .map((value) => {
              const raw = value === null || value === undefined ? '' : String(value);
              return quote ? `"${raw.replace(/"/g, '""')}"` : raw;
            })
            .join(separator),
        )
        .join(newline);
      // Excel's "CSV" is Windows-1252: bytes that are not valid UTF-8.
      return latin1
        ? Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff)
        : encoder.encode(`\uFEFF${text}`);
    });
}

function files(aliases: readonly string[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 3, arbitrary: workbook(aliases) },
    { weight: 3, arbitrary: csv(aliases) },
    { weight: 3, arbitrary: mutatedBytes(workbook(aliases)) },
    fc.uint8Array({ maxLength: 2_000 }),
    fc.uint8Array({ maxLength: 400 }).map((tail) => new Uint8Array([0x50, 0x4b, 3, 4, ...tail])),
    fc
      .uint8Array({ maxLength: 400 })
      .map((tail) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...tail])),
  );
}

const WARM_UP = encoder.encode('nik,nama\n6271011203900001,Budi\n');

describe('fuzz: spreadsheet import', () => {
  const aliases = IMPORT_FIELDS.flatMap((field) => FIELD_SPECS[field].aliases);
  it(
    'reads and checks any file without crashing',
    async () => {
      await fuzzParser({
        parser: 'impor lembar kerja',
        input: files(aliases),
        warmUp: WARM_UP,
        run: async (bytes) => {
          const read = await readSpreadsheet(bytes);
          if (!read.ok) {
            if (typeof read.message !== 'string' || read.message.length < 10) {
              throw new Error(`penolakan tanpa pesan: ${String(read.message)}`);
            }
            return 'refused';
          }
          const mapping = guessMapping(read.table.headers);
          // Without the required columns the import stops at the mapping step.
          if (missingRequired(mapping, read.table.headers).length > 0) return 'refused';
          const result = checkRows(read.table, mapping, { today: TODAY });
          if (result.records.length + result.badRows !== result.dataRows) {
            throw new Error('baris yang bukan catatan dan tanpa masalah');
          }
          for (const record of result.records) {
            if (!/^\d{16}$/.test(record.nik) || !/^\d{16}$/.test(record.noKk)) {
              throw new Error(`NIK/KK tidak 16 digit lolos: ${record.nik} ${record.noKk}`);
            }
          }
          return result.issues.length > 0 ? 'refused' : 'accepted';
        },
      });
    },
    TEST_TIMEOUT,
  );
});

describe('fuzz: results import (Impor hasil)', () => {
  const aliases = FEEDBACK_FIELDS.flatMap((field) => FEEDBACK_FIELD_SPECS[field].aliases);
  const direct = fc
    .tuple(
      fc.array(headerOf(aliases), { maxLength: 6 }),
      fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 }),
    )
    .map(([headers, rows]) => ({
      headers,
      rows: rows.map((cells, index) => ({ row: index + 2, cells })),
    }));
  it(
    'reads any results file without crashing',
    async () => {
      await fuzzParser<Uint8Array | ReturnType<typeof direct.generate>['value']>({
        parser: 'impor hasil',
        input: fc.oneof(files(aliases), direct),
        warmUp: WARM_UP,
        run: async (input) => {
          let sheet;
          if (input instanceof Uint8Array) {
            const read = await readSpreadsheet(input);
            if (!read.ok) return 'refused';
            sheet = { headers: read.table.headers, rows: read.table.rows };
          } else sheet = input;
          const reading = readFeedback(sheet, guessFeedbackMapping(sheet.headers));
          if (
            reading.records.length + reading.problems.length + reading.blank >
            sheet.rows.length
          ) {
            throw new Error('lebih banyak hasil daripada baris');
          }
          for (const record of reading.records) {
            if (!/^\d{16}$/.test(record.nik))
              throw new Error(`NIK tidak 16 digit lolos: ${record.nik}`);
          }
          return reading.problems.length > 0 ? 'refused' : 'accepted';
        },
      });
    },
    TEST_TIMEOUT,
  );
});
