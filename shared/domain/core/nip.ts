import type { Sex } from './entities';
import { isDigits, isoDate, isRealDate, localCalendarDate, stripSeparators } from './id-common';
import type { ParseFailure } from './id-common';

/**
 * NIP (Nomor Induk Pegawai) of a civil servant, 18 digits: birth date YYYYMMDD,
 * appointment YYYYMM, sex (1 male, 2 female), serial (3 digits). Printed under the
 * Lurah's signature on every letter, so a typo here ends up on paper.
 */
export type NipInfo = {
  ok: true;
  /** `YYYY-MM-DD` */
  birthDate: string;
  /** `YYYY-MM`, the month of appointment as CPNS. */
  appointment: string;
  sex: Sex;
  serial: string;
};

export type NipResult = NipInfo | ParseFailure;

const fail = (reason: string): ParseFailure => ({ ok: false, reason });

/** No serving civil servant was born before this year. */
const MIN_BIRTH_YEAR = 1940;

/** Removes the spaces (as printed: '19780512 200312 1 004'), dots and hyphens. */
export function normalizeNip(input: string): string {
  return stripSeparators(input);
}

/**
 * Checks a raw 18-digit NIP; run {@link normalizeNip} first to accept the printed
 * spacing. The appointment is only required to fall after the birth year and not
 * after next year: real appointment ages vary too much for a tighter rule.
 */
export function parseNip(nip: string, today: Date = new Date()): NipResult {
  if (!isDigits(nip, 18)) return fail('NIP harus 18 digit angka');
  const now = localCalendarDate(today);

  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (!isRealDate(birthYear, birthMonth, birthDay)) {
    return fail('Tanggal lahir dalam NIP tidak valid');
  }
  if (birthYear < MIN_BIRTH_YEAR || birthYear > now.year) {
    return fail(`Tahun lahir dalam NIP tidak wajar (${birthYear})`);
  }

  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonth = Number(nip.slice(12, 14));
  if (appointmentMonth < 1 || appointmentMonth > 12) {
    return fail('Bulan pengangkatan dalam NIP tidak valid');
  }
  if (appointmentYear <= birthYear || appointmentYear > now.year + 1) {
    return fail(`Tahun pengangkatan dalam NIP tidak wajar (${appointmentYear})`);
  }

  const sexDigit = nip[14];
  if (sexDigit !== '1' && sexDigit !== '2') {
    return fail('Kode jenis kelamin dalam NIP harus 1 (laki-laki) atau 2 (perempuan)');
  }

  const serial = nip.slice(15);
  if (serial === '000') return fail('Nomor urut NIP tidak boleh 000');

  return {
    ok: true,
    birthDate: isoDate(birthYear, birthMonth, birthDay),
    appointment: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    sex: sexDigit === '1' ? 'L' : 'P',
    serial,
  };
}

/**
 * '197805122003121004' → '19780512 200312 1 004', the grouping printed under
 * signatures. Input that is not 18 digits after removing separators is returned
 * trimmed but otherwise unchanged, so a half-typed NIP still displays.
 */
export function formatNip(nip: string): string {
  const digits = normalizeNip(nip);
  if (!isDigits(digits, 18)) return nip.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** The youngest age at which the civil service appoints (UU ASN: at least 18 years old). */
export const MIN_APPOINTMENT_AGE = 18;

/**
 * A warning, never a refusal: a NIP whose appointment month comes before the holder's
 * 18th birthday month is possible in old records but far more often a typo, and the NIP
 * is printed under every signature. Returns undefined when there is nothing to say.
 */
export function nipAgeWarning(nip: string): string | undefined {
  const parsed = parseNip(normalizeNip(nip));
  if (!parsed.ok) return undefined;
  const [birthYear = 0, birthMonth = 0] = parsed.birthDate.split('-').map(Number);
  const [year = 0, month = 0] = parsed.appointment.split('-').map(Number);
  const monthsOld = (year - birthYear) * 12 + (month - birthMonth);
  if (monthsOld >= MIN_APPOINTMENT_AGE * 12) return undefined;
  const age = Math.floor(monthsOld / 12);
  return (
    `Menurut NIP ini, pejabat diangkat pada usia ${age} tahun (lahir ${parsed.birthDate}, ` +
    `diangkat ${parsed.appointment}); usia pengangkatan paling rendah ${MIN_APPOINTMENT_AGE} tahun. ` +
    'Periksa lagi NIP pada SK atau kartu pegawai. Data tetap dapat disimpan.'
  );
}
