/// <reference lib="webworker" />
import type { FeedbackSheet } from '@shared/domain/ekspor/feedback';
import { readSpreadsheet } from './spreadsheet-read';

export type FeedbackReadRequest = { bytes: ArrayBuffer };
export type FeedbackReadMessage =
  { type: 'done'; sheet: FeedbackSheet; sheetName: string } | { type: 'error'; message: string };

/**
 * Reads the portal's results file off the main thread. Cells come back as read: a
 * number cell stays a number, so a NIK that Excel rounded is refused, not matched.
 */
self.onmessage = async (event: MessageEvent<FeedbackReadRequest>) => {
  try {
    const read = await readSpreadsheet(new Uint8Array(event.data.bytes));
    if (!read.ok) {
      self.postMessage({ type: 'error', message: read.message } satisfies FeedbackReadMessage);
      return;
    }
    const sheet: FeedbackSheet = {
      headers: read.table.headers,
      rows: read.table.rows.map(({ row, cells }) => ({
        row,
        cells: read.table.headers.map((_, i) => cells[i] ?? null),
      })),
    };
    self.postMessage({
      type: 'done',
      sheet,
      sheetName: read.sheetName,
    } satisfies FeedbackReadMessage);
  } catch (error) {
    self.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies FeedbackReadMessage);
  }
};
