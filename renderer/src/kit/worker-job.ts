import { CancelledError } from '../workers/cancel';

/** How one message from the worker moves the job: on, to its end, or to a failure. */
export type JobStep<R> = { done: R } | { failed: string } | undefined;

export type WorkerJobOptions<M, R> = {
  /** Starts the worker: `new Worker(new URL('./x.worker.ts', import.meta.url), …)` in the caller, so the bundler sees it. */
  create: () => Worker;
  request: unknown;
  transfer?: Transferable[];
  /** Reads one message: progress returns undefined, the last one says how the job ended. */
  step: (message: M) => JobStep<R> | Promise<JobStep<R>>;
  /** The sentence for a worker that crashed, given the browser's detail. */
  crashed: (detail: string) => string;
  /** Stops the job from outside, like `cancel()`. */
  signal?: AbortSignal;
  /** Ends a job still running after `ms` (a worker stuck in a loop), failing with `message`. */
  timeLimit?: { ms: number; message: string };
};

export type WorkerJob<R> = { promise: Promise<R>; cancel: () => void };

/**
 * One one-shot worker, one job: the worker is started for it and terminated when it ends,
 * fails or is cancelled. Terminating aborts any transaction the worker has open, so a
 * cancelled job leaves the data as it was; the promise then rejects with CancelledError.
 */
export function startWorkerJob<M, R>(options: WorkerJobOptions<M, R>): WorkerJob<R> {
  let settle: { reject: (error: Error) => void } = { reject: () => {} };
  let ended = false;
  let worker: Worker | null = null;
  const promise = new Promise<R>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    settle = {
      reject: (error) => {
        ended = true;
        clearTimeout(timer);
        worker?.terminate();
        reject(error);
      },
    };
    if (options.signal?.aborted) return settle.reject(new CancelledError());
    const started = options.create();
    worker = started;
    started.onmessage = (event: MessageEvent<M>) => {
      void Promise.resolve(options.step(event.data)).then(
        (step) => {
          if (!step || ended) return;
          ended = true;
          clearTimeout(timer);
          started.terminate();
          if ('done' in step) resolve(step.done);
          else reject(new Error(step.failed));
        },
        (error: unknown) =>
          settle.reject(error instanceof Error ? error : new Error(String(error))),
      );
    };
    started.onerror = (event) => {
      event.preventDefault();
      settle.reject(new Error(options.crashed(event.message || 'kesalahan tak dikenal')));
    };
    started.postMessage(options.request, options.transfer ?? []);
    const limit = options.timeLimit;
    if (limit) timer = setTimeout(() => settle.reject(new Error(limit.message)), limit.ms);
  });
  const cancel = () => {
    if (!ended) settle.reject(new CancelledError());
  };
  options.signal?.addEventListener('abort', cancel, { once: true });
  return { promise, cancel };
}
