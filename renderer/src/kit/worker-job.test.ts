import { describe, expect, it, vi } from 'vitest';
import { CancelledError } from '../workers/cancel';
import { startWorkerJob } from './worker-job';
import type { JobStep } from './worker-job';

type Message =
  | { type: 'progress'; done: number }
  | { type: 'done'; value: string }
  | { type: 'failed'; message: string };

/** A stand-in for a module worker: the test plays its side of the conversation. */
function fakeWorker() {
  const worker = {
    onmessage: null as ((event: MessageEvent<Message>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage: vi.fn(),
    terminate: vi.fn(),
  };
  const say = (data: Message) => worker.onmessage?.({ data } as MessageEvent<Message>);
  const crash = (message: string) =>
    worker.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  return { worker, say, crash, asWorker: worker as unknown as Worker };
}

function start(
  fake: ReturnType<typeof fakeWorker>,
  progress: number[],
  signal?: AbortSignal,
  timeLimit?: { ms: number; message: string },
) {
  return startWorkerJob<Message, string>({
    create: () => fake.asWorker,
    request: { go: true },
    signal,
    timeLimit,
    step: (message): JobStep<string> => {
      if (message.type === 'progress') return void progress.push(message.done);
      if (message.type === 'done') return { done: message.value };
      return { failed: message.message };
    },
    crashed: (detail) => `Proses latar gagal: ${detail}`,
  });
}

describe('startWorkerJob', () => {
  it('reports progress, resolves with the result and ends the worker', async () => {
    const fake = fakeWorker();
    const progress: number[] = [];
    const job = start(fake, progress);
    expect(fake.worker.postMessage).toHaveBeenCalledWith({ go: true }, []);
    fake.say({ type: 'progress', done: 1 });
    fake.say({ type: 'done', value: 'selesai' });
    await expect(job.promise).resolves.toBe('selesai');
    expect(progress).toEqual([1]);
    expect(fake.worker.terminate).toHaveBeenCalled();
  });

  it('rejects with the worker’s own sentence when it fails, and with a plain one when it crashes', async () => {
    const failing = fakeWorker();
    const failed = start(failing, []);
    failing.say({ type: 'failed', message: 'Berkas rusak.' });
    await expect(failed.promise).rejects.toThrow('Berkas rusak.');

    const crashing = fakeWorker();
    const crashed = start(crashing, []);
    crashing.crash('');
    await expect(crashed.promise).rejects.toThrow('Proses latar gagal: kesalahan tak dikenal');
    expect(crashing.worker.terminate).toHaveBeenCalled();
  });

  it('stops the worker when cancelled, by the job or by a signal', async () => {
    const fake = fakeWorker();
    const job = start(fake, []);
    job.cancel();
    await expect(job.promise).rejects.toBeInstanceOf(CancelledError);
    expect(fake.worker.terminate).toHaveBeenCalled();

    const controller = new AbortController();
    const signalled = fakeWorker();
    const other = start(signalled, [], controller.signal);
    controller.abort();
    await expect(other.promise).rejects.toBeInstanceOf(CancelledError);
    expect(signalled.worker.terminate).toHaveBeenCalled();
  });

  it('ends a worker stuck past its time limit with the limit’s sentence, and no sooner', async () => {
    vi.useFakeTimers();
    try {
      const limit = { ms: 30_000, message: 'Berkas tidak selesai dibaca dalam 30 detik.' };
      const stuck = fakeWorker();
      const job = start(stuck, [], undefined, limit);
      const settled = vi.fn();
      job.promise.catch(settled);
      await vi.advanceTimersByTimeAsync(29_999);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await expect(job.promise).rejects.toThrow(limit.message);
      expect(stuck.worker.terminate).toHaveBeenCalled();

      // A job that answers in time is not ended later by its timer.
      const quick = fakeWorker();
      const done = start(quick, [], undefined, limit);
      quick.say({ type: 'done', value: 'selesai' });
      await expect(done.promise).resolves.toBe('selesai');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(quick.worker.terminate).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
