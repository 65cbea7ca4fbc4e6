import type { Family, PersonRow, PresenceStatus } from '@shared/domain/core/entities';
import { stripSeparators } from '@shared/domain/core/id-common';
import { nameTokens } from '@shared/domain/warga/person-keys';
import type { DtksDatabase } from '../core/database';
import { listFamilyIds } from './read';
import { readyVocabulary, spellingDistance, vocabularyOf } from './name-vocabulary';
import type { NameVocabulary } from './name-vocabulary';

export type PersonHit = { person: PersonRow; family: Family };

export type SearchOptions = {
  rt?: string;
  rw?: string;
  status?: PresenceStatus;
  limit?: number;
};

/** A match before its row is read: higher scores first. */
export type RankedPerson = { id: string; score: number };

const DEFAULT_LIMIT = 200;
/**
 * A one-letter token matches a large share of the registry. Past this many
 * keys per token the search ranks within what it has instead of reading more:
 * the clerk types another letter long before they scroll that far.
 */
const MAX_KEYS_PER_TOKEN = 20_000;
const MAX_KEYS_PER_SHORT_TOKEN = 2_000;
/** A No. KK prefix brings whole families; a few dozen is plenty to pick from. */
const MAX_FAMILIES_PER_KK_PREFIX = 50;
const ROW_WINDOW = 200;

/*
 * Everything here reads index keys (IndexedDB getAllKeys, one round trip per
 * query) and leaves rows alone; in Chromium every row read or cursor step is a
 * round trip to the browser process, which is what makes a search slow.
 */

async function rankNumber(db: DtksDatabase, digits: string, limit: number) {
  const byNik = await db.people.where('nikKey').startsWith(digits).limit(limit).primaryKeys();
  const ranked: RankedPerson[] = byNik.map((id) => ({ id, score: 2 }));
  // Family members rank below every NIK match: when those already fill the list
  // (a short prefix such as the region code), the families would be cut anyway.
  if (byNik.length >= limit) return ranked;
  const familyIds = await db.families
    .where('noKkKey')
    .startsWith(digits)
    .limit(MAX_FAMILIES_PER_KK_PREFIX)
    .primaryKeys();
  // One key read per family, all sent at once, concatenated in family id order (the order
  // `anyOf` gave). `anyOf` walked the index with a cursor, a round trip per member: on
  // 200,000 people that made a long NIK prefix as slow as a fragment (issue 17).
  const lists = await Promise.all(
    [...familyIds]
      .sort()
      .map((familyId) => db.people.where('familyId').equals(familyId).primaryKeys()),
  );
  const members = lists.flat();
  const seen = new Set(byNik);
  for (const id of members) if (!seen.has(id)) ranked.push({ id, score: 1 });
  return ranked;
}

/** Words grouped by their spelling distance from `token`, nearest first, each group in the given order. */
function byDistance(token: string, words: string[]): string[][] {
  const levels = new Map<number, string[]>();
  for (const word of words) {
    const distance = spellingDistance(token, word);
    const level = levels.get(distance);
    if (level) level.push(word);
    else levels.set(distance, [word]);
  }
  return [...levels.entries()].sort(([a], [b]) => a - b).map(([, level]) => level);
}

/** Score of a word one edit from the token ("Rahmawai" for "Rahmawati"): below a prefix, above a sound-alike. */
const NEAR_SCORE = 1.5;
/** Words read for one misspelt token: a handful of neighbours, never the vocabulary. */
const MAX_NEAR_WORDS = 8;
/**
 * A range of words can list one person under two of them ("Nur Nurhayati"), so a range
 * read takes a few keys more than the ids still wanted; when that falls short, the range
 * is read again with twice as many.
 */
const RANGE_SLACK = 1.1;
const RANGE_EXTRA_KEYS = 16;
/** The key just above every word beginning with a prefix (Dexie's startsWith uses the same). */
const AFTER_PREFIX = '\uffff';

