/**
 * The one place dates are read from what people type and written for people to read.
 * People type and read day first (12-03-1980), screens and letters say "12 Maret 1980",
 * and only files and the database hold ISO `YYYY-MM-DD`. A browser's native date field shows
 * 03/12/1980 on an English-language PC: never rely on it.
 */

import { daysInMonth, isoDate, localCalendarDate, parseIsoDate } from './id-common';
import type { ParseFailure } from './id-common';
import { MONTHS_ID } from './settings';
import { wallClock } from './time-zone';
import type { OfficeTimeZone } from './time-zone';

export type TanggalResult = { ok: true; iso: string } | ParseFailure;

const TYPED = /^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d+)$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a date typed day first: `12-03-1980`, `12/3/1980`, `12.03.1980`; an ISO
 * `1980-03-12` pasted from a file is read too. Two-digit years are refused (is 12-03-80
 * 1980 or 2080?), and so is a day the month does not have, with the reason in Indonesian.
 */
export function parseTanggal(text: string): TanggalResult {
  const value = text.trim();
  if (value === '') return { ok: false, reason: 'Tanggal wajib diisi, misalnya 12-03-1980.' };
  const iso = ISO.exec(value);
  const match = iso ? [value, iso[3], iso[2], iso[1]] : TYPED.exec(value);
  if (!match) {
    return {
      ok: false,
      reason: `“${value}” bukan tanggal. Tulis hari-bulan-tahun, misalnya 12-03-1980.`,
    };
  }
  const [day, month, yearText] = [Number(match[1]), Number(match[2]), match[3] ?? ''];
  if (yearText.length !== 4) {
    return {
      ok: false,
      reason: `Tulis tahun dengan empat angka (misalnya 1980, bukan ${yearText.slice(-2)}).`,
    };
  }
  const year = Number(yearText);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `Bulan ${month} tidak ada: bulan ditulis 1 sampai 12.` };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      reason: `Tanggal ${day} ${MONTHS_ID[month - 1] ?? ''} ${year} tidak ada: bulan itu hanya sampai tanggal ${last}.`,
    };
  }
  return { ok: true, iso: isoDate(year, month, day) };
}

/** '1980-03-12' → '12-03-1980', the form a date is typed in; anything else as given. */
export function formatTanggalKetik(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${String(date.day).padStart(2, '0')}-${String(date.month).padStart(2, '0')}-${date.year}`;
}

/** '1980-03-12' → '12 Maret 1980'. An ISO instant shows its local calendar date; anything else as given. */
export function formatTanggal(value: string): string {
  const date = parseIsoDate(value);
  if (date) return `${date.day} ${MONTHS_ID[date.month - 1] ?? ''} ${date.year}`;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) return value;
  const local = new Date(ms);
  return `${local.getDate()} ${MONTHS_ID[local.getMonth()] ?? ''} ${local.getFullYear()}`;
}

/**
 * An instant as a person reads it: '5 Desember 2026 14.05'. With the office's zone it is read
 * on the office's clock and says so ('… 14.05 WIB'), as printed documents do; without it, on
 * this computer's clock (the office PC). Anything that is not an instant is returned as given.
 */
export function formatWaktu(value: string | Date, zone?: OfficeTimeZone): string {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return typeof value === 'string' ? value : '';
  const two = (n: number) => String(n).padStart(2, '0');
  if (zone) {
    const t = wallClock(new Date(ms).toISOString(), zone);
    if (!t) return String(value);
    return `${t.day} ${MONTHS_ID[t.month - 1] ?? ''} ${t.year} ${two(t.hour)}.${two(t.minute)} ${zone}`;
  }
  const d = new Date(ms);
  return `${d.getDate()} ${MONTHS_ID[d.getMonth()] ?? ''} ${d.getFullYear()} ${two(d.getHours())}.${two(d.getMinutes())}`;
}

/**
 * The local calendar day of an instant as ISO `YYYY-MM-DD`: what "today" means for a date
 * field, a letter or a file name. Not `toISOString().slice(0, 10)`, which is UTC: at
 * 06:30 WIB that is still yesterday.
 */
export function localIsoDate(date: Date = new Date()): string {
  const { year, month, day } = localCalendarDate(date);
  return isoDate(year, month, day);
}
