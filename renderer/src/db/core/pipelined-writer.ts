import Dexie from 'dexie';

/** What the writer needs of a Dexie table. */
export type BulkTable<T> = { bulkAdd(rows: T[]): PromiseLike<unknown> };

/** Bulk writes kept this many deep: the next chunk is built while the backend stores one. */
export const WRITES_IN_FLIGHT = 2;

/**
 * Writes rows in chunks without waiting for each chunk before building the next: the
 * browser stores a chunk in its own process while this thread builds the next one. At
 * most WRITES_IN_FLIGHT chunks wait at a time; `flush` waits for the rest, and any failed
 * write rejects `write` or `flush`, which aborts the transaction.
 */
export function pipelinedWriter(
  chunk: number,
  total: number,
  onProgress: (done: number, total: number) => void,
) {
  const inFlight: PromiseLike<void>[] = [];
  let done = 0;
  // Chunks may finish out of order (a table whose writes also keep the Beranda's summary
  // takes longer): progress is reported in the order the chunks were sent.
  const finished: { rows: number; ok: boolean }[] = [];
  const report = () => {
    while (finished[0]?.ok) {
      done += finished.shift()?.rows ?? 0;
      onProgress(done, total);
    }
  };
  return {
    /** A Dexie promise: awaiting it inside a transaction returns to that transaction. */
    write<S, T = S>(table: BulkTable<T>, items: readonly S[], build?: (item: S) => T) {
      return Dexie.Promise.resolve(writeAll(table, items, build));
    },
    /** Waits for every chunk still in flight (a Dexie promise, as `write`). */
    flush() {
      return Dexie.Promise.all(inFlight.splice(0)).then(() => undefined);
    },
  };

  async function writeAll<S, T>(table: BulkTable<T>, items: readonly S[], build?: (item: S) => T) {
    for (let i = 0; i < items.length; i += chunk) {
      const slice = items.slice(i, i + chunk);
      const rows = build ? slice.map(build) : (slice as unknown as T[]);
      // Dexie's promise, not a native one: awaiting it keeps the transaction's zone, so the
      // writes after it still run inside the caller's transaction.
      const slot = { rows: rows.length, ok: false };
      finished.push(slot);
      const written = Dexie.Promise.resolve(table.bulkAdd(rows)).then(() => {
        slot.ok = true;
        report();
      });
      // Handled here so a failure waiting its turn is not reported as unhandled;
      // the same promise is still awaited below and rejects the transaction.
      written.catch(() => undefined);
      inFlight.push(written);
      if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
    }
  }
}