/**
 * Per query token: 3 exact, 2 prefix, 1.5 a word one edit away, 1 same phonetic key.
 * `enough`: when the better matches already fill the list, the ones ranking below
 * would be cut anyway and are left out.
 *
 * In Chromium every index entry read costs a lookup of its row (about 30–100 µs each
 * on the loaded bench machine): on 200,000 people a three-letter fragment or a common
 * word matches thousands of entries, and reading them cost most of a search (issue 17).
 * So with a finite `enough` (one word, no filter) the reads go from the best match
 * down and stop when the list is full: the exact word first (one key lists a person
 * at most once, so `enough` keys hold `enough` ids), then only as many of the longer
 * words beginning with the token as are still wanted (in word order, the order the
 * full read ranks them in, with a little slack for a person listed under two of them),
 * then sound-alikes. Each step is a round trip, far cheaper than the keys it saves.
 * Without a bound (several words intersect) everything is read at once.
 *
 * The vocabulary (the registry's distinct words, in memory, once read) settles what to read: a
 * token that is no word and begins none needs no exact or prefix read, and is
 * looked up as the words one edit away from it, which finds a dropped consonant
 * ("Rahmawai") that the phonetic key misses. Ids go into the map best first, so
 * ties keep the index's order whichever reads were needed.
 */
async function tokenScores(
  db: DtksDatabase,
  search: NameSearch,
  token: string,
  enough: number,
): Promise<TokenMatch> {
  const { vocabulary } = search;
  const index = () => db.people.where('searchTokens');
  const full = token.length <= 2 ? MAX_KEYS_PER_SHORT_TOKEN : MAX_KEYS_PER_TOKEN;
  const bounded = Number.isFinite(enough);
  // Unbounded, a read that comes back as long as its limit may have left people out.
  // Checked where each list is used: a `.then` on the reads themselves added a step
  // between Dexie's requests, and the search's transaction committed early in the app.
  let truncated = false;
  const capped = (ids: string[], limit: number) => {
    if (!bounded && ids.length >= limit) truncated = true;
    return ids;
  };
  // One key lists a person once: `enough` keys hold `enough` ids, whatever was found before.
  const keyCap = bounded ? Math.min(full, enough) : full;
  // Until the vocabulary has been read, every token is taken as a word that begins others.
  const known = vocabulary ? vocabulary.has(token) : true;
  const longer = vocabulary ? vocabulary.isBeginningOfLonger(token) : true;
  const near = !vocabulary || known || longer ? [] : vocabulary.near(token, MAX_NEAR_WORDS);
  const none = Promise.resolve([] as string[]);
  /** Words whose ids were read whole (up to the cap) before the sound-alikes. */
  const read = new Set<string>();
  const wordKeys = (word: string) => index().equals(word).limit(keyCap).primaryKeys();
  const longerKeys = (cap: number) =>
    index().between(token, `${token}${AFTER_PREFIX}`, false, true).limit(cap).primaryKeys();
  // The words that sound like the token, the nearest spellings first (then word order,
  // each word's ids in the index's order). Bounded, one level of equally near words is read
  // at a time until the list is full ("Syarani" sounds like 34 words on 200,000 people);
  // unbounded, all at once. The order is the same either way, so a bounded search ranks as
  // the start of the full one.
  const soundAlikes = async (filled: (ids: string[]) => boolean): Promise<string[]> => {
    if (!vocabulary) {
      search.wantsVocabulary = true;
      return [];
    }
    // Every sound-alike begins with the token's letter: one key of that letter's range is
    // read so that a live query (the Warga list) watches the whole range and runs again
    // when someone is written under a word that sounds like the token, new words included.
    const letter = token.charAt(0);
    const watch = index()
      .between(letter, `${letter}${AFTER_PREFIX}`, true, true)
      .limit(1)
      .primaryKeys();
    // A word already read (the token itself, its neighbours) has all its ids scored.
    const unread = vocabulary.soundAlikes(token).filter((word) => !read.has(word));
    const levels = byDistance(token, unread);
    const ids: string[] = [];
    // Unbounded, every level is read at once: one round.
    for (const level of bounded ? levels : [levels.flat()]) {
      for (const list of await Promise.all(level.map(wordKeys))) ids.push(...capped(list, keyCap));
      if (filled(ids)) break;
    }
    await watch;
    return ids;
  };
  // Without a bound every read is wanted, so all go at once.
  const early = !bounded;
  if (known) read.add(token);
  for (const { word } of near) read.add(word);
  const [exact, longerAll, phoneticEarly, ...nearLists] = await Promise.all([
    known ? wordKeys(token) : none,
    longer && !bounded ? longerKeys(full) : none,
    early ? soundAlikes(() => false) : none,
    ...near.map(({ word }) => wordKeys(word)),
  ]);
  capped(exact, keyCap);
  if (!bounded) capped(longerAll, full);
  for (const list of nearLists) capped(list, keyCap);
  // Best first, so ties keep the index's order whichever reads were needed.
  const scores = new Map<string, number>();
  for (const id of exact) scores.set(id, 3);
  const addLonger = (ids: string[]) => {
    for (const id of ids) if (!scores.has(id)) scores.set(id, 2);
  };
  addLonger(longerAll);
  if (longer && bounded && scores.size < enough) {
    let cap = Math.min(full, Math.ceil((enough - scores.size) * RANGE_SLACK) + RANGE_EXTRA_KEYS);
    for (;;) {
      // A longer read begins with the shorter one's keys: adding it again keeps the order.
      const ids = await longerKeys(cap);
      addLonger(ids);
      if (scores.size >= enough || ids.length < cap || cap >= full) break;
      cap = Math.min(full, cap * 2);
    }
  }
  // A word nobody has any more can still be in the vocabulary: then it is treated as misspelt.
  const staleWords =
    vocabulary && (known || longer) && scores.size === 0
      ? vocabulary.near(token, MAX_NEAR_WORDS)
      : [];
  const stale = await Promise.all(staleWords.map(({ word }) => wordKeys(word)));
  for (const { word } of staleWords) read.add(word);
  for (const list of stale) capped(list, keyCap);
  for (const list of [...nearLists, ...stale]) {
    for (const id of list) if (!scores.has(id)) scores.set(id, NEAR_SCORE);
  }
  if (scores.size >= enough) return { scores, truncated };
  const phonetic = early
    ? phoneticEarly
    : await soundAlikes(
        // A person under two sound-alike words counts once.
        (ids) => scores.size + new Set(ids.filter((id) => !scores.has(id))).size >= enough,
      );
  for (const id of phonetic) {
    if (scores.size >= enough) break;
    if (!scores.has(id)) scores.set(id, 1);
  }
  return { scores, truncated };
}

