import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNikAgainst, formatRegionCode, maskNik, normalizeNik, parseNik } from './nik';
import { PROVINCE_CODES } from '../core/wilayah';

/** Local midnight: parseNik reads "today" in the machine's time zone. */
const TODAY = new Date(2026, 0, 1);

describe('parseNik', () => {
  it('decodes a man’s NIK', () => {
    expect(parseNik('6271011203900001', TODAY)).toEqual({
      ok: true,
      regionCode: '627101',
      birthDate: '1990-03-12',
      sex: 'L',
      serial: '0001',
    });
  });

  it('decodes a woman’s NIK by removing the 40 from the day', () => {
    expect(parseNik('6271015203900002', TODAY)).toEqual({
      ok: true,
      regionCode: '627101',
      birthDate: '1990-03-12',
      sex: 'P',
      serial: '0002',
    });
    const last = parseNik('6271017112990123', TODAY);
    expect(last.ok && [last.birthDate, last.sex]).toEqual(['1999-12-31', 'P']);
    const first = parseNik('6271014101000001', TODAY);
    expect(first.ok && [first.birthDate, first.sex]).toEqual(['2000-01-01', 'P']);
  });

  it('picks the century that does not put the birth in the future', () => {
    const recent = parseNik('6271011203250001', TODAY);
    expect(recent.ok && recent.birthDate).toBe('2025-03-12');
    const old = parseNik('6271011203250001', new Date(2025, 0, 1));
    expect(old.ok && old.birthDate).toBe('1925-03-12');
    const bornToday = parseNik('6271010101260001', TODAY);
    expect(bornToday.ok && bornToday.birthDate).toBe('2026-01-01');
    const tomorrow = parseNik('6271010201260001', TODAY);
    expect(tomorrow.ok && tomorrow.birthDate).toBe('1926-01-02');
  });

  it('defaults today to now', () => {
    const parsed = parseNik('6271011203900001');
    expect(parsed.ok && parsed.birthDate).toBe('1990-03-12');
  });

  it('accepts 29 February only in leap years of the chosen century', () => {
    const leap2000 = parseNik('6271012902000001', TODAY);
    expect(leap2000.ok && leap2000.birthDate).toBe('2000-02-29');
    const woman2004 = parseNik('6271016902040001', TODAY);
    expect(woman2004.ok && woman2004.birthDate).toBe('2004-02-29');
    expect(parseNik('6271012902010001', TODAY)).toEqual({
      ok: false,
      reason: 'Tanggal lahir dalam NIK tidak valid (29/02)',
    });
    // Before 29 Feb 2000 the year 00 means 1900, which was not a leap year.
    expect(parseNik('6271012902000001', new Date(1999, 11, 31)).ok).toBe(false);
  });

  it.each([
    ['6271013102900001', 'Tanggal lahir dalam NIK tidak valid (31/02)'],
    ['6271017102900001', 'Tanggal lahir dalam NIK tidak valid (31/02)'],
    ['6271013104900001', 'Tanggal lahir dalam NIK tidak valid (31/04)'],
    ['6271010003900001', 'Tanggal lahir dalam NIK tidak valid (00/03)'],
    ['6271013503900001', 'Tanggal lahir dalam NIK tidak valid (35/03)'],
    ['6271014003900001', 'Tanggal lahir dalam NIK tidak valid (40/03)'],
    ['6271017203900001', 'Tanggal lahir dalam NIK tidak valid (72/03)'],
    ['6271019903900001', 'Tanggal lahir dalam NIK tidak valid (99/03)'],
    ['6271011213900001', 'Tanggal lahir dalam NIK tidak valid (12/13)'],
    ['6271011200900001', 'Tanggal lahir dalam NIK tidak valid (12/00)'],
    ['6271011203900000', 'Nomor urut NIK tidak boleh 0000'],
    ['0071011203900001', 'Kode wilayah NIK tidak valid'],
    ['2071011203900001', 'Kode wilayah NIK tidak valid'],
    ['6200011203900001', 'Kode wilayah NIK tidak valid'],
    ['6271001203900001', 'Kode wilayah NIK tidak valid'],
    ['0000000000000000', 'Kode wilayah NIK tidak valid'],
    ['', 'NIK harus 16 digit angka'],
    ['627101120390001', 'NIK harus 16 digit angka'],
    ['62710112039000011', 'NIK harus 16 digit angka'],
    ['6271 0112 0390 0001', 'NIK harus 16 digit angka'],
    ['62.71.01.120390.0001', 'NIK harus 16 digit angka'],
    [' 6271011203900001', 'NIK harus 16 digit angka'],
    ['627101120390000A', 'NIK harus 16 digit angka'],
    ['６２７１０１１２０３９０００１', 'NIK harus 16 digit angka'],
  ])('refuses %j', (nik, reason) => {
    expect(parseNik(nik, TODAY)).toEqual({ ok: false, reason });
  });

  it('never throws on arbitrary input, and refusals always say why', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.date({ noInvalidDate: true }), (nik, today) => {
        const parsed = parseNik(nik, today);
        if (parsed.ok) expect(nik).toMatch(/^\d{16}$/);
        else expect(parsed.reason.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (nik) => {
        const parsed = parseNik(nik, TODAY);
        if (parsed.ok) {
          expect(parsed.regionCode).toBe(nik.slice(0, 6));
          expect(parsed.serial).toBe(nik.slice(12));
          expect(parsed.birthDate <= '2026-01-01').toBe(true);
        }
      }),
    );
  });

  it('round-trips every valid combination of region, birth date, sex and serial', () => {
    const nikParts = fc.record({
      province: fc.constantFrom(...Object.keys(PROVINCE_CODES)),
      city: fc.integer({ min: 1, max: 99 }),
      district: fc.integer({ min: 1, max: 99 }),
      // Within 100 years before today, where the two-digit year is unambiguous.
      birth: fc.date({
        min: new Date(Date.UTC(1926, 0, 2)),
        max: new Date(Date.UTC(2026, 0, 1)),
        noInvalidDate: true,
      }),
      sex: fc.constantFrom('L' as const, 'P' as const),
      serial: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(nikParts, ({ province, city, district, birth, sex, serial }) => {
        const p2 = (n: number) => String(n).padStart(2, '0');
        const day = birth.getUTCDate() + (sex === 'P' ? 40 : 0);
        const region = `${province}${p2(city)}${p2(district)}`;
        const nik = `${region}${p2(day)}${p2(birth.getUTCMonth() + 1)}${p2(birth.getUTCFullYear() % 100)}${String(serial).padStart(4, '0')}`;
        expect(parseNik(nik, TODAY)).toEqual({
          ok: true,
          regionCode: region,
          birthDate: birth.toISOString().slice(0, 10),
          sex,
          serial: nik.slice(12),
        });
      }),
    );
  });
});

