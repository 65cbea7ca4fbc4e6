import type { FeedbackSheet } from '@shared/domain/ekspor/feedback';
import { startWorkerJob } from '../kit/worker-job';
import { readTimeLimit } from './read-limit';
import type { FeedbackReadMessage, FeedbackReadRequest } from './feedback-read.worker';

/** Parses a results spreadsheet in a worker that ends with the job. */
export function readFeedbackFile(
  bytes: ArrayBuffer,
): Promise<{ sheet: FeedbackSheet; sheetName: string }> {
  const request: FeedbackReadRequest = { bytes };
  return startWorkerJob<FeedbackReadMessage, { sheet: FeedbackSheet; sheetName: string }>({
    create: () =>
      new Worker(new URL('./feedback-read.worker.ts', import.meta.url), { type: 'module' }),
    request,
    transfer: [bytes],
    step: (message) =>
      message.type === 'done'
        ? { done: { sheet: message.sheet, sheetName: message.sheetName } }
        : { failed: message.message },
    crashed: (detail) => `Berkas hasil gagal dibaca: ${detail}`,
    timeLimit: readTimeLimit(bytes.byteLength),
  }).promise;
}
