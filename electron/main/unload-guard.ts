import type { BrowserWindow, MessageBoxSyncOptions } from 'electron';

/**
 * A form with unsaved input holds the page's `beforeunload`. A browser then
 * asks the user; Electron asks nobody and simply keeps the window open, so
 * the close button would seem broken. Ask here, in the app's language.
 */
export const LEAVE_QUESTION: MessageBoxSyncOptions = {
  type: 'question',
  buttons: ['Tetap di sini', 'Tutup tanpa menyimpan'],
  defaultId: 0,
  cancelId: 0,
  title: 'Isian belum disimpan',
  message: 'Ada formulir berisi isian yang belum disimpan.',
  detail: 'Jika aplikasi ditutup sekarang, isian itu hilang.',
  noLink: true,
};

type Preventable = { preventDefault(): void };

export function guardUnload(
  window: Pick<BrowserWindow, 'webContents'>,
  ask: (options: MessageBoxSyncOptions) => number,
): void {
  window.webContents.on('will-prevent-unload', (event: Preventable) => {
    // preventDefault here lets the page unload after all.
    if (ask(LEAVE_QUESTION) === 1) event.preventDefault();
  });
}
