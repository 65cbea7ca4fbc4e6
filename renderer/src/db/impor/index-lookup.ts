import Dexie from 'dexie';
import type { Table } from 'dexie';
import { numberKeyBounds } from '@shared/domain/warga/number-keys';

/** The unique number keys (schema v10) and the field each stands for. */
const NUMBER_FIELDS = { nikKey: 'nik', noKkKey: 'noKk' } as const;
export type NumberIndex = keyof typeof NUMBER_FIELDS;

/**
 * The rows holding each NIK or No. KK of `numbers`, in the order of `numbers` (undefined
 * where no row has it), read through the unique key `index` (`nikKey`, `noKkKey`: the
 * record entered here, else the first sync twin; shared/domain/warga/number-keys.ts). Every lookup is
 * sent to the backend at once, as Dexie's own `bulkGet` does for primary keys.
 * `where(index).anyOf(keys)` walks one cursor instead, a backend round trip per step, and on
 * a registry of 50,000 people it took 5–11 s for the 20,000 NIKs of one prelist
 * (BENCHMARKS.md). Runs inside the caller's transaction when there is one, so a write
 * transaction still sees its own snapshot.
 */
export function bulkGetByNumber<T, K, I>(
  table: Table<T, K, I>,
  index: NumberIndex,
  numbers: readonly string[],
): Promise<(T | undefined)[]> {
  // Inside a transaction that covers the table (the import's write): its own reads.
  const current = Dexie.currentTransaction;
  if (current && current.db === table.db && current.storeNames.includes(table.name)) {
    return getEach<T>(current.idbtrans, table.name, index, numbers);
  }
  return table.db.transaction('r', table, () =>
    getEach<T>(Dexie.currentTransaction.idbtrans, table.name, index, numbers),
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
  index: NumberIndex,
  keys: readonly string[],
): Promise<(T | undefined)[]> {
  const source = transaction.objectStore(store).index(index);
  const field = NUMBER_FIELDS[index];
  return new Dexie.Promise<(T | undefined)[]>((resolve, reject) => {
    const found = new Array<T | undefined>(keys.length);
    let waiting = keys.length;
    if (waiting === 0) return resolve(found);
    keys.forEach((key, at) => {
      const [lower, upper] = numberKeyBounds(key);
      const request = source.get(IDBKeyRange.bound(lower, upper)) as IDBRequest<T | undefined>;
      request.onsuccess = () => {
        const row = request.result as Record<string, unknown> | undefined;
        found[at] = row && row[field] === key ? request.result : undefined;
        waiting -= 1;
        if (waiting === 0) resolve(found);
      };
      request.onerror = () => reject(request.error ?? new Error('Pencarian indeks gagal'));
    });
  });
}

/** The rows found by bulkGetByNumber, misses left out. */
export async function findByNumber<T, K, I>(
  table: Table<T, K, I>,
  index: NumberIndex,
  numbers: readonly string[],
): Promise<T[]> {
  const found = await bulkGetByNumber(table, index, numbers);
  return found.filter((row): row is T => row !== undefined);
}
