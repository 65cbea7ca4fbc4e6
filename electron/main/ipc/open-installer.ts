import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { openInstallerRequestSchema, type OpenInstallerResponse } from '@shared/ipc/contract';
import { installerExtension, type InstallerCheck } from '../updates/installer-check';
import { MEETING_OPEN_MESSAGE } from '../updates/policy';
import { UNTRUSTED_SENDER_MESSAGE, describeError, parseRequest, withSenderCheck } from './common';

export type OpenInstallerDeps = {
  platform: string;
  showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  checkInstaller: (filePath: string) => Promise<InstallerCheck>;
  isMeetingOpen: () => boolean;
  /**
   * Windows: starts the checked installer and quits, so it can replace the program
   * files (the data folder is untouched). Linux: shows the AppImage in the file manager
   * (an AppImage is replaced by copying it, not installed).
   */
  launch: (filePath: string) => Promise<void>;
};

const fail = (message: string): OpenInstallerResponse => ({ ok: false, canceled: false, message });

export function createOpenInstallerHandler(deps: OpenInstallerDeps) {
  return withSenderCheck<OpenInstallerResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(openInstallerRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      if (deps.isMeetingOpen()) return fail(MEETING_OPEN_MESSAGE);
      const extension = installerExtension(deps.platform);
      if (!extension) return fail('Sistem operasi ini tidak didukung.');

      const picked = await deps.showOpenDialog({
        title: 'Pilih berkas pemasang DTKS Kelurahan',
        buttonLabel: 'Periksa dan pasang',
        filters: [{ name: 'Pemasang DTKS Kelurahan', extensions: [extension.slice(1)] }],
        properties: ['openFile'],
      });
      const filePath = picked.filePaths[0];
      if (picked.canceled || !filePath) return { ok: false, canceled: true };

      const checked = await deps.checkInstaller(filePath);
      if (!checked.ok) return fail(checked.message);
      try {
        await deps.launch(filePath);
      } catch (error) {
        return fail(`Pemasang tidak dapat dijalankan: ${describeError(error)}`);
      }
      const named = checked.version ? ` versi ${checked.version}` : '';
      return deps.platform === 'win32'
        ? {
            ok: true,
            started: true,
            message: `Pemasang${named} sudah diperiksa dan dijalankan; aplikasi ditutup untuk diperbarui.`,
          }
        : {
            ok: true,
            started: false,
            message: `AppImage${named} sudah diperiksa. Ganti berkas AppImage lama dengan berkas ini, lalu buka lagi.`,
          };
    },
  );
}
