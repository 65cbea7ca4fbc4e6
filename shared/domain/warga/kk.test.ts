import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskNoKk, normalizeNoKk, parseNoKk } from './kk';

describe('parseNoKk', () => {
  it('returns the region of a valid No. KK', () => {
    expect(parseNoKk('6271010101100001')).toEqual({ ok: true, regionCode: '627101' });
    expect(parseNoKk('3578012512190123')).toEqual({ ok: true, regionCode: '357801' });
  });

  it.each([
    ['', 'No. KK harus 16 digit angka'],
    ['627101010110000', 'No. KK harus 16 digit angka'],
    ['62710101011000011', 'No. KK harus 16 digit angka'],
    ['6271 0101 0110 0001', 'No. KK harus 16 digit angka'],
    ['627101010110000O', 'No. KK harus 16 digit angka'],
    ['0000000000000000', 'No. KK tidak boleh berisi nol semua'],
    ['0071010101100001', 'Kode wilayah No. KK tidak valid'],
    ['6200010101100001', 'Kode wilayah No. KK tidak valid'],
    ['6271000101100001', 'Kode wilayah No. KK tidak valid'],
    ['6271010101100000', 'Nomor urut No. KK tidak boleh 0000'],
  ])('refuses %j', (kk, reason) => {
    expect(parseNoKk(kk)).toEqual({ ok: false, reason });
  });

  it('accepts a typed No. KK once normalized', () => {
    expect(parseNoKk(normalizeNoKk('6271 0101 0110 0001')).ok).toBe(true);
    expect(parseNoKk(normalizeNoKk('62.71.01.010110.0001')).ok).toBe(true);
  });

  it('never throws, and a valid result always echoes the first six digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^\d{16}$/)), (kk) => {
        const parsed = parseNoKk(kk);
        if (parsed.ok) expect(parsed.regionCode).toBe(kk.slice(0, 6));
        else expect(parsed.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('maskNoKk', () => {
  it('shows only the last four digits', () => {
    expect(maskNoKk('6271010101100001')).toBe('************0001');
    expect(maskNoKk('6271 0101 0110 0001')).toBe('************0001');
  });
});
