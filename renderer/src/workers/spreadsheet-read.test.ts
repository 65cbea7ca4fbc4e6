import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './spreadsheet-read';

const encode = (text: string) => new TextEncoder().encode(text);

function xlsxBytes(rows: unknown[][], bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Data');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }));
}

describe('readSpreadsheet', () => {
  it('reads an XLSX with row numbers as the spreadsheet shows them', async () => {
    const result = await readSpreadsheet(
      xlsxBytes([
        ['nik', 'nama', 'tanggal_lahir'],
        ['6271011203900001', 'Budi', 32944],
        [],
        ['6271015505920002', 'Siti', '15/05/1992'],
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('xlsx');
    expect(result.table.headers).toEqual(['nik', 'nama', 'tanggal_lahir']);
    expect(result.table.rows.map((row) => [row.row, row.cells[0]])).toEqual([
      [2, '6271011203900001'],
      [3, undefined],
      [4, '6271015505920002'],
    ]);
    expect(result.table.rows[0]?.cells[2]).toBe(32944);
  });

  it('finds the header row under a title', async () => {
    const result = await readSpreadsheet(
      xlsxBytes([
        ['PRELIST DTKS KELURAHAN PAHANDUT'],
        [],
        ['IDDTKS', 'nomor_kk', 'nomor_nik', 'nama'],
        ['1', '6271010101100001', '6271011203900001', 'Budi'],
      ]),
    );
    expect(result.ok && result.table.headers).toEqual(['IDDTKS', 'nomor_kk', 'nomor_nik', 'nama']);
    expect(result.ok && result.table.rows[0]?.row).toBe(4);
  });

  it('reads a semicolon CSV with BOM as text, keeping leading zeros and d/m/y dates', async () => {
    const result = await readSpreadsheet(
      encode(
        '\ufeffno_kk;nik;rt;tanggal_lahir\n6271010101100001;6271011203900001;003;12/03/1990\n',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('csv');
    expect(result.table.rows[0]?.cells).toEqual([
      '6271010101100001',
      '6271011203900001',
      '003',
      '12/03/1990',
    ]);
  });

  it('reads a Windows-1252 CSV', async () => {
    const bytes = new Uint8Array([...encode('nama,kota\nJos'), 0xe9, ...encode(',Sampit\n')]);
    const result = await readSpreadsheet(bytes);
    expect(result.ok && result.table.rows[0]?.cells[0]).toBe('José');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'Berkas kosong'],
    ['a blank CSV', encode('\n\n  \n'), 'Berkas tidak berisi data'],
    ['a header without rows', encode('nik,nama\n'), 'hanya berisi judul kolom'],
    [
      'a PNG renamed .xlsx',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]),
      'bukan lembar kerja, melainkan gambar PNG',
    ],
    ['a PDF', encode('%PDF-1.7\n...'), 'dokumen PDF'],
    ['binary garbage', new Uint8Array([1, 2, 3, 0, 255, 254, 7, 8]), 'bukan lembar kerja'],
    ['a broken ZIP', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'rusak'],
  ])('gives a clear message for %s', async (_label, bytes, message) => {
    const result = await readSpreadsheet(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it('recognises a password-protected Office file', async () => {
    // Office encrypts a workbook into a compound file holding EncryptionInfo + EncryptedPackage.
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(
      container,
      '/EncryptionInfo',
      new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]),
    );
    XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(512));
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer);
    const result = await readSpreadsheet(bytes);
    expect(!result.ok && result.message).toContain('Berkas dilindungi kata sandi');
  });

  it('reads a legacy XLS and an ODS too', async () => {
    const rows = [
      ['nik', 'nama'],
      ['6271011203900001', 'Budi'],
    ];
    const xls = await readSpreadsheet(xlsxBytes(rows, 'biff8'));
    expect(xls.ok && [xls.format, xls.table.rows[0]?.cells[1]]).toEqual(['xls', 'Budi']);
    const ods = await readSpreadsheet(xlsxBytes(rows, 'ods'));
    expect(ods.ok && ods.table.rows[0]?.cells[1]).toBe('Budi');
  });

  it('refuses a file that opens but whose cells cannot be read (found by fuzzing)', async () => {
    // A cell whose type letter is garbled ("str" → "stX"): SheetJS opens the file and
    // then throws "unrecognized type" while reading the cells.
    const files = unzipSync(
      xlsxBytes([
        ['nik', 'nama'],
        ['6271011203900001', 'Budi'],
      ]),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('t="str"');
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('t="str"', 't="stX"'));
    const result = await readSpreadsheet(zipSync(files));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('Berkas rusak: isi selnya tidak dapat dibaca');
  });

  it('maps only the columns that hold data, whatever range the file declares', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['nik', 'nama'],
      ['6271011203900001', 'Budi'],
    ]);
    sheet['!ref'] = 'A1:XFD3';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Data');
    const result = await readSpreadsheet(
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
    );
    expect(result.ok && result.table.headers).toEqual(['nik', 'nama']);
  });

  it('never throws, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string().map(encode),
          fc
            .uint8Array({ maxLength: 200 })
            .map((tail) => new Uint8Array([0x50, 0x4b, 3, 4, ...tail])),
          fc
            .uint8Array({ maxLength: 200 })
            .map(
              (tail) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...tail]),
            ),
        ),
        async (bytes) => {
          const result = await readSpreadsheet(bytes);
          if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 150 },
    );
  });
});
