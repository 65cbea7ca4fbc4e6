import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { printPdfRequestSchema, type PrintPdfResponse } from '@shared/ipc/contract';
import { UNTRUSTED_SENDER_MESSAGE, describeError, parseRequest, withSenderCheck } from './common';

/*
 * Printing strategy: write the PDF to a private temp folder and hand it to the
 * system's PDF viewer (shell.openPath), where the user prints with the printer
 * dialog they already know. The alternative, Chromium's PDF viewer in a hidden
 * BrowserWindow plus webContents.print(), is known to print blank pages for
 * plugin content and would need `plugins: true` on an extra window. The files
 * hold personal data (NIK), so old ones are deleted on the next print, and all
 * of them when the app quits and when it starts (after a crash); a file still
 * open in a viewer (locked on Windows) is simply left for the next round.
 */

export const PRINT_DIR_NAME = 'dtks-kelurahan-cetak';
const PRINT_FILE_PREFIX = 'cetak-';
/** Long enough for the viewer to have printed, short enough not to hoard personal data. */
export const PRINT_FILE_MAX_AGE_MS = 60 * 60 * 1000;

export type PrintFs = {
  mkdir: (dir: string, options: { recursive: true }) => Promise<unknown>;
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  readdir: (dir: string) => Promise<string[]>;
  stat: (filePath: string) => Promise<{ mtimeMs: number }>;
  rm: (filePath: string, options: { force: true }) => Promise<void>;
};

export type PrintPdfDeps = {
  tempDir: () => string;
  fs: PrintFs;
  openPath: (filePath: string) => Promise<string>;
  now?: () => number;
};

/** A readable, filesystem-safe fragment of the document title. */
export function printFileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return slug || 'dokumen';
}

async function removeOldPrintFiles(dir: string, fs: PrintFs, now: number): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(PRINT_FILE_PREFIX) || !name.endsWith('.pdf')) continue;
    const filePath = path.join(dir, name);
    try {
      const { mtimeMs } = await fs.stat(filePath);
      if (now - mtimeMs > PRINT_FILE_MAX_AGE_MS) await fs.rm(filePath, { force: true });
    } catch {
      // Locked or already gone: the next print tries again.
    }
  }
}

export type PrintCleanupFs = {
  readdirSync: (dir: string) => string[];
  rmSync: (filePath: string, options: { force: true }) => void;
};

/**
 * Deletes every print file of this app from the temp folder, whatever its age.
 * Synchronous on purpose: it runs in `will-quit`, where Electron does not wait
 * for promises. Returns how many files were removed.
 */
export function removeAllPrintFiles(tempDir: string, fs: PrintCleanupFs): number {
  const dir = path.join(tempDir, PRINT_DIR_NAME);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(PRINT_FILE_PREFIX) || !name.endsWith('.pdf')) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed += 1;
    } catch {
      // Locked by a viewer: the next start or quit tries again.
    }
  }
  return removed;
}

const fail = (message: string): PrintPdfResponse => ({ ok: false, message });

export function createPrintPdfHandler(deps: PrintPdfDeps) {
  return withSenderCheck<PrintPdfResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(printPdfRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const { title, data } = parsed.value;
      const now = (deps.now ?? Date.now)();

      const dir = path.join(deps.tempDir(), PRINT_DIR_NAME);
      await deps.fs.mkdir(dir, { recursive: true });
      await removeOldPrintFiles(dir, deps.fs, now);

      const fileName = `${PRINT_FILE_PREFIX}${printFileSlug(title)}-${randomUUID().slice(0, 8)}.pdf`;
      const filePath = path.join(dir, fileName);
      try {
        await deps.fs.writeFile(filePath, data);
      } catch (error) {
        return fail(`Berkas cetak tidak dapat dibuat: ${describeError(error)}`);
      }

      const openError = await deps.openPath(filePath);
      if (openError) {
        return fail(
          `Tidak ada aplikasi penampil PDF untuk mencetak (${openError}). Simpan berkas PDF lalu cetak dari aplikasi lain.`,
        );
      }
      return { ok: true };
    },
  );
}
