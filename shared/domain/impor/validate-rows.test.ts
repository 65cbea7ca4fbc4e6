import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from './cells';
import { detectLayout } from './fields';
import { checkRows, collectKeys } from './validate-rows';
import type { RegistrySnapshot, SheetTable } from './validate-rows';

const TODAY = new Date(2026, 5, 1);
const HEADERS = [
  'no_kk',
  'nik',
  'nama',
  'tempat_lahir',
  'tanggal_lahir',
  'jenis_kelamin',
  'alamat',
  'rt',
  'rw',
  'nama_ibu_kandung',
  'shdk',
  'status_kawin',
  'agama',
  'pendidikan',
  'pekerjaan',
];
const MAPPING = detectLayout(HEADERS).mapping;
const KK = '6271010101100001';
const KK2 = '6271010101100002';

type RowInput = Partial<Record<(typeof HEADERS)[number], Cell>>;

const HEAD: RowInput = {
  no_kk: KK,
  nik: '6271011203900001',
  nama: 'Budi Santoso',
  tempat_lahir: 'Palangka Raya',
  tanggal_lahir: '12/03/1990',
  jenis_kelamin: 'L',
  alamat: 'Jl. Kalimantan No. 3',
  rt: '3',
  rw: '1',
  nama_ibu_kandung: 'Sumiati',
  shdk: 'Kepala Keluarga',
  status_kawin: 'KAWIN',
  agama: 'ISLAM',
  pendidikan: 'SLTA/SEDERAJAT',
  pekerjaan: 'Buruh Harian Lepas',
};
const WIFE: RowInput = {
  ...HEAD,
  nik: '6271015505920002',
  nama: 'Siti Aminah',
  tanggal_lahir: '1992-05-15',
  jenis_kelamin: 'P',
  shdk: 3,
  nama_ibu_kandung: 'Aisyah',
};

function table(rows: RowInput[]): SheetTable {
  return {
    headers: HEADERS,
    rows: rows.map((input, index) => ({
      row: index + 2,
      cells: HEADERS.map((header) => input[header] ?? ''),
    })),
  };
}

