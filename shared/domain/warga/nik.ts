import type { Sex } from '../core/entities';
import {
  isDigits,
  isoDate,
  isRealDate,
  localCalendarDate,
  maskNumber,
  pad,
  parseIsoDate,
  stripSeparators,
} from '../core/id-common';
import type { ParseFailure } from '../core/id-common';
import { formatRegionCode, isPlausibleRegionPrefix } from '../core/wilayah';

export { formatRegionCode, maskNumber };
export type { ParseFailure };

/**
 * NIK (Nomor Induk Kependudukan), 16 digits: `PP KK CC DDMMYY SSSS`. There is no
 * checksum, so these checks are all a form can do before Dukcapil matching.
 */
export type NikInfo = {
  ok: true;
  /** Province + regency/city + district where the NIK was issued, 6 digits. */
  regionCode: string;
  /** `YYYY-MM-DD`, century chosen so the birth is not in the future. */
  birthDate: string;
  sex: Sex;
  /** Last four digits. */
  serial: string;
};

export type NikResult = NikInfo | ParseFailure;

const fail = (reason: string): ParseFailure => ({ ok: false, reason });

/** Removes the spaces, dots and hyphens people type or paste into a NIK. */
export function normalizeNik(input: string): string {
  return stripSeparators(input);
}

/**
 * Decodes a NIK. The raw string must already be 16 digits: callers that accept
 * "6271 0112 0390 0001" run {@link normalizeNik} first, so what is stored is
 * exactly what was checked.
 */
export function parseNik(nik: string, today: Date = new Date()): NikResult {
  if (!isDigits(nik, 16)) return fail('NIK harus 16 digit angka');

  const regionCode = nik.slice(0, 6);
  if (!isPlausibleRegionPrefix(regionCode)) return fail('Kode wilayah NIK tidak valid');

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  // Women's day of birth is stored plus 40, so 32..40 and 72..99 belong to no one.
  const sex: Sex | undefined =
    rawDay >= 41 && rawDay <= 71 ? 'P' : rawDay >= 1 && rawDay <= 31 ? 'L' : undefined;
  const day = sex === 'P' ? rawDay - 40 : rawDay;
  const invalidDate = fail(
    `Tanggal lahir dalam NIK tidak valid (${pad(day, 2)}/${nik.slice(8, 10)})`,
  );
  if (sex === undefined || month < 1 || month > 12) return invalidDate;

  const year = chooseCentury(yy, month, day, today);
  if (!isRealDate(year, month, day)) return invalidDate;

  const serial = nik.slice(12);
  if (serial === '0000') return fail('Nomor urut NIK tidak boleh 0000');

  return { ok: true, regionCode, birthDate: isoDate(year, month, day), sex, serial };
}

/** 20YY unless that puts the birth after today; then 19YY. */
function chooseCentury(yy: number, month: number, day: number, today: Date): number {
  const now = localCalendarDate(today);
  const candidate = 2000 + yy;
  const afterToday =
    candidate > now.year ||
    (candidate === now.year && (month > now.month || (month === now.month && day > now.day)));
  return afterToday ? 1900 + yy : candidate;
}

export type NikCheckCode = 'nik_invalid' | 'sex_mismatch' | 'birth_date_mismatch' | 'other_region';

/**
 * `error`: the NIK itself cannot be right. `warning`: the NIK and the entered data
 * disagree, one of them is wrong. `note`: worth knowing, nothing to fix (people move).
 */
export type NikCheckSeverity = 'error' | 'warning' | 'note';

export type NikCheck = { code: NikCheckCode; severity: NikCheckSeverity; message: string };

/** What the form holds about the person; missing fields are simply not compared. */
export type NikCheckSubject = {
  sex?: Sex;
  /** `YYYY-MM-DD`; an unparseable date is not compared. */
  birthDate?: string;
  /** Kode wilayah of the kelurahan (10 digits, dots allowed). */
  kodeWilayah?: string;
};

const SEX_WORD: Record<Sex, string> = { L: 'laki-laki', P: 'perempuan' };

/**
 * Compares a NIK with the data entered beside it. Day and month must match exactly
 * and the year modulo 100, since the NIK does not say which century.
 */
export function checkNikAgainst(
  nik: string,
  subject: NikCheckSubject,
  today: Date = new Date(),
): NikCheck[] {
  const parsed = parseNik(nik, today);
  if (!parsed.ok) return [{ code: 'nik_invalid', severity: 'error', message: parsed.reason }];

  const checks: NikCheck[] = [];
  if (subject.sex !== undefined && subject.sex !== parsed.sex) {
    checks.push({
      code: 'sex_mismatch',
      severity: 'warning',
      message: `Jenis kelamin tidak sesuai dengan NIK (NIK menunjukkan ${SEX_WORD[parsed.sex]})`,
    });
  }

  const entered = subject.birthDate === undefined ? undefined : parseIsoDate(subject.birthDate);
  const implied = parseIsoDate(parsed.birthDate);
  if (
    entered &&
    implied &&
    (entered.day !== implied.day ||
      entered.month !== implied.month ||
      entered.year % 100 !== implied.year % 100)
  ) {
    const shown = `${pad(implied.day, 2)}-${pad(implied.month, 2)}-${pad(implied.year % 100, 2)}`;
    checks.push({
      code: 'birth_date_mismatch',
      severity: 'warning',
      message: `Tanggal lahir tidak sesuai dengan NIK (NIK menunjukkan ${shown})`,
    });
  }

  const localPrefix =
    subject.kodeWilayah === undefined ? '' : stripSeparators(subject.kodeWilayah).slice(0, 6);
  if (isDigits(localPrefix, 6) && localPrefix !== parsed.regionCode) {
    checks.push({
      code: 'other_region',
      severity: 'note',
      message: `NIK diterbitkan di wilayah lain (${formatRegionCode(parsed.regionCode)})`,
    });
  }
  return checks;
}

/** '6271011203900001' → '************0001'. */
export function maskNik(nik: string): string {
  return maskNumber(normalizeNik(nik), 4);
}
