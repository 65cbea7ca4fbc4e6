import { FILE_KINDS, isAllowedExternalUrl, safeFileNameSchema } from '@shared/ipc/contract';
import type { FileKind } from '@shared/ipc/contract';
import { createBrowserAnchorVault } from './browser-anchor';
import type { DesktopApi } from './desktop-api';

export const BROWSER_UPDATE_MESSAGE =
  'Pembaruan aplikasi hanya ada di aplikasi desktop. Versi peramban diperbarui bersama server yang menyajikannya.';

const MIME: Record<FileKind, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  zip: 'application/zip',
  json: 'application/json',
  backup: 'application/octet-stream',
};

function withExtension(name: string, kind: FileKind): string {
  const ext = `.${FILE_KINDS[kind].extension}`;
  return name.toLowerCase().endsWith(ext) ? name : `${name}${ext}`;
}

const SYNC_SECRET_KEY = 'dtks.sinkron.kataSandi';

/**
 * DesktopApi for a plain browser: files become downloads, printing goes
 * through a hidden iframe holding the PDF, external links open in a new tab.
 */
export function createBrowserApi(
  doc: Document = document,
  storage: Storage = localStorage,
): DesktopApi {
  const anchors = createBrowserAnchorVault(storage);
  return {
    runtime: 'browser',
    async saveFile(data, suggestedName, kind) {
      const parsed = safeFileNameSchema.safeParse(suggestedName);
      if (!parsed.success) return { status: 'error', message: 'Nama berkas tidak sah.' };
      const fileName = withExtension(parsed.data, kind);
      const url = URL.createObjectURL(new Blob([data as BlobPart], { type: MIME[kind] }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: Chromium reads the blob asynchronously after click().
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { status: 'saved', where: `Unduhan: ${fileName}` };
    },
    async printPdf(data, title) {
      const url = URL.createObjectURL(new Blob([data as BlobPart], { type: MIME.pdf }));
      const frame = doc.createElement('iframe');
      frame.title = title;
      frame.style.position = 'fixed';
      frame.style.right = '0';
      frame.style.bottom = '0';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.src = url;
      doc.body.append(frame);
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
      });
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        return { ok: true };
      } catch {
        // Some PDF viewers refuse scripted printing: open it for the user instead.
        window.open(url, '_blank', 'noopener');
        return { ok: true };
      } finally {
        setTimeout(() => {
          frame.remove();
          URL.revokeObjectURL(url);
        }, 120_000);
      }
    },
    async openExternal(url) {
      if (!isAllowedExternalUrl(url))
        return { ok: false, message: 'Alamat tidak ada di daftar yang diizinkan.' };
      window.open(url, '_blank', 'noopener,noreferrer');
      return { ok: true };
    },
    async showItemInFolder() {
      return { ok: false, message: 'Di mode peramban, berkas ada di folder Unduhan.' };
    },
    async openProjector(meetingId) {
      // A named window: opening again reuses it instead of stacking projector windows.
      const opened = window.open(
        `#/proyektor/${encodeURIComponent(meetingId)}`,
        'dtks-proyektor',
        'popup',
      );
      if (!opened) {
        return {
          ok: false,
          message:
            'Jendela proyektor diblokir peramban. Izinkan jendela munculan untuk aplikasi ini.',
        };
      }
      opened.focus();
      // A browser cannot place a window on the second screen: the user drags it there.
      return { ok: true, external: false };
    },
    // A web page cannot write into a folder of its own choosing: the Cadangan
    // screen offers a download and reminds the clerk instead.
    async writeAutoBackup() {
      return { ok: false, reason: 'browser' };
    },
    async auditAnchorRead(database) {
      try {
        return await anchors.read(database);
      } catch (error) {
        return { status: 'gagal', message: error instanceof Error ? error.message : String(error) };
      }
    },
    async auditAnchorUpdate(database, update) {
      try {
        return await anchors.update(database, update);
      } catch (error) {
        // A full localStorage (QuotaExceededError) or a profile that refuses storage.
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    async syncSecret(request) {
      // Only for this session: a browser profile has no safe place for a password.
      try {
        const session = doc.defaultView?.sessionStorage;
        if (!session) return { ok: false, message: 'Penyimpanan sesi peramban tidak tersedia.' };
        if (request.action === 'save') session.setItem(SYNC_SECRET_KEY, request.password);
        if (request.action === 'clear') session.removeItem(SYNC_SECRET_KEY);
        return {
          ok: true,
          password: session.getItem(SYNC_SECRET_KEY),
          protection: 'tanpa-enkripsi',
        };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    // The browser build is updated with the server that serves it, not by itself.
    async update() {
      return { ok: false, message: BROWSER_UPDATE_MESSAGE };
    },
    async openInstaller() {
      return { ok: false, canceled: false, message: BROWSER_UPDATE_MESSAGE };
    },
    // Only the desktop app is opened by double-clicking a backup.
    async takeOpenedBackup() {
      return { ok: true, file: null };
    },
    async appInfo() {
      return {
        name: 'DTKS Kelurahan',
        version: __APP_VERSION__,
        dataDir: `IndexedDB peramban (${location.origin})`,
        platform: navigator.platform || 'browser',
        runtime: 'browser',
        versions: { browser: navigator.userAgent },
      };
    },
  };
}