describe('checkRows', () => {
  it('turns good rows into records with zero-padded RT/RW and parsed codes', () => {
    const result = checkRows(table([HEAD, WIFE]), MAPPING, { today: TODAY });
    expect(result.issues).toEqual([]);
    expect(result.dataRows).toBe(2);
    expect(result.records).toHaveLength(2);
    expect(result.records[0]).toMatchObject({
      row: 2,
      noKk: KK,
      nik: '6271011203900001',
      tanggalLahir: '1990-03-12',
      rt: '003',
      rw: '001',
      shdk: 1,
      statusKawin: 'kawin',
      agama: 'Islam',
      pendidikan: 'SLTA/Sederajat',
      existing: false,
    });
    expect(result.records[1]).toMatchObject({ jenisKelamin: 'P', shdk: 3 });
  });

  it('reports row number, column and reason for each bad cell', () => {
    const result = checkRows(
      table([
        HEAD,
        { ...WIFE, nik: '627101550592' },
        { ...WIFE, nik: '6271015505920003', nama: '  ' },
        { ...WIFE, nik: '6271015505920004', tanggal_lahir: '31/02/1992' },
        { ...WIFE, nik: '6271015505920005', jenis_kelamin: 'X' },
        { ...WIFE, nik: '6271015505920000' },
      ]),
      MAPPING,
      { today: TODAY },
    );
    expect(result.issues.map(({ row, column, reason }) => ({ row, column, reason }))).toEqual([
      { row: 3, column: 'nik', reason: 'NIK harus 16 digit angka (terisi 12 digit)' },
      { row: 4, column: 'nama', reason: 'Nama wajib diisi' },
      {
        row: 5,
        column: 'tanggal_lahir',
        reason: 'Tanggal lahir tidak valid (gunakan dd/mm/yyyy)',
      },
      {
        row: 6,
        column: 'jenis_kelamin',
        reason: 'Jenis kelamin harus L/P, LAKI-LAKI/PEREMPUAN atau 1/2',
      },
      { row: 7, column: 'nik', reason: 'Nomor urut NIK tidak boleh 0000' },
    ]);
    expect(result.badRows).toBe(5);
    expect(result.records.map((record) => record.row)).toEqual([2]);
  });

  it('flags the second occurrence of a NIK, not the first', () => {
    const result = checkRows(table([HEAD, WIFE, { ...WIFE, nama: 'Siti A.' }]), MAPPING, {
      today: TODAY,
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'nik',
        reason: 'NIK ganda dalam berkas (sama dengan baris 3)',
      }),
    ]);
  });

  it('refuses a NIK that contradicts the birth date or the sex', () => {
    const result = checkRows(
      table([HEAD, { ...WIFE, tanggal_lahir: '16/05/1992' }, { ...WIFE, jenis_kelamin: 'L' }]),
      MAPPING,
      { today: TODAY },
    );
    expect(result.issues.map((issue) => [issue.row, issue.field])).toEqual([
      [3, 'tanggalLahir'],
      [4, 'nik'],
      [4, 'jenisKelamin'],
    ]);
    expect(result.issues[0]?.reason).toContain('NIK menunjukkan 15-05-92');
  });

  it('accepts a NIK issued in another region', () => {
    const moved = { ...WIFE, nik: '3171015505920002' };
    expect(checkRows(table([HEAD, moved]), MAPPING, { today: TODAY }).issues).toEqual([]);
  });

  it('requires exactly one head per new family', () => {
    const result = checkRows(
      table([
        HEAD,
        { ...HEAD, nik: '6271010101800001', tanggal_lahir: '01/01/1980' },
        { ...WIFE, no_kk: KK2, nik: '6271015505920009' },
      ]),
      MAPPING,
      { today: TODAY },
    );
    expect(result.issues.map(({ row, reason }) => ({ row, reason }))).toEqual([
      { row: 3, reason: 'Kepala Keluarga ganda untuk No. KK ini (sudah ada di baris 2)' },
      { row: 4, reason: 'No. KK ini tidak punya Kepala Keluarga (SHDK 1) di berkas' },
    ]);
  });

  it('checks NIKs and KKs against the registry', () => {
    const registry: RegistrySnapshot = {
      familyKkByNik: new Map([
        ['6271011203900001', KK],
        ['6271015505920002', KK2],
      ]),
      familyHasHead: new Map([[KK, true]]),
    };
    const child = {
      ...WIFE,
      nik: '6271010101150003',
      nama: 'Rudi',
      tanggal_lahir: '01/01/2015',
      jenis_kelamin: 'L',
      shdk: 4,
    };
    const result = checkRows(table([HEAD, WIFE, child]), MAPPING, { today: TODAY, registry });
    expect(result.issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'nik',
        reason: expect.stringContaining('NIK sudah terdaftar di keluarga lain'),
      }),
    ]);
    expect(result.records.map((record) => [record.row, record.existing])).toEqual([
      [2, true],
      [4, false],
    ]);
  });

  it('refuses a second head for a family the registry already has', () => {
    const registry: RegistrySnapshot = {
      familyKkByNik: new Map([['6271011203900001', KK]]),
      familyHasHead: new Map([[KK, true]]),
    };
    const newHead = { ...HEAD, nik: '6271010101800001', tanggal_lahir: '01/01/1980' };
    const result = checkRows(table([newHead]), MAPPING, { today: TODAY, registry });
    expect(result.issues[0]?.reason).toBe(
      'Keluarga ini sudah punya Kepala Keluarga lain di data warga',
    );
  });

  it('skips blank rows without counting them', () => {
    const result = checkRows(table([HEAD, {}, WIFE]), MAPPING, { today: TODAY });
    expect(result.dataRows).toBe(2);
    expect(result.records.map((record) => record.row)).toEqual([2, 4]);
  });

  it('refuses names made of formula text or characters no name uses', () => {
    const result = checkRows(
      table([
        { ...HEAD, nama: '=HYPERLINK("http://contoh.test","Klik")' },
        { ...WIFE, nama: '+62 812 3456 7890', nama_ibu_kandung: '@SUM(A1)' },
        {
          ...WIFE,
          nik: '6271015505920003',
          nama: "Siti Ma'rifah-Nur, S.Pd.",
          nama_ibu_kandung: '',
        },
      ]),
      MAPPING,
      { today: TODAY },
    );
    expect(result.issues.map((issue) => [issue.row, issue.field, issue.reason])).toEqual([
      [2, 'nama', expect.stringContaining('Nama berisi "="') as unknown],
      [3, 'nama', expect.stringContaining('Nama berisi "+"') as unknown],
      [3, 'namaIbuKandung', expect.stringContaining('Nama ibu kandung berisi "@"') as unknown],
    ]);
    expect(result.issues[0]?.reason).toContain('tulis hanya huruf, spasi, titik, koma');
    expect(result.records.map((record) => record.nama)).toEqual(["Siti Ma'rifah-Nur, S.Pd."]);
  });

  it('collects only well-formed keys for the registry lookup', () => {
    const keys = collectKeys(table([HEAD, { ...WIFE, nik: 'abc' }]), MAPPING);
    expect(keys).toEqual({ niks: ['6271011203900001'], kks: [KK] });
  });
});

