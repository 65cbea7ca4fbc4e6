import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { DtksDatabase } from '../core/database';

/**
 * A plain "the registry changed" signal for screens that read the registry without
 * a live query: the Warga family list reads the rows in view with one raw IndexedDB
 * transaction (read.ts `getFamilyRows`), which Dexie's live queries cannot observe.
 * Every write to families or people, whichever code makes it, raises it here, and
 * over a BroadcastChannel in the other windows and workers (the import commits in a
 * worker). It is raised when the writing transaction commits, once per transaction.
 */
const WATCHED = new Set(['families', 'people']);
const CHANNEL = 'dtks-registry-changes';

const listeners = new Map<string, Set<() => void>>();
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
  tell(dbName);
  openChannel()?.postMessage({ db: dbName });
}

/** Transactions whose commit is already awaited: one signal each, however many writes. */
const awaited = new WeakSet<object>();

/** Signals once when the writing transaction commits (not when it aborts). */
function afterCommit(dbName: string, trans: unknown): void {
  const target = trans as Partial<EventTarget> | null;
  if (!target || typeof target.addEventListener !== 'function') {
    setTimeout(() => changed(dbName), 0);
    return;
  }
  if (awaited.has(target)) return;
  awaited.add(target);
  target.addEventListener('complete', () => changed(dbName));
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
            afterCommit(dbName, request.trans);
            return table.mutate(request);
          },
        };
      },
    };
  },
};

/**
 * Calls `listener` after families or people of this database were written and
 * committed (in this window or another, or a worker). Returns the function that
 * stops listening.
 */
export function watchRegistry(db: DtksDatabase, listener: () => void): () => void {
  openChannel();
  const here = listeners.get(db.name) ?? new Set<() => void>();
  listeners.set(db.name, here.add(listener));
  return () => {
    here.delete(listener);
  };
}
