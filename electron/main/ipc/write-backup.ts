import path from 'node:path';
import {
  AUTO_BACKUP_KEEP,
  AUTO_BACKUP_NAME,
  writeBackupRequestSchema,
  type WriteBackupResponse,
} from '@shared/ipc/contract';
import { UNTRUSTED_SENDER_MESSAGE, describeError, parseRequest, withSenderCheck } from './common';

/*
 * Automatic daily backups land in <userData>/backups, next to the data they
 * protect (a separate disk would be better: the Cadangan screen says so and
 * offers a download for that). The files are already encrypted by the
 * renderer; main only checks the name, writes atomically and prunes.
 */

export const BACKUP_DIR_NAME = 'backups';

export type BackupFs = {
  mkdir: (dir: string, options: { recursive: true }) => Promise<unknown>;
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  readdir: (dir: string) => Promise<string[]>;
  rm: (filePath: string, options: { force: true }) => Promise<void>;
};

export type WriteBackupDeps = {
  userDataDir: () => string;
  fs: BackupFs;
  keep?: number;
};

const fail = (message: string): WriteBackupResponse => ({ ok: false, message });

/** The database a backup name belongs to, so pruning one never removes the other's. */
function seriesOf(name: string): string {
  return name.startsWith('dtks-latihan-') ? 'latihan' : 'asli';
}

/** Names to delete so that at most `keep` per series remain; the timestamp sorts as text. */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const bySeries = new Map<string, string[]>();
  for (const name of names) {
    if (!AUTO_BACKUP_NAME.test(name)) continue;
    const list = bySeries.get(seriesOf(name)) ?? [];
    list.push(name);
    bySeries.set(seriesOf(name), list);
  }
  const stamp = (name: string) => name.slice(-24);
  return [...bySeries.values()].flatMap((list) =>
    list.sort((a, b) => stamp(b).localeCompare(stamp(a))).slice(keep),
  );
}

export function createWriteBackupHandler(deps: WriteBackupDeps) {
  const keep = deps.keep ?? AUTO_BACKUP_KEEP;
  return withSenderCheck<WriteBackupResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(writeBackupRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const { fileName, data } = parsed.value;
      const dir = path.resolve(deps.userDataDir(), BACKUP_DIR_NAME);
      const target = path.resolve(dir, fileName);
      // The name pattern already excludes separators; this holds even if it ever changes.
      if (path.dirname(target) !== dir) return fail('Nama berkas cadangan tidak sah.');
      const temporary = `${target}.tmp`;
      try {
        await deps.fs.mkdir(dir, { recursive: true });
        // Written beside and renamed: a crash or a full disk never leaves half a backup under the real name.
        await deps.fs.writeFile(temporary, data);
        await deps.fs.rename(temporary, target);
      } catch (error) {
        await deps.fs.rm(temporary, { force: true }).catch(() => undefined);
        return fail(`Cadangan otomatis tidak dapat ditulis: ${describeError(error)}`);
      }
      let removed = 0;
      let kept = 1;
      try {
        const names = await deps.fs.readdir(dir);
        const series = names.filter(
          (name) => AUTO_BACKUP_NAME.test(name) && seriesOf(name) === seriesOf(fileName),
        );
        for (const name of backupsToPrune(names, keep)) {
          await deps.fs.rm(path.join(dir, name), { force: true });
          removed += 1;
        }
        kept = Math.min(series.length, keep);
      } catch {
        // Pruning is housekeeping: the new backup is written, which is what matters.
      }
      return { ok: true, path: target, kept, removed };
    },
  );
}
