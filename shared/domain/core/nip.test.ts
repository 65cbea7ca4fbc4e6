import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNip, nipAgeWarning, normalizeNip, parseNip } from './nip';

const TODAY = new Date(2026, 0, 1);

describe('parseNip', () => {
  it('decodes a NIP', () => {
    expect(parseNip('197805122003121004', TODAY)).toEqual({
      ok: true,
      birthDate: '1978-05-12',
      appointment: '2003-12',
      sex: 'L',
      serial: '004',
    });
  });

  it('defaults today to now', () => {
    expect(parseNip('197805122003121004').ok).toBe(true);
  });

  it.each([
    ['', 'NIP harus 18 digit angka'],
    ['19780512200312100', 'NIP harus 18 digit angka'],
    ['1978051220031210041', 'NIP harus 18 digit angka'],
    ['19780512 200312 1 004', 'NIP harus 18 digit angka'],
    ['19780512200312100A', 'NIP harus 18 digit angka'],
    ['197802302003121004', 'Tanggal lahir dalam NIP tidak valid'],
    ['197813012003121004', 'Tanggal lahir dalam NIP tidak valid'],
    ['198502292010012001', 'Tanggal lahir dalam NIP tidak valid'],
    ['193912312003121004', 'Tahun lahir dalam NIP tidak wajar (1939)'],
    ['202701012050121004', 'Tahun lahir dalam NIP tidak wajar (2027)'],
    ['197805122003131004', 'Bulan pengangkatan dalam NIP tidak valid'],
    ['197805122003001004', 'Bulan pengangkatan dalam NIP tidak valid'],
    ['197805121978121004', 'Tahun pengangkatan dalam NIP tidak wajar (1978)'],
    ['197805121970121004', 'Tahun pengangkatan dalam NIP tidak wajar (1970)'],
    ['197805122028011004', 'Tahun pengangkatan dalam NIP tidak wajar (2028)'],
    ['197805122003123004', 'Kode jenis kelamin dalam NIP harus 1 (laki-laki) atau 2 (perempuan)'],
    ['197805122003120004', 'Kode jenis kelamin dalam NIP harus 1 (laki-laki) atau 2 (perempuan)'],
    ['197805122003121000', 'Nomor urut NIP tidak boleh 000'],
  ])('refuses %j', (nip, reason) => {
    expect(parseNip(nip, TODAY)).toEqual({ ok: false, reason });
  });

  it('accepts a woman, a leap day, and next year’s appointment', () => {
    expect(parseNip('198402292010012001', TODAY)).toEqual({
      ok: true,
      birthDate: '1984-02-29',
      appointment: '2010-01',
      sex: 'P',
      serial: '001',
    });
    expect(parseNip('200001012027011001', TODAY).ok).toBe(true);
    expect(parseNip('194001011965011001', TODAY).ok).toBe(true);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^\d{18}$/)), (nip) => {
        const parsed = parseNip(nip, TODAY);
        if (parsed.ok) expect(parsed.appointment > parsed.birthDate.slice(0, 7)).toBe(true);
        else expect(parsed.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('formatNip', () => {
  it('groups the digits as printed under signatures', () => {
    expect(formatNip('197805122003121004')).toBe('19780512 200312 1 004');
    expect(formatNip(' 19780512 200312 1 004 ')).toBe('19780512 200312 1 004');
  });

  it('leaves a half-typed NIP as it is', () => {
    expect(formatNip(' 1978051 ')).toBe('1978051');
    expect(formatNip('')).toBe('');
  });

  it('round-trips through normalizeNip for every valid NIP', () => {
    const nip = fc
      .record({
        birth: fc.date({
          min: new Date(Date.UTC(1940, 0, 1)),
          max: new Date(Date.UTC(2005, 11, 31)),
          noInvalidDate: true,
        }),
        yearsLater: fc.integer({ min: 1, max: 20 }),
        month: fc.integer({ min: 1, max: 12 }),
        sex: fc.constantFrom('1', '2'),
        serial: fc.integer({ min: 1, max: 999 }),
      })
      .map(({ birth, yearsLater, month, sex, serial }) => {
        const p = (n: number, w: number) => String(n).padStart(w, '0');
        const y = birth.getUTCFullYear();
        return `${p(y, 4)}${p(birth.getUTCMonth() + 1, 2)}${p(birth.getUTCDate(), 2)}${p(y + yearsLater, 4)}${p(month, 2)}${sex}${p(serial, 3)}`;
      });
    fc.assert(
      fc.property(nip, (value) => {
        const printed = formatNip(value);
        expect(printed).toMatch(/^\d{8} \d{6} [12] \d{3}$/);
        expect(normalizeNip(printed)).toBe(value);
        expect(parseNip(normalizeNip(printed), TODAY)).toEqual(parseNip(value, TODAY));
        expect(parseNip(value, TODAY).ok).toBe(true);
      }),
    );
  });
});

describe('nipAgeWarning', () => {
  it('says nothing for an official appointed as an adult', () => {
    // Born May 1978, appointed December 2003: 25 years old.
    expect(nipAgeWarning('197805122003121004')).toBeUndefined();
    // Exactly 18: born May 1985, appointed May 2003.
    expect(nipAgeWarning('198505122003051004')).toBeUndefined();
  });

  it('warns, without refusing, when the appointment puts the official under 18', () => {
    // Born May 1990, appointed December 2003: 13 years old.
    const warning = nipAgeWarning('199005122003121004');
    expect(warning).toMatch(/usia 13 tahun/);
    expect(warning).toMatch(/paling rendah 18 tahun/);
    expect(warning).toMatch(/tetap dapat disimpan/);
    // One month short of 18 still warns.
    expect(nipAgeWarning('198506122003051004')).toMatch(/usia 17 tahun/);
    // The NIP itself stays valid: a warning is not a refusal.
    expect(parseNip('199005122003121004').ok).toBe(true);
  });

  it('accepts the printed spacing and ignores an invalid NIP (the form reports that)', () => {
    expect(nipAgeWarning('19900512 200312 1 004')).toMatch(/usia 13 tahun/);
    expect(nipAgeWarning('123')).toBeUndefined();
  });
});
