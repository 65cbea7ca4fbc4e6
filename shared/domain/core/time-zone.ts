/**
 * Indonesia's three zones, as printed after a time ("09.00 WIB"). The office's zone follows
 * its province unless the office chose one (a settings field); every printed timestamp uses
 * it, never the zone of the computer that happens to print.
 */

export const OFFICE_TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type OfficeTimeZone = (typeof OFFICE_TIME_ZONES)[number];

/** Hours ahead of UTC; none of the three observes daylight saving. */
export const UTC_OFFSET_HOURS: Record<OfficeTimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** The zone of the province in the first two digits of a kode wilayah. */
export function zoneOfProvince(kodeWilayah: string): OfficeTimeZone {
  const province = Number(kodeWilayah.slice(0, 2));
  if (province >= 81) return 'WIT';
  if ([51, 52, 53, 63, 64, 65].includes(province) || (province >= 71 && province <= 76))
    return 'WITA';
  return 'WIB';
}

/** The zone the office prints: its own choice, or its province's. */
export function officeTimeZone(identity: {
  kodeWilayah: string;
  zonaWaktu?: OfficeTimeZone | '';
}): OfficeTimeZone {
  return identity.zonaWaktu || zoneOfProvince(identity.kodeWilayah);
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number };

/** The wall-clock reading in the zone of an ISO instant, or undefined when it is not one. */
export function wallClock(iso: string, zone: OfficeTimeZone): Parts | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const shifted = new Date(ms + UTC_OFFSET_HOURS[zone] * 3_600_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "27-11-2026 17.05 WIB": an instant as the office reads it, with its zone. */
export function formatOfficeStamp(iso: string, zone: OfficeTimeZone): string {
  const t = wallClock(iso, zone);
  if (!t) return iso;
  return `${two(t.day)}-${two(t.month)}-${t.year} ${two(t.hour)}.${two(t.minute)} ${zone}`;
}

/** `YYYY-MM-DD` of the instant in the office's zone. */
export function officeIsoDate(iso: string, zone: OfficeTimeZone): string {
  const t = wallClock(iso, zone);
  return t ? `${t.year}-${two(t.month)}-${two(t.day)}` : iso;
}
