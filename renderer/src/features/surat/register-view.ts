import type { RegisterLetter } from '@shared/domain/core/entities';
import { stripSeparators } from '@shared/domain/core/id-common';
import { nameTokens } from '@shared/domain/warga/person-keys';

/** The register's orders, in the clerk's words. */
export const REGISTER_SORTS = {
  terbaru: 'Nomor terbaru',
  terlama: 'Nomor terlama',
  nama: 'Nama (A–Z)',
} as const;
export type RegisterSort = keyof typeof REGISTER_SORTS;

const collator = new Intl.Collator('id-ID', { sensitivity: 'base' });

/** Whom or what a row is about: the SKTM's resident, or a musyawarah letter's addressee. */
function heading(letter: RegisterLetter): string {
  return letter.type === 'sktm' ? letter.subject.nama : letter.tujuan;
}

/** The words a row can be found by besides its number: purpose, or perihal. */
function about(letter: RegisterLetter): string {
  return letter.type === 'sktm' ? letter.purpose : letter.perihal;
}

/**
 * What the register shows: a search by the subject's name, a NIK or No. KK
 * prefix, the letter number or the purpose (a musyawarah letter: its addressee
 * and perihal), in the chosen order. The letters are already in memory (a month
 * of the register), so this is a plain filter.
 */
export function viewRegister<T extends RegisterLetter>(
  letters: readonly T[],
  options: { search?: string; sort?: RegisterSort },
): T[] {
  const text = (options.search ?? '').trim();
  const digits = stripSeparators(text);
  const tokens = nameTokens(text);
  const lower = text.toLowerCase();
  const matches = (letter: RegisterLetter) => {
    if (!text) return true;
    if (/^\d+$/.test(digits)) {
      return (
        (letter.type === 'sktm' &&
          (letter.subject.nik.startsWith(digits) ||
            (letter.subject.noKk?.startsWith(digits) ?? false))) ||
        letter.number.includes(text)
      );
    }
    const own = nameTokens(heading(letter));
    return (
      (tokens.length > 0 && tokens.every((token) => own.some((word) => word.startsWith(token)))) ||
      letter.number.toLowerCase().includes(lower) ||
      about(letter).toLowerCase().includes(lower)
    );
  };
  // Numbers count per type: the newest first by date, then by number within a type.
  const newest = (a: RegisterLetter, b: RegisterLetter) =>
    b.date.localeCompare(a.date) || b.year - a.year || b.seq - a.seq;
  const compare: Record<RegisterSort, (a: RegisterLetter, b: RegisterLetter) => number> = {
    terbaru: newest,
    terlama: (a, b) => -newest(a, b),
    nama: (a, b) => collator.compare(heading(a), heading(b)) || newest(a, b),
  };
  return letters.filter(matches).sort(compare[options.sort ?? 'terbaru']);
}
