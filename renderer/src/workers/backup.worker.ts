/// <reference lib="webworker" />
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { createBackup, readBackup, restoreBackup } from '../db/cadangan/backup';
import type { BackupPhase, BackupPurpose, BackupSecret } from '../db/cadangan/backup';
import type { BackupHeader } from '../db/cadangan/file';
import { BackupError } from '../db/cadangan/file';
import { DtksDatabase } from '../db/core/database';
import type { DatabaseKind } from '../db/core/database';
import { setSessionAccount } from '../db/core/session';
import { describeStorageError } from '../db/core/storage-errors';

type Common = { id: number; dbName: string; kind: DatabaseKind; session: SessionAccount };

export type BackupRequest =
  | (Common & { type: 'create'; appVersion: string; secret: BackupSecret; purpose: BackupPurpose })
  | (Common & { type: 'restore'; bytes: Uint8Array; passphrase: string })
  /** From the first-run screen: nobody is signed in, and the database must have no account. */
  | (Omit<Common, 'session'> & {
      type: 'restore-fresh';
      session: null;
      bytes: Uint8Array;
      passphrase: string;
    });

export type BackupMessage =
  | { id: number; type: 'progress'; phase: BackupPhase; done: number; total: number }
  | { id: number; type: 'created'; bytes: Uint8Array; fileName: string; header: BackupHeader }
  | {
      id: number;
      type: 'restored';
      counts: Record<string, number>;
      auditBroken: boolean;
      header: BackupHeader;
    }
  | { id: number; type: 'failed'; message: string };

const post = (message: BackupMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

/**
 * Backups and restores run here: reading every table, compressing, the slow
 * key derivation and the bulk write stay off the window's thread. The
 * session is handed over so the data layer checks the same role here.
 */
self.onmessage = async (event: MessageEvent<BackupRequest>) => {
  const request = event.data;
  const db = new DtksDatabase(request.dbName);
  setSessionAccount(db, request.session);
  const onProgress = (phase: BackupPhase, done: number, total: number) =>
    post({ id: request.id, type: 'progress', phase, done, total });
  try {
    if (request.type === 'create') {
      const made = await createBackup(
        db,
        request.secret,
        { kind: request.kind, appVersion: request.appVersion, purpose: request.purpose },
        onProgress,
      );
      post({ id: request.id, type: 'created', ...made }, [made.bytes.buffer]);
    } else {
      const parsed = await readBackup(request.bytes, request.passphrase, { onProgress });
      const result = await restoreBackup(db, parsed, {
        kind: request.kind,
        onProgress,
        freshInstall: request.type === 'restore-fresh',
      });
      post({
        id: request.id,
        type: 'restored',
        counts: result.counts,
        auditBroken: result.auditProblem !== null,
        header: parsed.header,
      });
    }
  } catch (error) {
    const message =
      error instanceof BackupError || (error instanceof Error && error.name === 'PermissionError')
        ? error.message
        : describeStorageError(
            error,
            request.type === 'create' ? 'Membuat cadangan' : 'Memulihkan cadangan',
          );
    post({ id: request.id, type: 'failed', message });
  } finally {
    db.close();
  }
};
