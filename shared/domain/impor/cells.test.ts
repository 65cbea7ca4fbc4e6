import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  dateCellText,
  identityDigits,
  longIdText,
  parseBirthDate,
  parseEducation,
  parseMarital,
  parseReligion,
  parseRtRw,
  parseSex,
  parseShdk,
} from './cells';
import type { Cell } from './cells';

const TODAY = new Date(2026, 5, 1);

describe('cellText', () => {
  it('writes big integers without exponent', () => {
    expect(cellText(6271011203900001)).toBe('6271011203900001');
    expect(cellText('  Budi  ')).toBe('Budi');
    expect(cellText(null)).toBe('');
  });
});

describe('identityDigits', () => {
  it('accepts text, separators and the apostrophe Excel users type', () => {
    expect(identityDigits("'6271 0112 0390 0001", 'NIK')).toEqual({
      ok: true,
      value: '6271011203900001',
    });
  });
  it('refuses a number beyond what a spreadsheet cell holds exactly', () => {
    const result = identityDigits(2 ** 60, 'NIK');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('format kolom menjadi Teks');
  });
  it('says a missing value is missing', () => {
    expect(identityDigits('', 'No. KK')).toEqual({ ok: false, reason: 'No. KK wajib diisi' });
  });

  it('refuses a NIK that Excel stored as a number, with the cause and the cure', () => {
    // 6271011506800013 typed into a General cell: Excel keeps 6271011506800010.
    const result = identityDigits(6271011506800010, 'NIK');
    expect(result).toEqual({
      ok: false,
      reason:
        'Kolom NIK berformat angka; Excel hanya menyimpan 15 digit angka, sehingga digit ' +
        'ke-16 berubah menjadi 0; ubah format kolom menjadi Teks lalu ketik ulang nomornya',
    });
    expect(identityDigits(6271010203250030, 'No. KK')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Kolom No. KK berformat angka') as unknown,
    });
  });

  it.each([
    '6.27101E+15',
    "'6.27101E+15",
    '6,27101E+15',
    '6.271011506800E+15',
    '6e15',
    ' 6.27101e15 ',
  ])('refuses the scientific notation %s with the same cure', (text) => {
    const result = identityDigits(text, 'NIK');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('angka ilmiah');
    expect(!result.ok && result.reason).toContain('ubah format kolom menjadi Teks');
  });

  it('refuses every number cell with 15 significant digits, whatever its value', () => {
    const fifteenDigits = fc
      .tuple(fc.integer({ min: 1e14, max: 1e15 - 1 }), fc.integer({ min: -14, max: 6 }))
      .map(([mantissa, shift]) => Number(`${mantissa}e${shift}`));
    const roundedNik = fc
      .bigInt({ min: 1_000_000_000_000_000n, max: 9_999_999_999_999_999n })
      .map((nik) => Number(Number(nik).toPrecision(15)));
    fc.assert(
      fc.property(fc.oneof(fifteenDigits, roundedNik), fc.boolean(), (value, sign) => {
        for (const label of ['NIK', 'No. KK']) {
          const result = identityDigits(sign ? value : -value, label);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.reason).toContain(`Kolom ${label} berformat angka`);
          // What Excel shows for such a cell is refused just the same.
          const shown = identityDigits(value.toExponential(5).toUpperCase(), label);
          expect(shown.ok).toBe(false);
        }
      }),
    );
  });

  it('reads the text of a NIK typed into a Text cell', () => {
    expect(identityDigits('6271011506800013', 'NIK')).toEqual({
      ok: true,
      value: '6271011506800013',
    });
  });
});

describe('longIdText', () => {
  it('keeps short numbers and text, refuses a rounded 16-digit number', () => {
    expect(longIdText(12345, 'ID DTKS')).toEqual({ ok: true, value: '12345' });
    expect(longIdText('6271012203000111', 'ID DTKS')).toEqual({
      ok: true,
      value: '6271012203000111',
    });
    expect(longIdText(6271012203000110, 'ID DTKS').ok).toBe(false);
    expect(longIdText('6.27101E+15', 'ID DTKS').ok).toBe(false);
  });
});

