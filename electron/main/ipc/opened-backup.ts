import path from 'node:path';
import {
  FILE_KINDS,
  MAX_FILE_BYTES,
  openedBackupRequestSchema,
  type OpenedBackupResponse,
} from '@shared/ipc/contract';
import { UNTRUSTED_SENDER_MESSAGE, describeError, parseRequest, withSenderCheck } from './common';

/*
 * Double-clicking a .dtksbak starts the app with the file's path on its command line
 * (Windows, Linux), or, when the app already runs, hands that command line to the first
 * copy through 'second-instance'. The path waits here until the renderer asks for it,
 * and is given out once: the restore screen shows it, nothing is restored until the
 * admin types the backup's passphrase there.
 */

const BACKUP_EXTENSION = `.${FILE_KINDS.backup.extension}`;

/** The backup file named on a command line, if any (the last one wins). */
export function backupPathFromArgv(argv: readonly string[]): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(BACKUP_EXTENSION));
  const last = candidates.at(-1);
  return last ? path.resolve(last) : null;
}

export type OpenedBackupDeps = {
  readFile: (filePath: string) => Promise<Uint8Array>;
  size: (filePath: string) => Promise<number>;
};

export type OpenedBackupInbox = {
  /** Called with process.argv at start and with each second instance's argv. */
  offer(argv: readonly string[]): boolean;
  handler: ReturnType<typeof createHandler>;
};

const fail = (message: string): OpenedBackupResponse => ({ ok: false, message });

function createHandler(take: () => string | null, deps: OpenedBackupDeps) {
  return withSenderCheck<OpenedBackupResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(openedBackupRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const filePath = take();
      if (!filePath) return { ok: true, file: null };
      const name = path.basename(filePath);
      try {
        if ((await deps.size(filePath)) > MAX_FILE_BYTES) {
          return fail(`Berkas ${name} terlalu besar untuk sebuah cadangan.`);
        }
        return { ok: true, file: { name, data: new Uint8Array(await deps.readFile(filePath)) } };
      } catch (error) {
        return fail(`Berkas ${name} tidak dapat dibaca: ${describeError(error)}`);
      }
    },
  );
}

export function createOpenedBackupInbox(deps: OpenedBackupDeps): OpenedBackupInbox {
  let pending: string | null = null;
  const take = () => {
    const filePath = pending;
    pending = null;
    return filePath;
  };
  return {
    offer(argv) {
      const found = backupPathFromArgv(argv);
      if (found) pending = found;
      return found !== null;
    },
    handler: createHandler(take, deps),
  };
}
