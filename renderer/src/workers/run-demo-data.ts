import type { DemoDataMessage, DemoDataRequest } from './demo-data.worker';

export type DemoDataJob = {
  promise: Promise<{ families: number; people: number }>;
  cancel: () => void;
};

/**
 * Runs the training-data load in a worker. Cancelling terminates the worker,
 * which aborts its open transaction: the training database keeps what it had.
 */
export function runDemoDataJob(
  request: DemoDataRequest,
  onProgress: (message: Extract<DemoDataMessage, { type: 'progress' }>) => void,
): DemoDataJob {
  const worker = new Worker(new URL('./demo-data.worker.ts', import.meta.url), { type: 'module' });
  let rejectJob: (reason: Error) => void = () => {};
  const promise = new Promise<{ families: number; people: number }>((resolve, reject) => {
    rejectJob = reject;
    worker.onmessage = (event: MessageEvent<DemoDataMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'done') {
        worker.terminate();
        resolve({ families: message.families, people: message.people });
      } else {
        worker.terminate();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Proses latar gagal: ${event.message}`));
    };
  });
  worker.postMessage(request);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      rejectJob(new Error('Dibatalkan'));
    },
  };
}
