import type { Letter } from '@shared/domain/entities';
import { stripSeparators } from '@shared/domain/id-common';
import { nameTokens } from '@shared/domain/person-keys';

/** The register's orders, in the clerk's words. */
export const REGISTER_SORTS = {
  terbaru: 'Nomor terbaru',
  terlama: 'Nomor terlama',
  nama: 'Nama (A–Z)',
} as const;
export type RegisterSort = keyof typeof REGISTER_SORTS;

const collator = new Intl.Collator('id-ID', { sensitivity: 'base' });

/**
 * What the register shows: a search by the subject's name, a NIK or No. KK
 * prefix, the letter number or the purpose, in the chosen order. The letters
 * are already in memory (a month of the register), so this is a plain filter.
 */
export function viewRegister(
  letters: readonly Letter[],
  options: { search?: string; sort?: RegisterSort },
): Letter[] {
  const text = (options.search ?? '').trim();
  const digits = stripSeparators(text);
  const tokens = nameTokens(text);
  const lower = text.toLowerCase();
  const matches = (letter: Letter) => {
    if (!text) return true;
    if (/^\d+$/.test(digits)) {
      return (
        letter.subject.nik.startsWith(digits) ||
        (letter.subject.noKk?.startsWith(digits) ?? false) ||
        letter.number.includes(text)
      );
    }
    const own = nameTokens(letter.subject.nama);
    return (
      (tokens.length > 0 && tokens.every((token) => own.some((word) => word.startsWith(token)))) ||
      letter.number.toLowerCase().includes(lower) ||
      letter.purpose.toLowerCase().includes(lower)
    );
  };
  const newest = (a: Letter, b: Letter) => b.year - a.year || b.seq - a.seq;
  const compare: Record<RegisterSort, (a: Letter, b: Letter) => number> = {
    terbaru: newest,
    terlama: (a, b) => -newest(a, b),
    nama: (a, b) => collator.compare(a.subject.nama, b.subject.nama) || newest(a, b),
  };
  return letters.filter(matches).sort(compare[options.sort ?? 'terbaru']);
}
