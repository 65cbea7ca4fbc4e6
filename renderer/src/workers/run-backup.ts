import {
  anchoredDatabaseNamed,
  recordBackupHead,
  replaceAuditAnchorAfterRestore,
} from '../db/keamanan/audit-anchor';
import { startWorkerJob } from '../kit/worker-job';
import type { WorkerJob } from '../kit/worker-job';
import type { BackupMessage, BackupRequest } from './backup.worker';

type Body = BackupRequest extends infer R
  ? R extends BackupRequest
    ? Omit<R, 'id'>
    : never
  : never;
type Result = Exclude<BackupMessage, { type: 'progress' } | { type: 'failed' }>;
export type BackupProgress = Extract<BackupMessage, { type: 'progress' }>;

export type BackupJob = WorkerJob<Result>;

/**
 * The audit anchor (outside IndexedDB) learns each backup's head, and starts
 * again from the restored log after a restore. Never fails the job: the
 * anchor keeps its own error for the log check.
 */
async function noteInAnchor(dbName: string, message: Result): Promise<void> {
  const db = anchoredDatabaseNamed(dbName);
  if (!db) return;
  if (message.type === 'created') await recordBackupHead(db, message.header);
  else await replaceAuditAnchorAfterRestore(db, message.header);
}

/**
 * One worker per job. Cancelling terminates it, which aborts an open write
 * transaction: a cancelled restore leaves the current data as it was.
 */
export function runBackupJob(
  body: Body,
  onProgress: (progress: BackupProgress) => void,
): BackupJob {
  const request = { ...body, id: 1 } as BackupRequest;
  return startWorkerJob<BackupMessage, Result>({
    create: () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' }),
    request,
    transfer: request.type === 'create' ? [] : [request.bytes.buffer],
    step: async (message) => {
      if (message.type === 'progress') return void onProgress(message);
      if (message.type === 'failed') return { failed: message.message };
      await noteInAnchor(body.dbName, message);
      return { done: message };
    },
    crashed: (detail) => `Proses latar gagal: ${detail}`,
  });
}
