import Dexie from 'dexie';
import type { Table } from 'dexie';

/**
 * The rows whose unique index `index` holds each of `keys`, in the order of `keys`
 * (undefined where no row has it). Every lookup is sent to the backend at once, as Dexie's
 * own `bulkGet` does for primary keys. `where(index).anyOf(keys)` walks one cursor instead,
 * a backend round trip per step, and on a registry of 50,000 people it took 5–11 s for the
 * 20,000 NIKs of one prelist (BENCHMARKS.md). Runs inside the caller's transaction when
 * there is one, so a write transaction still sees its own snapshot.
 */
export function bulkGetByIndex<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  keys: readonly string[],
): Promise<(T | undefined)[]> {
  // Inside a transaction that covers the table (the import's write): its own reads.
  const current = Dexie.currentTransaction;
  if (current && current.db === table.db && current.storeNames.includes(table.name)) {
    return getEach<T>(current.idbtrans, table.name, index, keys);
  }
  return table.db.transaction('r', table, () =>
    getEach<T>(Dexie.currentTransaction.idbtrans, table.name, index, keys),
  );
}

/**
 * One `IDBIndex.get` per key, all sent before the first answer. Raw requests, not
 * `where(index).equals(key).first()` per key: on the same 20,000 keys Dexie's query path
 * took 5–7× longer in the import worker. The promise is Dexie's, so awaiting it inside a
 * transaction stays in that transaction.
 */
function getEach<T>(
  transaction: IDBTransaction,
  store: string,
  index: string,
  keys: readonly string[],
): Promise<(T | undefined)[]> {
  const source = transaction.objectStore(store).index(index);
  return new Dexie.Promise<(T | undefined)[]>((resolve, reject) => {
    const found = new Array<T | undefined>(keys.length);
    let waiting = keys.length;
    if (waiting === 0) return resolve(found);
    keys.forEach((key, at) => {
      const request = source.get(key) as IDBRequest<T | undefined>;
      request.onsuccess = () => {
        found[at] = request.result;
        waiting -= 1;
        if (waiting === 0) resolve(found);
      };
      request.onerror = () => reject(request.error ?? new Error('Pencarian indeks gagal'));
    });
  });
}

/** The rows found by bulkGetByIndex, misses left out. */
export async function findByIndex<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  keys: readonly string[],
): Promise<T[]> {
  const found = await bulkGetByIndex(table, index, keys);
  return found.filter((row): row is T => row !== undefined);
}
