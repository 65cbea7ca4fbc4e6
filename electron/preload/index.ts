import { contextBridge, ipcRenderer } from 'electron';
import type { AppInfo, DesktopBridge, IPC_CHANNELS } from '@shared/ipc/contract';

// Written out instead of imported: a value import would bundle zod (~750 KB)
// into the preload, which runs on every page load. `typeof IPC_CHANNELS` makes
// tsc fail if these ever drift from the contract.
const CHANNELS: typeof IPC_CHANNELS = {
  saveFile: 'dtks:save-file',
  printPdf: 'dtks:print-pdf',
  openExternal: 'dtks:open-external',
  appInfo: 'dtks:app-info',
  openProjector: 'dtks:open-projector',
  writeBackup: 'dtks:write-backup',
  showInFolder: 'dtks:show-in-folder',
  auditAnchorRead: 'dtks:audit-anchor-read',
  auditAnchorUpdate: 'dtks:audit-anchor-update',
  update: 'dtks:update',
  openInstaller: 'dtks:open-installer',
  openedBackup: 'dtks:opened-backup',
  syncSecret: 'dtks:sync-secret',
};

// Each method names its channel: the page gets these thirteen calls and never
// ipcRenderer itself, so it cannot reach any other channel.
const bridge: DesktopBridge = {
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  printPdf: (request) => ipcRenderer.invoke(CHANNELS.printPdf, request),
  openExternal: (request) => ipcRenderer.invoke(CHANNELS.openExternal, request),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo) as Promise<AppInfo>,
  openProjector: (request) => ipcRenderer.invoke(CHANNELS.openProjector, request),
  writeBackup: (request) => ipcRenderer.invoke(CHANNELS.writeBackup, request),
  showInFolder: (request) => ipcRenderer.invoke(CHANNELS.showInFolder, request),
  auditAnchorRead: (request) => ipcRenderer.invoke(CHANNELS.auditAnchorRead, request),
  auditAnchorUpdate: (request) => ipcRenderer.invoke(CHANNELS.auditAnchorUpdate, request),
  update: (request) => ipcRenderer.invoke(CHANNELS.update, request),
  openInstaller: (request) => ipcRenderer.invoke(CHANNELS.openInstaller, request),
  openedBackup: (request) => ipcRenderer.invoke(CHANNELS.openedBackup, request),
  syncSecret: (request) => ipcRenderer.invoke(CHANNELS.syncSecret, request),
};

contextBridge.exposeInMainWorld('api', bridge);
