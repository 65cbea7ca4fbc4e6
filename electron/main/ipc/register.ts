import { IPC_CHANNELS } from '@shared/ipc/contract';
import { createAppInfoHandler, type AppInfoDeps } from './app-info';
import { createAuditAnchorHandlers, type AuditAnchorDeps } from './audit-anchor';
import type { InvokeEvent } from './common';
import type { UpdateController } from '../updates/controller';
import { createOpenExternalHandler, type OpenExternalDeps } from './open-external';
import { createOpenInstallerHandler, type OpenInstallerDeps } from './open-installer';
import type { OpenedBackupInbox } from './opened-backup';
import { createPrintPdfHandler, type PrintPdfDeps } from './print-pdf';
import { createOpenProjectorHandler, type ProjectorDeps } from './projector';
import { createSaveFileHandler, type SaveFileDeps } from './save-file';
import { createShowInFolderHandler } from './show-in-folder';
import { createUpdateHandler } from './update';
import { createSyncSecretHandler, type SyncSecretDeps } from './sync-secret';
import { createWriteBackupHandler, type WriteBackupDeps } from './write-backup';

export type IpcDeps = {
  saveFile: SaveFileDeps;
  printPdf: PrintPdfDeps;
  openExternal: OpenExternalDeps;
  appInfo: AppInfoDeps;
  projector: ProjectorDeps;
  writeBackup: WriteBackupDeps;
  auditAnchor: AuditAnchorDeps;
  shell: { showItemInFolder: (filePath: string) => void };
  updates: UpdateController;
  openInstaller: OpenInstallerDeps;
  openedBackup: OpenedBackupInbox;
  syncSecret: SyncSecretDeps;
};

/** The slice of Electron's ipcMain used here, so tests can pass a recorder. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
};

export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps): void {
  // Paths saved through the dialog this session: the only ones "show in folder" may reveal.
  const savedPaths = new Set<string>();
  const saveFile = createSaveFileHandler({
    ...deps.saveFile,
    writeFile: async (filePath, data) => {
      await deps.saveFile.writeFile(filePath, data);
      savedPaths.add(filePath);
    },
  });
  const printPdf = createPrintPdfHandler(deps.printPdf);
  const openExternal = createOpenExternalHandler(deps.openExternal);
  const appInfo = createAppInfoHandler(deps.appInfo);
  const openProjector = createOpenProjectorHandler(deps.projector);
  const writeBackup = createWriteBackupHandler(deps.writeBackup);
  const auditAnchor = createAuditAnchorHandlers(deps.auditAnchor);
  const update = createUpdateHandler(deps.updates);
  const syncSecret = createSyncSecretHandler(deps.syncSecret);
  const openInstaller = createOpenInstallerHandler(deps.openInstaller);
  const showInFolder = createShowInFolderHandler({
    showItemInFolder: deps.shell.showItemInFolder,
    savedPaths,
  });

  ipcMain.handle(IPC_CHANNELS.saveFile, (event, raw) => saveFile(event, raw));
  ipcMain.handle(IPC_CHANNELS.printPdf, (event, raw) => printPdf(event, raw));
  ipcMain.handle(IPC_CHANNELS.openExternal, (event, raw) => openExternal(event, raw));
  ipcMain.handle(IPC_CHANNELS.appInfo, (event) => appInfo(event));
  ipcMain.handle(IPC_CHANNELS.openProjector, (event, raw) => openProjector(event, raw));
  ipcMain.handle(IPC_CHANNELS.writeBackup, (event, raw) => writeBackup(event, raw));
  ipcMain.handle(IPC_CHANNELS.showInFolder, (event, raw) => showInFolder(event, raw));
  ipcMain.handle(IPC_CHANNELS.auditAnchorRead, (event, raw) => auditAnchor.read(event, raw));
  ipcMain.handle(IPC_CHANNELS.auditAnchorUpdate, (event, raw) => auditAnchor.update(event, raw));
  ipcMain.handle(IPC_CHANNELS.update, (event, raw) => update(event, raw));
  ipcMain.handle(IPC_CHANNELS.openInstaller, (event, raw) => openInstaller(event, raw));
  ipcMain.handle(IPC_CHANNELS.openedBackup, (event, raw) => deps.openedBackup.handler(event, raw));
  ipcMain.handle(IPC_CHANNELS.syncSecret, (event, raw) => syncSecret(event, raw));
}
