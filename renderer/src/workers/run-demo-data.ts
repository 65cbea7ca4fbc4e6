import { startWorkerJob } from '../kit/worker-job';
import type { WorkerJob } from '../kit/worker-job';
import type { DemoDataMessage, DemoDataRequest } from './demo-data.worker';

export type DemoDataJob = WorkerJob<{ families: number; people: number }>;

/**
 * Runs the training-data load in a worker. Cancelling terminates the worker,
 * which aborts its open transaction: the training database keeps what it had.
 */
export function runDemoDataJob(
  request: DemoDataRequest,
  onProgress: (message: Extract<DemoDataMessage, { type: 'progress' }>) => void,
): DemoDataJob {
  return startWorkerJob<DemoDataMessage, { families: number; people: number }>({
    create: () => new Worker(new URL('./demo-data.worker.ts', import.meta.url), { type: 'module' }),
    request,
    step: (message) => {
      if (message.type === 'progress') return void onProgress(message);
      if (message.type === 'done')
        return { done: { families: message.families, people: message.people } };
      return { failed: message.message };
    },
    crashed: (detail) => `Proses latar gagal: ${detail}`,
  });
}
