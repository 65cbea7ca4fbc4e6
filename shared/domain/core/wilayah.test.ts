import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROVINCE_CODES,
  formatKodeWilayah,
  formatRegionCode,
  isPlausibleRegionPrefix,
  parseKodeWilayah,
} from './wilayah';

describe('parseKodeWilayah', () => {
  it('splits a kelurahan code into its parts', () => {
    expect(parseKodeWilayah('6271011001')).toEqual({
      ok: true,
      code: '6271011001',
      province: '62',
      city: '71',
      district: '01',
      village: '1001',
      kind: 'kelurahan',
      nikPrefix: '627101',
    });
  });

  it('accepts the dotted form and spaces', () => {
    const parsed = parseKodeWilayah(' 62.71.01.1001 ');
    expect(parsed.ok && parsed.code).toBe('6271011001');
  });

  it('accepts a desa but says so', () => {
    const parsed = parseKodeWilayah('62.03.05.2004');
    expect(parsed.ok && parsed.kind).toBe('desa');
  });

  it.each([
    ['', 'Kode wilayah harus 10 digit angka (contoh 62.71.01.1001)'],
    ['627101100', 'Kode wilayah harus 10 digit angka (contoh 62.71.01.1001)'],
    ['62710110011', 'Kode wilayah harus 10 digit angka (contoh 62.71.01.1001)'],
    ['62.71.01.10O1', 'Kode wilayah harus 10 digit angka (contoh 62.71.01.1001)'],
    ['2071011001', 'Kode provinsi tidak dikenal (20)'],
    ['0071011001', 'Kode provinsi tidak dikenal (00)'],
    ['6200011001', 'Kode kabupaten/kota tidak boleh 00'],
    ['6271001001', 'Kode kecamatan tidak boleh 00'],
    ['6271013001', 'Kode kelurahan/desa harus diawali 1 (kelurahan) atau 2 (desa)'],
    ['6271010001', 'Kode kelurahan/desa harus diawali 1 (kelurahan) atau 2 (desa)'],
    ['6271011000', 'Nomor kelurahan/desa tidak boleh 000'],
  ])('refuses %j', (input, reason) => {
    expect(parseKodeWilayah(input)).toEqual({ ok: false, reason });
  });

  it('never throws and always explains a refusal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const parsed = parseKodeWilayah(input);
        if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
      }),
    );
  });

  it('round-trips through formatKodeWilayah', () => {
    const provinces = Object.keys(PROVINCE_CODES);
    const code = fc
      .tuple(
        fc.constantFrom(...provinces),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('1', '2'),
        fc.integer({ min: 1, max: 999 }),
      )
      .map(([p, c, d, k, v]) =>
        [
          p,
          String(c).padStart(2, '0'),
          String(d).padStart(2, '0'),
          k,
          String(v).padStart(3, '0'),
        ].join(''),
      );
    fc.assert(
      fc.property(code, (value) => {
        const formatted = formatKodeWilayah(value);
        expect(formatted).toMatch(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);
        const parsed = parseKodeWilayah(formatted);
        expect(parsed.ok && parsed.code).toBe(value);
      }),
    );
  });
});

describe('formatKodeWilayah', () => {
  it('dots a valid code and leaves anything else alone', () => {
    expect(formatKodeWilayah('6271011001')).toBe('62.71.01.1001');
    expect(formatKodeWilayah('62.71.01.1001')).toBe('62.71.01.1001');
    expect(formatKodeWilayah('abc')).toBe('abc');
  });
});

describe('formatRegionCode', () => {
  it('dots codes of each level', () => {
    expect(formatRegionCode('62')).toBe('62');
    expect(formatRegionCode('6271')).toBe('62.71');
    expect(formatRegionCode('627101')).toBe('62.71.01');
    expect(formatRegionCode('6271011001')).toBe('62.71.01.1001');
  });

  it('returns non-codes unchanged', () => {
    expect(formatRegionCode('')).toBe('');
    expect(formatRegionCode('6')).toBe('6');
    expect(formatRegionCode('62.71')).toBe('62.71');
    expect(formatRegionCode('62710110011')).toBe('62710110011');
  });
});

describe('isPlausibleRegionPrefix', () => {
  it('checks the province against the list and refuses 00 below it', () => {
    expect(isPlausibleRegionPrefix('627101')).toBe(true);
    expect(isPlausibleRegionPrefix('947101')).toBe(true);
    expect(isPlausibleRegionPrefix('967101')).toBe(true);
    expect(isPlausibleRegionPrefix('977101')).toBe(false);
    expect(isPlausibleRegionPrefix('107101')).toBe(false);
    expect(isPlausibleRegionPrefix('620001')).toBe(false);
    expect(isPlausibleRegionPrefix('627100')).toBe(false);
    expect(isPlausibleRegionPrefix('62710')).toBe(false);
  });

  it('knows every province code from 11 (Aceh) to 96 (Papua Barat Daya)', () => {
    expect(Object.keys(PROVINCE_CODES)).toHaveLength(38);
    for (const code of Object.keys(PROVINCE_CODES)) {
      expect(Number(code)).toBeGreaterThanOrEqual(11);
      expect(Number(code)).toBeLessThanOrEqual(96);
    }
    expect(PROVINCE_CODES['62']).toBe('Kalimantan Tengah');
  });
});
