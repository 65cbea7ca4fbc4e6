import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

/**
 * The name words of people being written, announced to the search's vocabularies
 * (`./name-vocabulary`) of this window and, over a BroadcastChannel, of the other
 * windows and the workers (the import commits in a worker). Its own file: the
 * middleware is registered when the database opens, the vocabulary (its word index
 * and spelling distance) is loaded with the search (issue 17: start-up JavaScript).
 */

/** Name words are lower-case letters (normalizeName); rows written before stop 30 also hold "~" phonetic keys. */
export const isWord = (key: unknown): key is string =>
  typeof key === 'string' && /^[a-z]+$/.test(key);

type Listener = (words: string[]) => void;
/** Per database name: the vocabularies of the open connections in this window or worker. */
const byName = new Map<string, Set<Listener>>();

const CHANNEL = 'dtks-name-words';
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (channel) {
    channel.onmessage = (event: MessageEvent<{ db?: unknown; words?: unknown }>) => {
      const { db, words } = event.data ?? {};
      if (typeof db === 'string' && Array.isArray(words)) addHere(db, words.filter(isWord));
    };
    // Node's BroadcastChannel would keep a test run alive.
    (channel as { unref?: () => void }).unref?.();
  }
  return channel;
}

function addHere(dbName: string, words: string[]): void {
  for (const listener of byName.get(dbName) ?? []) listener(words);
}

/**
 * Calls `listener` with the words of people written to database `dbName`, here or in
 * another window or worker. Returns the function that stops listening.
 */
export function listenToNameWords(dbName: string, listener: Listener): () => void {
  const here = byName.get(dbName) ?? new Set<Listener>();
  byName.set(dbName, here.add(listener));
  openChannel();
  return () => {
    here.delete(listener);
  };
}

/** The words of people being written, to every vocabulary of that database. */
function announce(dbName: string, words: string[]): void {
  if (words.length === 0) return;
  addHere(dbName, words);
  openChannel()?.postMessage({ db: dbName, words });
}

function wordsOf(values: readonly unknown[]): string[] {
  const words = new Set<string>();
  for (const value of values) {
    const tokens = (value as { searchTokens?: unknown } | null)?.searchTokens;
    if (!Array.isArray(tokens)) continue;
    for (const token of tokens) if (isWord(token)) words.add(token);
  }
  return [...words];
}

/**
 * Keeps every built vocabulary fresh: each add or put of people, whichever code
 * writes it (forms, imports, merges, restores, demo data), announces its words to
 * the vocabularies of this window and, over a BroadcastChannel, of the others and
 * the workers. Announced when the write succeeds, before its transaction commits: a
 * write rolled back leaves an unused word, which finds nobody.
 */
export const nameVocabularyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'nameVocabulary',
  create(down) {
    const dbName = down.schema.name;
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'people') return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            const values: readonly unknown[] = request.values;
            return table.mutate(request).then((result) => {
              announce(dbName, wordsOf(values));
              return result;
            });
          },
        };
      },
    };
  },
};
