import { CONFIRMABLE_FIELDS } from '../core/entities';
import type { ConfirmableField, MaritalStatus, Person } from '../core/entities';

/**
 * Fields nobody has confirmed yet (domain.md §5: an official letter never prints a value
 * nobody confirmed). Such a field is stored unknown; these rules say what is missing,
 * what a save confirms, and what a letter may not be issued without.
 */

export const FIELD_LABELS: Readonly<Record<ConfirmableField, string>> = {
  statusKawin: 'Status perkawinan',
  agama: 'Agama',
  pendidikan: 'Pendidikan terakhir',
  pekerjaan: 'Pekerjaan',
};

/** Shown in place of a value nobody confirmed. */
export const NOT_FILLED = 'belum diisi';

type FieldValues = Partial<Pick<Person, ConfirmableField>>;

export function isUnknown(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/**
 * What is still missing for a person: every field the import left to complete and
 * every confirmable field without a value, in form order.
 */
export function missingFields(
  person: FieldValues & Pick<Person, 'fieldsToComplete'>,
): ConfirmableField[] {
  const flagged = new Set(person.fieldsToComplete ?? []);
  return CONFIRMABLE_FIELDS.filter((field) => flagged.has(field) || isUnknown(person[field]));
}

/**
 * The fields still to complete after a save: a flagged field leaves the list once the
 * clerk gives it a value (typed, chosen, or a suggestion confirmed with "Konfirmasi").
 * Nothing else is touched, so saving an unrelated change clears nothing.
 */
export function remainingToComplete(
  flagged: readonly ConfirmableField[] | undefined,
  saved: FieldValues,
): ConfirmableField[] {
  return (flagged ?? []).filter((field) => isUnknown(saved[field]));
}

/** Fields an SKTM prints in its identity block (domain.md §5, item 4). */
export const LETTER_FIELDS: readonly ConfirmableField[] = ['statusKawin', 'agama', 'pekerjaan'];

/** "Agama dan pekerjaan": the fields named as a clerk would list them. */
export function fieldList(fields: readonly ConfirmableField[]): string {
  const names = fields.map((field, i) =>
    i === 0 ? FIELD_LABELS[field] : FIELD_LABELS[field].toLowerCase(),
  );
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1]}`;
}

/** The refusal of a letter for a person whose printed fields are not confirmed; null when fine. */
export function letterBlocker(
  person: FieldValues & Pick<Person, 'fieldsToComplete' | 'nama'>,
): { fields: ConfirmableField[]; message: string } | null {
  const missing = missingFields(person).filter((field) => LETTER_FIELDS.includes(field));
  if (missing.length === 0) return null;
  return {
    fields: missing,
    message:
      `Surat tidak dapat dibuat: ${fieldList(missing).toLowerCase()} ${person.nama} belum diisi ` +
      `(data impor yang belum dikonfirmasi). Lengkapi dulu di data warga melalui "Ubah data", ` +
      `agar surat tidak memuat data tebakan.`,
  };
}

/**
 * What the family card suggests for a marital status the list did not carry: a spouse
 * (SHDK 2/3) is married, and so is a head whose spouse is on the same card; a child
 * under 16 is not married (the legal minimum age is 19, UU 16/2019). Only a suggestion:
 * it is stored once the clerk confirms it.
 */
export function suggestedMarital(
  person: Pick<Person, 'shdk' | 'tanggalLahir'>,
  members: readonly Pick<Person, 'shdk'>[],
  today: string,
): MaritalStatus | undefined {
  if (person.shdk === 2 || person.shdk === 3) return 'kawin';
  if (person.shdk === 1 && members.some((other) => other.shdk === 2 || other.shdk === 3)) {
    return 'kawin';
  }
  if (ageOn(person.tanggalLahir, today) < 16) return 'belum_kawin';
  return undefined;
}

/** Whole years from a YYYY-MM-DD birth date to `today` (YYYY-MM-DD); NaN if unreadable. */
function ageOn(birth: string, today: string): number {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birth);
  const t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!b || !t) return Number.NaN;
  const years = Number(t[1]) - Number(b[1]);
  return `${t[2]}${t[3]}` < `${b[2]}${b[3]}` ? years - 1 : years;
}
