import type { DtksDatabase } from '../core/database';
import { phoneticKey } from '@shared/domain/warga/person-keys';
import { isWord, listenToNameWords } from './name-words';

/**
 * The distinct name words of the registry, in memory, to resolve a misspelt word
 * to the words that are really there (issue 17). 200,000 people carry about 8,000
 * distinct words; a misspelling ("Rahmawai", "Rahmawti") is one edit away from the
 * word meant, and the phonetic key alone misses a dropped consonant.
 *
 * Lookups use a deletion neighbourhood (symmetric delete): every word is filed under
 * itself with one letter removed, and a query is looked up the same way, so a
 * dropped, added or changed letter, or two letters swapped, is found by a few map
 * lookups instead of an edit distance against every word.
 *
 * The set may hold words nobody has any more (a person renamed or deleted): looking
 * such a word up finds nobody, which is harmless. It must not miss a word someone
 * has, so every write of a person adds its words (`nameVocabularyMiddleware` in ./name-words, registered when the database opens).
 */
export class NameVocabulary {
  private readonly words = new Set<string>();
  private sorted: string[] | null = null;
  private deletions: Map<string, string[]> | null = null;
  private sounds: Map<string, string[]> | null = null;

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  get size(): number {
    return this.words.size;
  }

  add(word: string): void {
    if (!isWord(word) || this.words.has(word)) return;
    this.words.add(word);
    this.sorted = null;
    if (this.deletions) fileDeletions(this.deletions, word);
    if (this.sounds) fileSound(this.sounds, word);
  }

  /**
   * The words that sound like `token` (the same `phoneticKey`: "rahmawati" for
   * "rahmawti", "siti" for "sity"), in alphabetical order, the token itself included when
   * it is a word. On the demo's 200,000 people a key holds 1.7 words on average, 34 at most.
   */
  soundAlikes(token: string): string[] {
    const sounds = (this.sounds ??= buildSounds(this.words));
    return sounds.get(phoneticKey(token)) ?? [];
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Whether some word is `prefix` or begins with it (binary search in sorted words). */
  hasPrefix(prefix: string): boolean {
    if (this.words.has(prefix)) return true;
    return (this.sortedWords()[this.firstAtOrAfter(prefix)] ?? '').startsWith(prefix);
  }

  /** Whether some longer word begins with `word` ("rahma" begins "rahmawati"). */
  isBeginningOfLonger(word: string): boolean {
    const sorted = this.sortedWords();
    let at = this.firstAtOrAfter(word);
    if (sorted[at] === word) at += 1;
    return (sorted[at] ?? '').startsWith(word);
  }

  private sortedWords(): string[] {
    return (this.sorted ??= [...this.words].sort());
  }

  private firstAtOrAfter(key: string): number {
    const sorted = this.sortedWords();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Words within one edit (a letter dropped, added or changed, or two neighbouring
   * letters swapped) of `token`, nearest first, then alphabetical; at most `max`.
   * Words of two edits that the neighbourhood also meets come only when no word is
   * one edit away and the token is long enough (8+ letters) to bear two.
   */
  near(token: string, max: number): { word: string; distance: number }[] {
    if (token.length < MIN_FUZZY_LENGTH) return [];
    const deletions = (this.deletions ??= buildDeletions(this.words));
    const candidates = new Set<string>();
    const variants = [token, ...deletionsOf(token)];
    for (const variant of variants) {
      for (const word of deletions.get(variant) ?? []) candidates.add(word);
      if (variant !== token && this.words.has(variant)) candidates.add(variant);
    }
    candidates.delete(token);
    const scored: { word: string; distance: number }[] = [];
    for (const word of candidates) {
      const distance = spellingDistance(token, word);
      if (distance <= 2) scored.push({ word, distance });
    }
    const closest = scored.some((entry) => entry.distance === 1) ? 1 : 2;
    if (closest === 2 && token.length < MIN_TWO_EDIT_LENGTH) return [];
    return scored
      .filter((entry) => entry.distance === closest)
      .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
      .slice(0, max);
  }
}

/**
 * Shorter tokens are fragments being typed. A three-letter token is looked up only
 * when it is no word and begins none ("Aep" for "Asep"): better its neighbours than nobody.
 */
const MIN_FUZZY_LENGTH = 3;
const MIN_TWO_EDIT_LENGTH = 8;

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) {
    // Deleting either letter of a double gives the same string: file it once.
    if (i > 0 && word[i] === word[i - 1]) continue;
    out.push(word.slice(0, i) + word.slice(i + 1));
  }
  return out;
}

