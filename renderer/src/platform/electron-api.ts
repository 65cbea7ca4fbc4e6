import type { DesktopBridge } from '@shared/ipc/contract';
import type { DesktopApi } from './desktop-api';

/** DesktopApi over the preload bridge (`window.api`). */
export function createElectronApi(bridge: DesktopBridge): DesktopApi {
  return {
    runtime: 'electron',
    async saveFile(data, suggestedName, kind) {
      const result = await bridge.saveFile({ data, suggestedName, kind });
      if (result.ok) return { status: 'saved', where: result.path };
      if (result.canceled) return { status: 'canceled' };
      return { status: 'error', message: result.message };
    },
    printPdf: (data, title) => bridge.printPdf({ data, title }),
    openExternal: (url) => bridge.openExternal({ url }),
    appInfo: () => bridge.appInfo(),
    openProjector: (meetingId) => bridge.openProjector({ meetingId }),
    showItemInFolder: (path) => bridge.showInFolder({ path }),
    async writeAutoBackup(data, fileName) {
      const result = await bridge.writeBackup({ data, fileName });
      if (result.ok) return { ok: true, where: result.path, kept: result.kept };
      return { ok: false, reason: 'error', message: result.message };
    },
    async auditAnchorRead(database) {
      const result = await bridge.auditAnchorRead({ database });
      if (!result.ok) return { status: 'gagal', message: result.message };
      const { ok: _ok, ...read } = result;
      return read;
    },
    auditAnchorUpdate: (database, update) => bridge.auditAnchorUpdate({ database, update }),
    update: (request) => bridge.update(request),
    openInstaller: () => bridge.openInstaller({}),
    syncSecret: (request) => bridge.syncSecret(request),
    async takeOpenedBackup() {
      const result = await bridge.openedBackup({});
      if (!result.ok) return result;
      return {
        ok: true,
        file: result.file && { name: result.file.name, bytes: result.file.data },
      };
    },
  };
}
