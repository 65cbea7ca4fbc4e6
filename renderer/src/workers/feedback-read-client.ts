import type { FeedbackSheet } from '@shared/domain/ekspor/feedback';
import type { FeedbackReadMessage, FeedbackReadRequest } from './feedback-read.worker';

/** Parses a results spreadsheet in a worker that ends with the job. */
export function readFeedbackFile(
  bytes: ArrayBuffer,
): Promise<{ sheet: FeedbackSheet; sheetName: string }> {
  const worker = new Worker(new URL('./feedback-read.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FeedbackReadMessage>) => {
      worker.terminate();
      const message = event.data;
      if (message.type === 'done') resolve({ sheet: message.sheet, sheetName: message.sheetName });
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`Berkas hasil gagal dibaca: ${event.message || 'kesalahan tak dikenal'}`));
    };
    const request: FeedbackReadRequest = { bytes };
    worker.postMessage(request, [bytes]);
  });
}
