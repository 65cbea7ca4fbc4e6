import { IPC_CHANNELS } from '@shared/ipc/contract';
import { createAppInfoHandler, type AppInfoDeps } from './app-info';
import type { InvokeEvent } from './common';
import { createOpenExternalHandler, type OpenExternalDeps } from './open-external';
import { createPrintPdfHandler, type PrintPdfDeps } from './print-pdf';
import { createSaveFileHandler, type SaveFileDeps } from './save-file';

export type IpcDeps = {
  saveFile: SaveFileDeps;
  printPdf: PrintPdfDeps;
  openExternal: OpenExternalDeps;
  appInfo: AppInfoDeps;
};

/** The slice of Electron's ipcMain used here, so tests can pass a recorder. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
};

export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps): void {
  const saveFile = createSaveFileHandler(deps.saveFile);
  const printPdf = createPrintPdfHandler(deps.printPdf);
  const openExternal = createOpenExternalHandler(deps.openExternal);
  const appInfo = createAppInfoHandler(deps.appInfo);

  ipcMain.handle(IPC_CHANNELS.saveFile, (event, raw) => saveFile(event, raw));
  ipcMain.handle(IPC_CHANNELS.printPdf, (event, raw) => printPdf(event, raw));
  ipcMain.handle(IPC_CHANNELS.openExternal, (event, raw) => openExternal(event, raw));
  ipcMain.handle(IPC_CHANNELS.appInfo, (event) => appInfo(event));
}
