import type { PdfDocument } from '@shared/reports/pdf-document';
import type { PdfMessage, PdfRequest } from './pdf.worker';

type Pending = {
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

/** Renders a document off the main thread; resolves to the PDF bytes. */
export function renderPdf(
  doc: PdfDocument,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const id = nextId;
  nextId += 1;
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    const request: PdfRequest = { id, doc };
    getWorker().postMessage(request);
  });
}

/** Starts pdfmake loading before the first document is needed. */
export function warmUpPdfWorker(): void {
  getWorker();
}