/** A token's matches; `truncated` when a read without a bound stopped at its cap. */
type TokenMatch = { scores: Map<string, number>; truncated: boolean };

/**
 * What one name search knows of the vocabulary: the words, once read, and whether a
 * token wanted its sound-alikes before they were (then the search is run again).
 */
type NameSearch = { vocabulary: NameVocabulary | null; wantsVocabulary: boolean };

async function rankName(
  db: DtksDatabase,
  search: NameSearch,
  tokens: string[],
  limit: number,
): Promise<RankedPerson[]> {
  // Only a single word can be settled by its own count; several words intersect.
  const enough = tokens.length === 1 ? limit : Infinity;
  // Every read is awaited here, in this one function: each further async step between two
  // requests of the search's transaction is a native await Dexie must carry the
  // transaction across, and a version with one more step (the several-word reads in a
  // function of their own) lost it now and then in Chromium: "Transaction committed too
  // early" on the letter form's resident search (stop 31's e2e).
  const read = await Promise.all(tokens.map((token) => tokenScores(db, search, token, enough)));
  const plan = planWords(tokens, read);
  if (!plan.check) return plan.ranked;
  const rows = await db.people.bulkGet(plan.check.candidates.map((entry) => entry.id));
  return scoreOnRows(search.vocabulary, plan.check, rows);
}

/**
 * The people under every one of the maps, their scores summed, best first; ties in the
 * order of the smallest map (the index's order).
 */
function intersect(perToken: Map<string, number>[]): RankedPerson[] {
  const [smallest, ...rest] = [...perToken].sort((a, b) => a.size - b.size);
  if (!smallest) return [];
  const ranked: RankedPerson[] = [];
  for (const [id, first] of smallest) {
    let score = first;
    let everywhere = true;
    for (const scores of rest) {
      const next = scores.get(id);
      if (next === undefined) {
        everywhere = false;
        break;
      }
      score += next;
    }
    if (everywhere) ranked.push({ id, score });
  }
  // Stable on ties: the index already returned them in key order.
  return ranked.sort((a, b) => b.score - a.score);
}

/** The most people whose rows are read to check the words of a search read only in part. */
const MAX_ROWS_CHECKED = 1_000;

/** Words read in part, to be checked on the rows of the candidates the other words gave. */
type RowCheck = { candidates: RankedPerson[]; partly: string[] };

/**
 * Several words: everyone matching all of them. A word read only up to its cap (a word
 * or fragment of one or two letters past 2,000 people: "br" in Batak women's names, "ni",
 * "i"; any word past 20,000) cannot be intersected by its keys: the people after the cap
 * would be dropped ("Tiurma Rotua Br. Nainggolan" typed in full found nobody on 200,000
 * people, stop 31). So the words read whole pick the candidates, and the words read in
 * part are checked on the candidates' own rows ({@link scoreOnRows}), scored as their index
 * read would have scored them. When every word was read in part, or the candidates are more
 * than {@link MAX_ROWS_CHECKED}, the search ranks within the keys it read, as before.
 */
