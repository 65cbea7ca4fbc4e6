import { z } from 'zod';

/**
 * A person's name as Indonesian names are written: letters (any script, accents
 * included, composed or not), spaces, and the marks names use: `.` (Muh.), `,`
 * (titles), `'` (Ma'ruf) and `-` (Siti-Aminah). Nothing else: a digit or a `=`, `+`,
 * `@`, `(` is a typing or paste mistake, and text such as `=HYPERLINK(...)` would be
 * run as a formula by whoever opens an export. The same rule holds at entry (forms,
 * schemas) and at import.
 */

export const MAX_NAME_LENGTH = 120;

const ALLOWED = /^[\p{L}\p{M} .,'\u2019-]+$/u;
const NOT_ALLOWED = /[^\p{L}\p{M} .,'\u2019-]/u;

/** Spaces as a clerk means them: trimmed, runs (tabs, line breaks) made one space. */
export function normalizeName(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

const shown = (char: string) => {
  if (char === ' ') return 'spasi';
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f
    ? `karakter kendali U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : `"${char}"`;
};

/**
 * Why a (normalised) name cannot be kept, in Indonesian with the cure, or null when
 * it is fine. `label` is the field's name as the form shows it ("Nama ibu kandung").
 */
export function nameProblem(value: string, label = 'Nama'): string | null {
  if (value === '') return `${label} wajib diisi`;
  if (value.length > MAX_NAME_LENGTH) {
    return `${label} terlalu panjang (lebih dari ${MAX_NAME_LENGTH} karakter)`;
  }
  if (!ALLOWED.test(value)) {
    const bad = NOT_ALLOWED.exec(value)?.[0] ?? '';
    return (
      `${label} berisi ${shown(bad)}, yang tidak dipakai dalam nama orang: ` +
      "tulis hanya huruf, spasi, titik, koma, tanda petik (') dan tanda hubung (-)"
    );
  }
  if (!/\p{L}/u.test(value)) return `${label} harus berisi huruf`;
  if (!/^[\p{L}'\u2019]/u.test(value)) return `${label} harus diawali huruf`;
  return null;
}

/** The schema field for a required person's name: normalised, then checked. */
export function personNameField(label = 'Nama') {
  return z
    .string()
    .transform(normalizeName)
    .superRefine((value, ctx) => {
      const problem = nameProblem(value, label);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
