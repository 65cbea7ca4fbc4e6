import { describe, expect, it } from 'vitest';
import { WRITES_IN_FLIGHT, pipelinedWriter } from './pipelined-writer';

/** A table whose writes finish when the test says so. */
function manualTable() {
  const calls: { rows: number[]; resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    calls,
    bulkAdd(rows: number[]) {
      return new Promise<void>((resolve, reject) => calls.push({ rows, resolve, reject }));
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('pipelinedWriter', () => {
  it('builds and sends the next chunk while the one before is still being stored', async () => {
    const table = manualTable();
    const built: number[] = [];
    const writer = pipelinedWriter(2, 6, () => {});
    const writing = writer.write(table, [1, 2, 3, 4, 5, 6], (n) => {
      built.push(n);
      return n * 10;
    });
    await tick();
    // Two chunks are out before the first one has finished; the third waits.
    expect(table.calls.map((call) => call.rows)).toEqual([
      [10, 20],
      [30, 40],
    ]);
    expect(built).toEqual([1, 2, 3, 4]);
    table.calls[0]!.resolve();
    await tick();
    expect(table.calls).toHaveLength(3);
    table.calls[1]!.resolve();
    table.calls[2]!.resolve();
    await writing;
    await writer.flush();
    expect(WRITES_IN_FLIGHT).toBe(2);
  });

  it('reports progress as chunks finish, up to the total', async () => {
    const progress: [number, number][] = [];
    const writer = pipelinedWriter(3, 7, (done, total) => progress.push([done, total]));
    await writer.write({ bulkAdd: async () => undefined }, [1, 2, 3, 4, 5, 6, 7]);
    await writer.flush();
    expect(progress).toEqual([
      [3, 7],
      [6, 7],
      [7, 7],
    ]);
  });

  it('rejects with the first failure and leaves no failure unhandled', async () => {
    const table = manualTable();
    const writer = pipelinedWriter(1, 3, () => {});
    const writing = writer.write(table, [1, 2, 3]);
    await tick();
    // The queued write fails first (an aborted transaction fails every waiting request),
    // while the writer is still waiting for the one before it.
    table.calls[1]!.reject(new Error('AbortError'));
    await tick();
    table.calls[0]!.reject(new Error('QuotaExceededError'));
    await expect(writing).rejects.toThrow('QuotaExceededError');
    await expect(writer.flush()).rejects.toThrow('AbortError');
  });
});
