import { createRequire } from 'node:module';
import { toPdfmakeDefinition } from '../../shared/reports/pdf-document';
import type { PdfDocument } from '../../shared/reports/pdf-document';

const require = createRequire(import.meta.url);

type PdfMakeBrowser = {
  addVirtualFileSystem(vfs: unknown): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Uint8Array> };
};

let instance: PdfMakeBrowser | null = null;

/** Renders a PdfDocument in Node with the same pdfmake build the worker uses. */
export async function renderPdfInNode(doc: PdfDocument): Promise<Uint8Array> {
  if (!instance) {
    const pdfMake = require('pdfmake/build/pdfmake.js') as PdfMakeBrowser;
    pdfMake.addVirtualFileSystem(require('pdfmake/build/vfs_fonts.js'));
    pdfMake.setUrlAccessPolicy(() => false);
    instance = pdfMake;
  }
  return instance.createPdf(toPdfmakeDefinition(doc)).getBuffer();
}