describe('parseBirthDate', () => {
  it.each<[Cell, string]>([
    ['12/03/1990', '1990-03-12'],
    ['12-03-1990', '1990-03-12'],
    ['1990-03-12', '1990-03-12'],
    ['1990-03-12 00:00:00', '1990-03-12'],
    ['2/3/1990', '1990-03-02'],
    ['12 Maret 1990', '1990-03-12'],
    ['12 Agt 1990', '1990-08-12'],
    [32944, '1990-03-12'],
    [36526, '2000-01-01'],
    ['29/02/2000', '2000-02-29'],
  ])('%s → %s', (cell, expected) => {
    expect(parseBirthDate(cell, TODAY)).toEqual({ ok: true, value: expected });
  });

  it.each<[Cell, string]>([
    ['', 'Tanggal lahir wajib diisi'],
    ['31/02/1990', 'Tanggal lahir tidak valid (gunakan dd/mm/yyyy)'],
    ['29/02/2001', 'Tanggal lahir tidak valid (gunakan dd/mm/yyyy)'],
    ['12/03/90', 'Tanggal lahir tidak valid (gunakan dd/mm/yyyy)'],
    ['kemarin', 'Tanggal lahir tidak valid (gunakan dd/mm/yyyy)'],
    ['01/01/2030', 'Tanggal lahir di masa depan'],
    ['01/01/1850', 'Tanggal lahir sebelum tahun 1900'],
    [-5, 'Tanggal lahir tidak valid (gunakan dd/mm/yyyy)'],
  ])('%s is refused: %s', (cell, reason) => {
    expect(parseBirthDate(cell, TODAY)).toEqual({ ok: false, reason });
  });
});

describe('parseSex', () => {
  it.each<[Cell, 'L' | 'P']>([
    ['L', 'L'],
    ['laki-laki', 'L'],
    ['LAKI LAKI', 'L'],
    [1, 'L'],
    ['P', 'P'],
    ['PEREMPUAN', 'P'],
    ['2', 'P'],
  ])('%s → %s', (cell, expected) => expect(parseSex(cell)).toEqual({ ok: true, value: expected }));

  it('refuses anything else', () => {
    expect(parseSex('X').ok).toBe(false);
    expect(parseSex(3).ok).toBe(false);
  });
});

describe('parseShdk', () => {
  it.each<[Cell, number]>([
    [1, 1],
    ['04', 4],
    ['1 - Kepala Keluarga', 1],
    ['KEPALA KELUARGA', 1],
    ['Kepala Rumah Tangga', 1],
    ['Istri', 3],
    ['anak', 4],
    ['Orang Tua', 7],
    ['famili lain', 9],
    ['11', 11],
  ])('%s → %s', (cell, expected) => expect(parseShdk(cell)).toEqual({ ok: true, value: expected }));

  it('refuses codes out of range and unknown words', () => {
    expect(parseShdk(12)).toEqual({ ok: false, reason: 'Kode SHDK harus 1 sampai 11' });
    expect(parseShdk('tetangga').ok).toBe(false);
  });
});

describe('parseRtRw', () => {
  it.each<[Cell, string]>([
    [3, '003'],
    ['03', '003'],
    ['RT 003', '003'],
    ['12', '012'],
  ])('%s → %s', (cell, expected) =>
    expect(parseRtRw(cell, 'RT')).toEqual({ ok: true, value: expected }),
  );
  it('refuses zero, letters and four digits', () => {
    expect(parseRtRw('0', 'RW')).toEqual({ ok: false, reason: 'RW tidak boleh 0' });
    expect(parseRtRw('A', 'RT').ok).toBe(false);
    expect(parseRtRw('1000', 'RT').ok).toBe(false);
  });
});

describe('optional coded fields', () => {
  it('reads Dukcapil wording and leaves blanks undefined', () => {
    expect(parseMarital('CERAI MATI')).toEqual({ ok: true, value: 'cerai_mati' });
    expect(parseMarital('')).toEqual({ ok: true, value: undefined });
    expect(parseReligion('KATHOLIK')).toEqual({ ok: true, value: 'Katolik' });
    expect(parseEducation('TAMAT SD/SEDERAJAT')).toEqual({ ok: true, value: 'SD/Sederajat' });
    expect(parseEducation('DIPLOMA IV/STRATA I')).toEqual({ ok: true, value: 'Diploma IV/S1' });
    expect(parseEducation('AKADEMI/DIPLOMA III/S. MUDA')).toEqual({
      ok: true,
      value: 'Diploma III',
    });
    expect(parseReligion('Jedi').ok).toBe(false);
  });
});

describe('every cell parser', () => {
  it('returns a result for any cell, never throws', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: false }),
    );
    fc.assert(
      fc.property(cell, (value) => {
        for (const result of [
          parseBirthDate(value, TODAY),
          parseSex(value),
          parseShdk(value),
          parseRtRw(value, 'RT'),
          parseMarital(value),
          parseReligion(value),
          parseEducation(value),
          identityDigits(value, 'NIK'),
        ]) {
          expect(typeof result.ok).toBe('boolean');
        }
      }),
    );
  });
});

describe('dateCellText', () => {
  it('shows an Excel date cell the way Excel shows it', () => {
    expect(dateCellText(32944)).toBe('12/03/1990');
    expect(dateCellText('31-02-1990')).toBe('31-02-1990');
  });
});