describe('normalizeNik', () => {
  it('removes the separators people type', () => {
    expect(normalizeNik('6271 0112 0390 0001')).toBe('6271011203900001');
    expect(normalizeNik('62.71.01.120390.0001')).toBe('6271011203900001');
    expect(normalizeNik('\u00a06271-0112-0390-0001\t')).toBe('6271011203900001');
  });

  it('keeps letters, so a typo still fails', () => {
    const normalized = normalizeNik('6271 0112 0390 000l');
    expect(normalized).toBe('627101120390000l');
    expect(parseNik(normalized, TODAY).ok).toBe(false);
  });

  it('makes any spacing of a valid NIK parse the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '.', '-', '\u00a0'), { minLength: 17, maxLength: 17 }),
        (separators) => {
          const nik = '6271015203900002';
          const typed = Array.from(nik)
            .map((digit, i) => (separators[i] ?? '') + digit)
            .join('');
          expect(parseNik(normalizeNik(typed), TODAY)).toEqual(parseNik(nik, TODAY));
        },
      ),
    );
  });
});

describe('checkNikAgainst', () => {
  const nik = '6271015203900002'; // woman, 12 March 1990, Pahandut
  const matching = { sex: 'P' as const, birthDate: '1990-03-12', kodeWilayah: '6271011001' };

  it('finds nothing when the data agree', () => {
    expect(checkNikAgainst(nik, matching, TODAY)).toEqual([]);
    expect(checkNikAgainst(nik, { ...matching, kodeWilayah: '62.71.01.1001' }, TODAY)).toEqual([]);
  });

  it('compares only the fields given', () => {
    expect(checkNikAgainst(nik, {}, TODAY)).toEqual([]);
    expect(checkNikAgainst(nik, { birthDate: 'bukan tanggal' }, TODAY)).toEqual([]);
  });

  it('reports an invalid NIK as the only, blocking, finding', () => {
    expect(checkNikAgainst('6271013102900001', matching, TODAY)).toEqual([
      {
        code: 'nik_invalid',
        severity: 'error',
        message: 'Tanggal lahir dalam NIK tidak valid (31/02)',
      },
    ]);
  });

  it('warns when the sex disagrees', () => {
    expect(checkNikAgainst(nik, { ...matching, sex: 'L' }, TODAY)).toEqual([
      {
        code: 'sex_mismatch',
        severity: 'warning',
        message: 'Jenis kelamin tidak sesuai dengan NIK (NIK menunjukkan perempuan)',
      },
    ]);
    expect(checkNikAgainst('6271011203900001', { sex: 'P' }, TODAY)[0]?.message).toBe(
      'Jenis kelamin tidak sesuai dengan NIK (NIK menunjukkan laki-laki)',
    );
  });

  it.each(['1990-03-13', '1990-04-12', '1991-03-12'])(
    'warns when the birth date %s disagrees in day, month or year',
    (birthDate) => {
      expect(checkNikAgainst(nik, { ...matching, birthDate }, TODAY)).toEqual([
        {
          code: 'birth_date_mismatch',
          severity: 'warning',
          message: 'Tanggal lahir tidak sesuai dengan NIK (NIK menunjukkan 12-03-90)',
        },
      ]);
    },
  );

  it('compares the year modulo 100, since the NIK does not say the century', () => {
    // A centenarian: the NIK reads as 2025, the person was born in 1925.
    expect(
      checkNikAgainst('6271011203250001', { sex: 'L', birthDate: '1925-03-12' }, TODAY),
    ).toEqual([]);
  });

  it('notes, without objecting, a NIK issued in another district', () => {
    expect(checkNikAgainst('6271025203900002', matching, TODAY)).toEqual([
      {
        code: 'other_region',
        severity: 'note',
        message: 'NIK diterbitkan di wilayah lain (62.71.02)',
      },
    ]);
  });

  it('reports every disagreement at once', () => {
    const checks = checkNikAgainst(
      '3578015203900002',
      { sex: 'L', birthDate: '1990-03-13', kodeWilayah: '6271011001' },
      TODAY,
    );
    expect(checks.map((check) => check.code)).toEqual([
      'sex_mismatch',
      'birth_date_mismatch',
      'other_region',
    ]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.record(
          {
            sex: fc.constantFrom('L' as const, 'P' as const),
            birthDate: fc.string(),
            kodeWilayah: fc.string(),
          },
          { requiredKeys: [] },
        ),
        (value, subject) => {
          expect(Array.isArray(checkNikAgainst(value, subject, TODAY))).toBe(true);
        },
      ),
    );
  });
});

describe('maskNik', () => {
  it('shows only the last four digits', () => {
    expect(maskNik('6271011203900001')).toBe('************0001');
    expect(maskNik('6271 0112 0390 0001')).toBe('************0001');
  });
});

describe('formatRegionCode (re-exported)', () => {
  it('dots the NIK region', () => {
    expect(formatRegionCode('627101')).toBe('62.71.01');
  });
});