function fileDeletions(map: Map<string, string[]>, word: string): void {
  for (const variant of deletionsOf(word)) {
    const list = map.get(variant);
    if (list) list.push(word);
    else map.set(variant, [word]);
  }
}

function fileSound(map: Map<string, string[]>, word: string): void {
  const key = phoneticKey(word);
  const list = map.get(key);
  if (!list) map.set(key, [word]);
  else {
    // Kept in alphabetical order, as the index lists words.
    let at = list.length;
    while (at > 0 && (list[at - 1] ?? '') > word) at -= 1;
    list.splice(at, 0, word);
  }
}

function buildSounds(words: Iterable<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of [...words].sort()) fileSound(map, word);
  return map;
}

function buildDeletions(words: Iterable<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) fileDeletions(map, word);
  return map;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function spellingDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * The distinct words of the `searchTokens` index: key cursors that jump from each
 * word to the next (`continue(word + "\0")`, one seek per word), one per first
 * letter, all in flight at once in one transaction. Only keys cross into
 * JavaScript, about 8,000 on 200,000 people. A `nextunique` cursor was tried and
 * dropped: Chromium steps through every entry of a word to reach the next one,
 * 8-13 s on 200,000 people under load (issue 17).
 */
function readWords(db: DtksDatabase): Promise<string[]> {
  return db.open().then(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const tx = db.backendDB().transaction('people', 'readonly');
        const index = tx.objectStore('people').index('searchTokens');
        const stripes: string[][] = [];
        for (let code = 97; code <= 122; code += 1) {
          const words: string[] = [];
          stripes.push(words);
          const range = IDBKeyRange.bound(
            String.fromCharCode(code),
            String.fromCharCode(code + 1),
            false,
            true,
          );
          const request = index.openKeyCursor(range);
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor || typeof cursor.key !== 'string') return;
            words.push(cursor.key);
            cursor.continue(`${cursor.key}\u0000`);
          };
        }
        tx.oncomplete = () => resolve(stripes.flat());
        tx.onabort = () => reject(tx.error ?? new Error('Indeks nama warga tidak terbaca'));
      }),
  );
}

type Entry = { vocabulary: Promise<NameVocabulary> | null; ready: NameVocabulary | null };
const entries = new WeakMap<DtksDatabase, Entry>();

/**
 * The vocabulary if it has been read, else null, starting the read: a search never
 * waits for it (on 200,000 people it takes a moment) and ranks without it meanwhile.
 */
export function readyVocabulary(db: DtksDatabase): NameVocabulary | null {
  void vocabularyOf(db).catch(() => undefined);
  return entries.get(db)?.ready ?? null;
}

/**
 * The registry's vocabulary for this database, read on first use (about a second on
 * 200,000 people on a loaded machine) and kept in memory while the database is open.
 * Call it outside a Dexie transaction: it reads with its own.
 */
export function vocabularyOf(db: DtksDatabase): Promise<NameVocabulary> {
  let entry = entries.get(db);
  if (!entry) {
    const created: Entry = { vocabulary: null, ready: null };
    entry = created;
    entries.set(db, created);
    const stop = listenToNameWords(db.name, (words) => {
      void created.vocabulary?.then((built) => {
        for (const word of words) built.add(word);
      });
    });
    db.on('close', () => {
      stop();
      entries.delete(db);
    });
  }
  const current = entry;
  if (!current.vocabulary) {
    const loading = readWords(db).then((words) => {
      const built = new NameVocabulary(words);
      if (current.vocabulary === loading) current.ready = built;
      return built;
    });
    current.vocabulary = loading;
    // A failed read is tried again next time instead of being remembered.
    loading.catch(() => {
      if (current.vocabulary === loading) current.vocabulary = null;
    });
  }
  return current.vocabulary;
}
