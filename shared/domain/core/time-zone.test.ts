import { describe, expect, it } from 'vitest';
import { formatOfficeStamp, officeIsoDate, officeTimeZone, zoneOfProvince } from './time-zone';

describe('office time zone', () => {
  it('follows the province: Kalimantan Tengah WIB, Kalimantan Selatan WITA, Papua WIT', () => {
    expect(zoneOfProvince('6271011001')).toBe('WIB');
    expect(zoneOfProvince('6371011001')).toBe('WITA');
    expect(zoneOfProvince('5171011001')).toBe('WITA');
    expect(zoneOfProvince('7371011001')).toBe('WITA');
    expect(zoneOfProvince('8171011001')).toBe('WIT');
    expect(zoneOfProvince('9471011001')).toBe('WIT');
    expect(zoneOfProvince('3171011001')).toBe('WIB');
  });

  it("takes the office's own choice over the province", () => {
    expect(officeTimeZone({ kodeWilayah: '6271011001' })).toBe('WIB');
    expect(officeTimeZone({ kodeWilayah: '6271011001', zonaWaktu: '' })).toBe('WIB');
    expect(officeTimeZone({ kodeWilayah: '6271011001', zonaWaktu: 'WITA' })).toBe('WITA');
  });

  it('prints an instant in the zone with its label, whatever the computer zone', () => {
    // 10.00 UTC is 17.00 in Palangka Raya, 18.00 in Banjarmasin, 19.00 in Jayapura.
    expect(formatOfficeStamp('2026-11-27T10:00:00.000Z', 'WIB')).toBe('27-11-2026 17.00 WIB');
    expect(formatOfficeStamp('2026-11-27T10:00:00.000Z', 'WITA')).toBe('27-11-2026 18.00 WITA');
    expect(formatOfficeStamp('2026-11-27T10:00:00.000Z', 'WIT')).toBe('27-11-2026 19.00 WIT');
    // Late evening UTC is already the next day in the office.
    expect(formatOfficeStamp('2026-12-31T20:30:00.000Z', 'WIB')).toBe('01-01-2027 03.30 WIB');
    expect(officeIsoDate('2026-12-31T20:30:00.000Z', 'WIB')).toBe('2027-01-01');
  });

  it('returns anything that is not an instant as given', () => {
    expect(formatOfficeStamp('kemarin', 'WIB')).toBe('kemarin');
  });
});
