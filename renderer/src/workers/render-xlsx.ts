import type { XlsxMessage, XlsxRequest, XlsxSheet } from './xlsx.worker';

export type { XlsxSheet };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<XlsxMessage>) => {
    const message = event.data;
    const job = pending.get(message.id);
    if (!job) return;
    pending.delete(message.id);
    if (message.type === 'done') job.resolve(message.bytes);
    else job.reject(new Error(`Berkas XLSX gagal dibuat: ${message.message}`));
  };
  created.onerror = (event) => {
    for (const job of pending.values())
      job.reject(new Error(`Berkas XLSX gagal dibuat: ${event.message}`));
    pending.clear();
    created.terminate();
    worker = null;
  };
  worker = created;
  return created;
}

/** Writes a workbook off the main thread; text goes into text cells, never formulas. */
export function renderXlsx(sheets: XlsxSheet[]): Promise<Uint8Array> {
  const id = nextId;
  nextId += 1;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: XlsxRequest = { id, sheets };
    getWorker().postMessage(request);
  });
}