describe('checkRows properties', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 24 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('6271011203900001', KK, 'L', 'P', '1', '4', '12/03/1990', 'Budi'),
  );
  const sheet = fc.array(fc.array(cell, { maxLength: HEADERS.length + 2 }), { maxLength: 40 });

  it('never throws, and every non-blank row is either a record or has an issue', () => {
    fc.assert(
      fc.property(sheet, (rows) => {
        const input: SheetTable = {
          headers: HEADERS,
          rows: rows.map((cells, index) => ({ row: index + 2, cells })),
        };
        const result = checkRows(input, MAPPING, { today: TODAY });
        const recordRows = new Set(result.records.map((record) => record.row));
        const issueRows = new Set(result.issues.map((issue) => issue.row));
        for (const row of recordRows) expect(issueRows.has(row)).toBe(false);
        expect(recordRows.size + issueRows.size).toBe(result.dataRows);
        expect(issueRows.size).toBe(result.badRows);
        for (const issue of result.issues) {
          expect(issue.row).toBeGreaterThanOrEqual(2);
          expect(issue.row).toBeLessThanOrEqual(rows.length + 1);
          expect(issue.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds exactly the rows that were spoiled in an otherwise good sheet', () => {
    const good = [HEAD, WIFE];
    fc.assert(
      fc.property(fc.subarray([0, 1]), (spoiled) => {
        const rows = good.map((row, index) =>
          spoiled.includes(index) ? { ...row, nik: `${row.nik as string}9` } : row,
        );
        const result = checkRows(table(rows), MAPPING, { today: TODAY });
        expect([...new Set(result.issues.map((issue) => issue.row))]).toEqual(
          spoiled.map((index) => index + 2).sort(),
        );
      }),
    );
  });

  describe('Desil column', () => {
    const WITH_DESIL = [...HEADERS, 'Desil'];
    const desilMapping = detectLayout(WITH_DESIL).mapping;
    const desilTable = (rows: [RowInput, Cell][]): SheetTable => ({
      headers: WITH_DESIL,
      rows: rows.map(([input, desil], index) => ({
        row: index + 2,
        cells: [...HEADERS.map((header) => input[header] ?? ''), desil],
      })),
    });

    it('reads the decile onto the record, blank meaning not ranked', () => {
      expect(desilMapping.desil).toBe('desil');
      const result = checkRows(
        desilTable([
          [HEAD, 'Desil 2'],
          [WIFE, 2],
          [{ ...HEAD, no_kk: KK2, nik: '6271011203900005' }, ''],
        ]),
        desilMapping,
        { today: TODAY },
      );
      expect(result.issues).toEqual([]);
      expect(result.records.map((record) => record.desil)).toEqual([2, 2, undefined]);
    });

    it('refuses a decile outside 1..10 with a clear Indonesian message', () => {
      const result = checkRows(
        desilTable([
          [HEAD, '11'],
          [WIFE, 'miskin'],
        ]),
        desilMapping,
        {
          today: TODAY,
        },
      );
      expect(
        result.issues.map(({ row, field, column, reason, value }) => ({
          row,
          field,
          column,
          reason,
          value,
        })),
      ).toEqual([
        {
          row: 2,
          field: 'desil',
          column: 'Desil',
          reason: 'Desil harus angka bulat 1 sampai 10 (terisi "11")',
          value: '11',
        },
        {
          row: 3,
          field: 'desil',
          column: 'Desil',
          reason: 'Desil harus angka bulat 1 sampai 10 (terisi "miskin")',
          value: 'miskin',
        },
      ]);
      expect(result.records).toEqual([]);
    });

    it('refuses the later row of one KK that gives another decile', () => {
      const result = checkRows(
        desilTable([
          [HEAD, 3],
          [WIFE, 4],
        ]),
        desilMapping,
        {
          today: TODAY,
        },
      );
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ row: 3, field: 'desil' });
      expect(result.issues[0]?.reason).toContain(
        'Desil berbeda dalam satu No. KK (baris 2 desil 3)',
      );
      expect(result.records.map((record) => record.row)).toEqual([2]);
    });
  });
});
