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
  const inFlight: Promise<void>[] = [];
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
    async write<S, T = S>(table: BulkTable<T>, items: readonly S[], build?: (item: S) => T) {
      for (let i = 0; i < items.length; i += chunk) {
        const slice = items.slice(i, i + chunk);
        const rows = build ? slice.map(build) : (slice as unknown as T[]);
        const slot = { rows: rows.length, ok: false };
        finished.push(slot);
        const written = Promise.resolve(table.bulkAdd(rows)).then(() => {
          slot.ok = true;
          report();
        });
        // Handled here so a failure waiting its turn is not reported as unhandled;
        // the same promise is still awaited below and rejects the transaction.
        written.catch(() => undefined);
        inFlight.push(written);
        if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
      }
    },
    async flush() {
      await Promise.all(inFlight.splice(0));
    },
  };
}
