/**
 * The family's ID in the national list (ID DTKS / ID DTSEN, domain.md §7), as typed by a
 * clerk. The list gives it as digits or letters and digits; it goes into the SIKS-NG
 * export as is, so a space inside, a leading formula character or punctuation is refused
 * rather than sent on. Empty means "no ID".
 */
export const ID_DTKS_MAX = 40;

const ID_DTKS = /^[A-Za-z0-9]+(?:[-./_][A-Za-z0-9]+)*$/;

export type IdDtksResult = { ok: true; value: string } | { ok: false; reason: string };

export function parseIdDtks(input: string): IdDtksResult {
  const value = input.trim();
  if (value === '') return { ok: true, value };
  if (/^[=+\-@]/.test(value)) {
    return {
      ok: false,
      reason: 'ID DTKS/DTSEN tidak boleh diawali tanda =, +, - atau @; tulis angka/hurufnya saja',
    };
  }
  if (/\s/.test(value)) {
    return { ok: false, reason: 'ID DTKS/DTSEN tidak boleh berisi spasi' };
  }
  if (value.length > ID_DTKS_MAX) {
    return {
      ok: false,
      reason: `ID DTKS/DTSEN terlalu panjang (lebih dari ${ID_DTKS_MAX} karakter)`,
    };
  }
  if (!ID_DTKS.test(value)) {
    return {
      ok: false,
      reason: 'ID DTKS/DTSEN hanya berisi angka dan huruf (boleh dipisah tanda - . / _)',
    };
  }
  return { ok: true, value };
}
