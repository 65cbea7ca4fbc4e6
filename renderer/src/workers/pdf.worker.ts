/// <reference lib="webworker" />
import { toPdfmakeDefinition } from '@shared/reports/pdf-document';
import type { PdfDocument } from '@shared/reports/pdf-document';

export type PdfRequest = { id: number; doc: PdfDocument };
export type PdfMessage =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };

type PdfMake = {
  addVirtualFileSystem(vfs: unknown): void;
  setProgressCallback(callback: (fraction: number) => void): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Uint8Array> };
};

let pdfMakePromise: Promise<PdfMake> | null = null;

/** pdfmake and its fonts (~1.8 MB) load once, on the first document. */
function loadPdfMake(): Promise<PdfMake> {
  pdfMakePromise ??= (async () => {
    const [pdfMakeModule, vfsModule] = await Promise.all([
      import('pdfmake/build/pdfmake'),
      import('pdfmake/build/vfs_fonts'),
    ]);
    const pdfMake = ((pdfMakeModule as { default?: unknown }).default ?? pdfMakeModule) as PdfMake;
    const vfs = (vfsModule as { default?: Record<string, string> }).default ?? vfsModule;
    pdfMake.addVirtualFileSystem(vfs);
    return pdfMake;
  })();
  return pdfMakePromise;
}

const post = (message: PdfMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const { id, doc } = event.data;
  try {
    const pdfMake = await loadPdfMake();
    let lastReported = 0;
    pdfMake.setProgressCallback((fraction: number) => {
      if (fraction - lastReported >= 0.02 || fraction === 1) {
        lastReported = fraction;
        post({ id, type: 'progress', fraction });
      }
    });
    const buffer = await pdfMake.createPdf(toPdfmakeDefinition(doc)).getBuffer();
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
    post({ id, type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
