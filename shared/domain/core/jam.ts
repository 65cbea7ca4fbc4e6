/**
 * Times of day as people here type and read them: 24-hour, hours and minutes with a dot
 * ("09.00", "13.30", as letters and minutes print them). The database holds "HH:MM".
 * A browser's native time field shows "09:00 AM" on an English-language PC and asks for
 * AM/PM: never rely on it (the same reason dates are typed, tanggal.ts).
 */

const WITH_SEPARATOR = /^(\d{1,2})\s*[.:]\s*(\d{2})$/;
const DIGITS = /^\d{1,4}$/;

/**
 * What a clerk types, as "HH:MM" when it is a time of day: "9" and "09" are 09:00,
 * "9.30", "09:30", "930" and "0930" are 09:30. Anything else (25.00, 9.5, "jam 9") is null.
 */
export function parseJam(text: string): string | null {
  const value = text.trim();
  // Digits only: the last two are the minutes when there are more than two ("930" → "9.30").
  const typed = !DIGITS.test(value)
    ? value
    : value.length <= 2
      ? `${value}.00`
      : `${value.slice(0, -2)}.${value.slice(-2)}`;
  const match = WITH_SEPARATOR.exec(typed);
  if (!match) return null;
  const [, hours = '', minutes = ''] = match;
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  return `${hours.padStart(2, '0')}:${minutes}`;
}

/** parseJam's time, or the text trimmed for the form's check to refuse with its message. */
export function normalizeJam(text: string): string {
  return parseJam(text) ?? text.trim();
}

/** "09:00" → "09.00", the way letters, minutes and screens write a time. */
export function formatJam(time: string): string {
  return time.replace(':', '.');
}
