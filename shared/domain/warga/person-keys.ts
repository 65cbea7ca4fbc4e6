import type { Person, PersonRow } from '../core/entities';

/**
 * Titles and degrees that people write or leave out at will; they must not
 * make two spellings of one name look like two people.
 */
const TITLES = new Set([
  'h',
  'hj',
  'haji',
  'hajjah',
  'drs',
  'dra',
  'dr',
  'ir',
  'prof',
  'st',
  'sh',
  'se',
  'spd',
  'sag',
  'sip',
  'sos',
  'ssos',
  'skom',
  'sked',
  'ssi',
  'st',
  'mm',
  'mpd',
  'msi',
  'amd',
  'amk',
  'bsc',
  'ba',
  'tn',
  'ny',
  'nn',
  'sdr',
  'bpk',
  'bapak',
  'ibu',
  'alm',
  'almh',
  'almarhum',
  'almarhumah',
  'ust',
  'ustadz',
  'kh',
  'se',
  'mh',
  'mt',
  'sh',
]);

/** Old (pre-1972) and common variant spellings, mapped to today's spelling. */
const SPELLING: [RegExp, string][] = [
  [/oe/g, 'u'],
  [/tj/g, 'c'],
  [/dj/g, 'j'],
  [/sj/g, 'sy'],
  [/nj/g, 'ny'],
  [/ch/g, 'h'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/q/g, 'k'],
  [/v/g, 'f'],
  [/x/g, 'ks'],
  [/z/g, 's'],
  [/(.)\1+/g, '$1'],
];

/**
 * Applies the spelling rules until nothing changes: one rule can create input
 * for an earlier one ("Qh" → "kh" → "h"), and a key must not change when it
 * is normalised again.
 */
function respell(word: string): string {
  let current = word;
  for (let round = 0; round < 8; round += 1) {
    const next = SPELLING.reduce((acc, [from, to]) => acc.replace(from, to), current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Lower case, letters only, titles dropped, variant spellings unified. */
export function normalizeName(name: string): string {
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z\s.,']/g, ' ')
    .split(/[\s,]+/)
    .map((word) => word.replace(/[.']/g, ''))
    .filter((word) => word.length > 0 && !TITLES.has(word));
  // Titles are dropped again after respelling ("Hh." becomes "h"), so that
  // normalising twice gives the same result as once.
  return words
    .map(respell)
    .filter((word) => word.length > 0 && !TITLES.has(word))
    .join(' ');
}

/**
 * A consonant skeleton: the first letter, then the consonants, with y/w/h
 * dropped. Indonesian names misspelt by a vowel or a doubled letter
 * ("Rahmawti", "Muhamad", "Siti/Sity") keep the same key.
 */
export function phoneticKey(token: string): string {
  const first = token.charAt(0);
  const rest = token
    .slice(1)
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
  return `~${first}${rest}`;
}

/** A key shared by more people than this is a placeholder ("-", "Tidak diketahui"), not a duplicate. */
export const MAX_DUPLICATE_GROUP = 30;

export function nameTokens(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}

/**
 * The words of a normalised name, each once: what the `searchTokens` index lists a person
 * under. Sound-alikes are matched through the registry's vocabulary in memory (the words
 * sharing a `phoneticKey`), not stored: until issue 17 (stop 30) each row carried its
 * words' phonetic keys too, `~`-prefixed, which doubled the index's entries and cost about
 * a third of a person's write into 200,000 people (BENCHMARKS.md). Rows written before keep
 * those entries; nothing reads them any more.
 */
function tokensOfNormalized(normalized: string): string[] {
  return [...new Set(normalized.split(' ').filter(Boolean))];
}

export function searchTokensFor(name: string): string[] {
  return tokensOfNormalized(normalizeName(name));
}

const keyOfNormalized = (normalized: string, birthDate: string) =>
  normalized ? `${normalized}|${birthDate}` : '';

export function dupKey(name: string, birthDate: string): string {
  return keyOfNormalized(normalizeName(name), birthDate);
}

/** The stored row of a person, with the derived search and dedup keys. */
export function toPersonRow(person: Person & { suspended?: boolean }): PersonRow {
  // Normalised once for both keys: an import derives this for every row it writes.
  const name = normalizeName(person.nama);
  return {
    ...person,
    searchTokens: tokensOfNormalized(name),
    dupNameKey: keyOfNormalized(name, person.tanggalLahir),
    dupMotherKey: dupKey(person.namaIbuKandung, person.tanggalLahir),
  };
}

/**
 * The row with its presence index value: `awayStatus` equals `statusKeberadaan` when that
 * is not "ada" and is absent otherwise (IndexedDB leaves a row without the value out of
 * the index). Returns the same object when it is already right.
 */
export function withAwayStatus<T>(row: T): T {
  if (typeof row !== 'object' || row === null) return row;
  const fields = row as { statusKeberadaan?: unknown; awayStatus?: unknown };
  const status = fields.statusKeberadaan;
  const away = typeof status === 'string' && status !== 'ada' ? status : undefined;
  const right = away === undefined ? !('awayStatus' in fields) : fields.awayStatus === away;
  if (right) return row;
  const { awayStatus: _stale, ...rest } = fields;
  return (away === undefined ? rest : { ...rest, awayStatus: away }) as T;
}
