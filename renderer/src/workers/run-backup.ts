import {
  anchoredDatabaseNamed,
  recordBackupHead,
  replaceAuditAnchorAfterRestore,
} from '../db/keamanan/audit-anchor';
import type { BackupMessage, BackupRequest } from './backup.worker';

type Body = BackupRequest extends infer R
  ? R extends BackupRequest
    ? Omit<R, 'id'>
    : never
  : never;
type Result = Exclude<BackupMessage, { type: 'progress' } | { type: 'failed' }>;
export type BackupProgress = Extract<BackupMessage, { type: 'progress' }>;

export type BackupJob = { promise: Promise<Result>; cancel: () => void };

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
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  let rejectJob: (error: Error) => void = () => {};
  const promise = new Promise<Result>((resolve, reject) => {
    rejectJob = reject;
    worker.onmessage = (event: MessageEvent<BackupMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message);
      worker.terminate();
      if (message.type === 'failed') reject(new Error(message.message));
      else void noteInAnchor(body.dbName, message).then(() => resolve(message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Proses latar gagal: ${event.message}`));
    };
  });
  const request = { ...body, id: 1 } as BackupRequest;
  worker.postMessage(request, request.type === 'create' ? [] : [request.bytes.buffer]);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      rejectJob(new Error('Dibatalkan'));
    },
  };
}
