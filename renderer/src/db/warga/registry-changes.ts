import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { DtksDatabase } from '../core/database';

/**
 * A plain "the registry changed" signal for screens that read the registry without
 * a live query: the Warga family list reads the rows in view with one raw IndexedDB
 * transaction (read.ts `getFamilyRows`), which Dexie's live queries cannot observe.
 * Every write to families or people, whichever code makes it, raises it here, and
 * over a BroadcastChannel in the other windows and workers (the import commits in a
 * worker). Several writes in a row raise it once.
 */
const WATCHED = new Set(['families', 'people']);
const CHANNEL = 'dtks-registry-changes';

const listeners = new Map<string, Set<() => void>>();
const pending = new Set<string>();
let channel: BroadcastChannel | null | undefined;

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (channel) {
    channel.onmessage = (event: MessageEvent<{ db?: unknown }>) => {
      const name = event.data?.db;
      if (typeof name === 'string') tell(name);
    };
    // Node's BroadcastChannel would keep a test run alive.
    (channel as { unref?: () => void }).unref?.();
  }
  return channel;
}

function tell(dbName: string): void {
  for (const listener of listeners.get(dbName) ?? []) listener();
}

function changed(dbName: string): void {
  if (pending.has(dbName)) return;
  pending.add(dbName);
  setTimeout(() => {
    pending.delete(dbName);
    tell(dbName);
    openChannel()?.postMessage({ db: dbName });
  }, 0);
}

export const registryChangesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'registryChanges',
  create(down) {
    const dbName = down.schema.name;
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (!WATCHED.has(name)) return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            return table.mutate(request).then((result) => {
              changed(dbName);
              return result;
            });
          },
        };
      },
    };
  },
};

/**
 * Calls `listener` after families or people of this database were written (in this
 * window or another, or a worker). The signal comes once the write succeeded: a read
 * started then is queued behind the writing transaction and sees its result.
 * Returns the function that stops listening.
 */
export function watchRegistry(db: DtksDatabase, listener: () => void): () => void {
  openChannel();
  const here = listeners.get(db.name) ?? new Set<() => void>();
  listeners.set(db.name, here.add(listener));
  return () => {
    here.delete(listener);
  };
}
