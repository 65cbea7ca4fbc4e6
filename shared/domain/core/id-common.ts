/**
 * Small pieces shared by the identity-number parsers (NIK, No. KK, NIP, kode wilayah).
 */

/** Why a number was refused, in Indonesian, ready to show next to the field. */
export type ParseFailure = { ok: false; reason: string };

/**
 * Strips the separators people type or paste into identity numbers (spaces,
 * non-breaking spaces, dots, hyphens) and nothing else, so a stray letter still
 * fails validation instead of vanishing silently.
 */
export function stripSeparators(value: string): string {
  return value.replace(/[\s.\-\u2010-\u2015]/g, '');
}

export function isDigits(value: string, length: number): boolean {
  return value.length === length && /^[0-9]+$/.test(value);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses a strict `YYYY-MM-DD` calendar date; anything else is `undefined`. */
export function parseIsoDate(
  value: string,
): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * The calendar date of an instant in the machine's own time zone: an office in
 * Palangka Raya at 06:00 WIB is already "today", even though UTC is still yesterday.
 */
export function localCalendarDate(date: Date): { year: number; month: number; day: number } {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * Shows only the last `visible` characters, for projector screens and printouts
 * that must not carry full NIK or No. KK (UU 27/2022). Values no longer than
 * `visible` are masked entirely: showing them whole would defeat the mask.
 */
export function maskNumber(value: string, visible = 4): string {
  const chars = Array.from(value);
  const keep = Math.max(0, Math.floor(visible));
  if (chars.length <= keep) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - keep) + chars.slice(chars.length - keep).join('');
}