function planWords(
  tokens: string[],
  read: TokenMatch[],
): { ranked: RankedPerson[]; check?: undefined } | { ranked?: undefined; check: RowCheck } {
  const whole = read.filter((match) => !match.truncated).map((match) => match.scores);
  const partly = tokens.filter((_, at) => read[at]?.truncated);
  const everything = () => ({ ranked: intersect(read.map((match) => match.scores)) });
  if (partly.length === 0 || whole.length === 0) return everything();
  const candidates = intersect(whole);
  if (candidates.length > MAX_ROWS_CHECKED) return everything();
  return { check: { candidates, partly } };
}

/** The candidates whose rows hold every word read in part, each word's best score added. */
function scoreOnRows(
  vocabulary: NameVocabulary | null,
  { candidates, partly }: RowCheck,
  rows: (PersonRow | undefined)[],
): RankedPerson[] {
  const tests = partly.map((token) => wordScorer(vocabulary, token));
  const ranked: RankedPerson[] = [];
  rows.forEach((row, at) => {
    const entry = candidates[at];
    if (!row || !entry) return;
    let score = entry.score;
    for (const test of tests) {
      const best = Math.max(0, ...row.searchTokens.map(test));
      if (best === 0) return;
      score += best;
    }
    ranked.push({ id: entry.id, score });
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * How a person's word scores against a typed token, as {@link tokenScores} reads the
 * index: the word itself 3, a longer word beginning with it 2, a word one edit away
 * (only for a token that is no word and begins none) 1.5, a sound-alike 1, else 0.
 */
function wordScorer(vocabulary: NameVocabulary | null, token: string): (word: string) => number {
  const plain = !vocabulary || vocabulary.has(token) || vocabulary.isBeginningOfLonger(token);
  const near = new Set(
    plain || !vocabulary ? [] : vocabulary.near(token, MAX_NEAR_WORDS).map(({ word }) => word),
  );
  const sounds = new Set(vocabulary?.soundAlikes(token) ?? []);
  return (word) =>
    word === token
      ? 3
      : word.startsWith(token)
        ? 2
        : near.has(word)
          ? NEAR_SCORE
          : sounds.has(word)
            ? 1
            : 0;
}

/** Everyone who is not "ada": the whole of the sparse presence index, a few keys. */
const awayIds = (db: DtksDatabase) => db.people.orderBy('awayStatus').primaryKeys();

/**
 * Presence status from the sparse presence index alone: it lists only the few people
 * who are not "ada", so "ada" means "not in it".
 */
async function statusTest(
  db: DtksDatabase,
  status: PresenceStatus | undefined,
): Promise<((id: string) => boolean) | null> {
  if (!status) return null;
  if (status === 'ada') {
    const excluded = new Set(await awayIds(db));
    return (id) => !excluded.has(id);
  }
  const included = new Set(await db.people.where('awayStatus').equals(status).primaryKeys());
  return (id) => included.has(id);
}

/** Everyone with one status, in id order, without reading their rows. */
async function idsWithStatus(
  db: DtksDatabase,
  status: PresenceStatus,
  limit: number,
): Promise<string[]> {
  if (status !== 'ada') {
    return db.people.where('awayStatus').equals(status).limit(limit).primaryKeys();
  }
  const away = await awayIds(db);
  const excluded = new Set(away);
  const ids = await db.people
    .toCollection()
    .limit(limit + away.length)
    .primaryKeys();
  return ids.filter((id) => !excluded.has(id)).slice(0, limit);
}

/** RT/RW needs each person's family, so only this filter reads rows, in windows. */
async function keepInArea(
  db: DtksDatabase,
  ranked: RankedPerson[],
  area: Set<string>,
  limit: number,
): Promise<RankedPerson[]> {
  const kept: RankedPerson[] = [];
  for (let start = 0; start < ranked.length && kept.length < limit; start += ROW_WINDOW) {
    const slice = ranked.slice(start, start + ROW_WINDOW);
    const rows = await db.people.bulkGet(slice.map((entry) => entry.id));
    rows.forEach((row, index) => {
      const entry = slice[index];
      if (row && entry && area.has(row.familyId) && kept.length < limit) kept.push(entry);
    });
  }
  return kept;
}

/**
 * The ids matching a search, best first, without reading the people: the
 * list screen reads only the rows in view ({@link getPersonHits}). Digits find
 * NIK and No. KK by prefix; words find names by token prefix or by the registry
 * words that sound alike (the same phonetic key, looked up in the vocabulary), so
 * "Rahmawti" still finds "Rahmawati", and a word one edit from a registry word
 * ("Rahmawai") finds that word. A status alone lists everyone with it.
 */
export function rankPeople(
  db: DtksDatabase,
  query: string,
  options: SearchOptions = {},
): Promise<RankedPerson[]> {
  return rankWith(db, query, options, undefined);
}

/** `rankPeople`; `vocabularyRead` is for its own second run, once it has waited for the vocabulary. */
async function rankWith(
  db: DtksDatabase,
  query: string,
  options: SearchOptions,
  vocabularyRead: NameVocabulary | undefined,
): Promise<RankedPerson[]> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const compact = stripSeparators(query.trim());
  const numeric = /^\d+$/.test(compact);
  const tokens = numeric ? [] : [...new Set(nameTokens(query))];
  const byStatusOnly = compact === '' && options.status !== undefined;
  if (!byStatusOnly && !numeric && tokens.length === 0) return [];
  const hasArea = Boolean(options.rw || options.rt);
  // Not waited for unless needed: the first search of a window starts reading it and
  // ranks without it; only a search whose exact and prefix matches leave room for
  // sound-alikes (which are found through it) waits for it and runs again.
  const search: NameSearch = {
    vocabulary: tokens.length > 0 ? (vocabularyRead ?? readyVocabulary(db)) : null,
    wantsVocabulary: false,
  };

  const ranked = await db.transaction('r', [db.people, db.families], async () => {
    let ranked: RankedPerson[];
    if (byStatusOnly && options.status) {
      const ids = await idsWithStatus(db, options.status, hasArea ? Infinity : limit);
      ranked = ids.map((id) => ({ id, score: 0 }));
    } else {
      ranked = numeric
        ? await rankNumber(db, compact, limit)
        : await rankName(db, search, tokens, hasArea || options.status ? Infinity : limit);
      const test = await statusTest(db, options.status);
      if (test) ranked = ranked.filter((entry) => test(entry.id));
    }
    if (!hasArea) return ranked.slice(0, limit);
    const area = new Set(await listFamilyIds(db, { rw: options.rw, rt: options.rt }));
    return keepInArea(db, ranked, area, limit);
  });
  if (!search.wantsVocabulary) return ranked;
  // Read outside the search's transaction (it has its own); a failed read leaves the
  // search as ranked without sound-alikes.
  const read = await vocabularyOf(db).catch(() => null);
  return read ? rankWith(db, query, options, read) : ranked;
}

/** The people and their families for a list of ids, in the same order. */
export async function getPersonHits(db: DtksDatabase, ids: string[]): Promise<PersonHit[]> {
  return db.transaction('r', [db.people, db.families], async () => {
    const people = await db.people.bulkGet(ids);
    const familyIds = [...new Set(people.flatMap((person) => (person ? [person.familyId] : [])))];
    const families = new Map<string, Family>();
    for (const family of await db.families.bulkGet(familyIds)) {
      if (family) families.set(family.id, family);
    }
    const hits: PersonHit[] = [];
    for (const person of people) {
      const family = person && families.get(person.familyId);
      if (person && family) hits.push({ person, family });
    }
    return hits;
  });
}

/**
 * Search with the rows: best score first, then names in alphabetical order
 * (for a No. KK, the family in card order). Reads only the `limit` rows it returns.
 */
export async function searchPeople(
  db: DtksDatabase,
  query: string,
  options: SearchOptions = {},
): Promise<PersonHit[]> {
  const ranked = await rankPeople(db, query, options);
  const scores = new Map(ranked.map((entry) => [entry.id, entry.score]));
  const hits = await getPersonHits(
    db,
    ranked.map((entry) => entry.id),
  );
  const score = (hit: PersonHit) => scores.get(hit.person.id) ?? 0;
  const byCard = /^\d+$/.test(stripSeparators(query.trim()));
  return hits.sort(
    (a, b) =>
      score(b) - score(a) ||
      (byCard ? a.person.shdk - b.person.shdk : 0) ||
      a.person.nama.localeCompare(b.person.nama, 'id'),
  );
}
