import type { PdfDocument } from '@shared/reports/pdf-document';
import { CancelledError } from './cancel';
import type { PdfMessage, PdfRequest } from './pdf.worker';

type Pending = {
  request: PdfRequest;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number) => void;
};

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * One PDF worker for the whole window, kept warm: the second letter of the
 * day does not pay for loading pdfmake and its fonts again.
 */
function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<PdfMessage>) => {
    const message = event.data;
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') job.onProgress?.(message.fraction);
    else {
      pending.delete(message.id);
      if (message.type === 'done') job.resolve(message.bytes);
      else job.reject(new Error(`PDF gagal dibuat: ${message.message}`));
    }
  };
  created.onerror = (event) => {
    for (const job of pending.values()) job.reject(new Error(`PDF gagal dibuat: ${event.message}`));
    pending.clear();
    created.terminate();
    worker = null;
  };
  worker = created;
  return created;
}

/**
 * Renders a document off the main thread; resolves to the PDF bytes. pdfmake lays
 * out a document in one go, so cancelling stops the worker itself; any other
 * document it was making is handed to a fresh worker.
 */
export function renderPdf(
  doc: PdfDocument,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const id = nextId;
  nextId += 1;
  if (signal?.aborted) return Promise.reject(new CancelledError());
  return new Promise<Uint8Array>((resolve, reject) => {
    const request: PdfRequest = { id, doc };
    const settle = () => signal?.removeEventListener('abort', abort);
    const abort = () => {
      if (!pending.delete(id)) return;
      worker?.terminate();
      worker = null;
      reject(new CancelledError());
      for (const other of pending.values()) getWorker().postMessage(other.request);
    };
    pending.set(id, {
      request,
      resolve: (bytes) => {
        settle();
        resolve(bytes);
      },
      reject: (error) => {
        settle();
        reject(error);
      },
      onProgress,
    });
    signal?.addEventListener('abort', abort, { once: true });
    getWorker().postMessage(request);
  });
}

/** Starts pdfmake loading before the first document is needed. */
export function warmUpPdfWorker(): void {
  getWorker();
}
