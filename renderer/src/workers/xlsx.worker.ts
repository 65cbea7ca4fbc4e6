/// <reference lib="webworker" />
import { textCells } from '@shared/reports/sheet-safety';

export type XlsxSheet = { name: string; rows: (string | number | boolean | null)[][] };
export type XlsxRequest = { id: number; sheets: XlsxSheet[] };
export type XlsxMessage =
  { id: number; type: 'done'; bytes: Uint8Array } | { id: number; type: 'error'; message: string };

self.onmessage = async (event: MessageEvent<XlsxRequest>) => {
  const { id, sheets } = event.data;
  try {
    // SheetJS is large: it loads here, on the first workbook, never at start-up.
    const XLSX = await import('xlsx');
    const book = XLSX.utils.book_new();
    for (const sheet of sheets) {
      // Text cells are never formulas: values are written as given, without an apostrophe.
      const ws = XLSX.utils.aoa_to_sheet(textCells(sheet.rows));
      // Sheet names: at most 31 characters, none of : \ / ? * [ ]
      XLSX.utils.book_append_sheet(book, ws, sheet.name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31));
    }
    const out = XLSX.write(book, {
      type: 'array',
      bookType: 'xlsx',
      compression: true,
    }) as ArrayBuffer;
    const bytes = new Uint8Array(out);
    self.postMessage({ id, type: 'done', bytes } satisfies XlsxMessage, [bytes.buffer]);
  } catch (error) {
    self.postMessage({
      id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies XlsxMessage);
  }
};
