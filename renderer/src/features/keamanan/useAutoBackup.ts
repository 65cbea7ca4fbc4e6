import { showFailure } from '../../kit/run-action';
import { useEffect, useSyncExternalStore } from 'react';
import { canBackup } from '@shared/domain/keamanan/permissions';
import { useDatabase } from '../../kit/database-context';
import { useDesktopApi } from '../../platform';
import { runBackupJob } from '../../workers/run-backup';
import { getAutoBackupKey, subscribeAutoBackupKey } from './backup-key';
import type { SessionValue } from '../../kit/session/session-context';
import { markBackupMade } from '../../kit/session/session-store';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_MS = 10 * 60 * 1000;
const AUTO_PREFIX = 'dtks.cadangan-otomatis.';

export type AutoBackupStatus = { at: number; where: string; kept: number };

export function readAutoBackupStatus(dbName: string): AutoBackupStatus | null {
  try {
    const raw = JSON.parse(
      localStorage.getItem(`${AUTO_PREFIX}${dbName}`) ?? 'null',
    ) as AutoBackupStatus | null;
    return raw && typeof raw.at === 'number' ? raw : null;
  } catch {
    return null;
  }
}

export function useAutoBackupKey() {
  return useSyncExternalStore(subscribeAutoBackupKey, getAutoBackupKey);
}

/**
 * The daily automatic backup (desktop only): once a key was derived for this
 * session, a backup older than a day is replaced at sign-in and checked every
 * ten minutes after. It runs in a worker and writes through the main process
 * into <userData>/backups, which keeps the newest 14.
 */
export function useAutoBackup(session: SessionValue | null): void {
  const api = useDesktopApi();
  const { db, kind } = useDatabase();
  const key = useAutoBackupKey();
  const account = session?.account ?? null;

  useEffect(() => {
    if (!account || !key || api.runtime !== 'electron' || !canBackup(account.role)) return;
    let running = false;
    let stopped = false;
    const tick = async () => {
      const last = readAutoBackupStatus(db.name);
      if (running || stopped || (last && Date.now() - last.at < DAY_MS)) return;
      running = true;
      try {
        const info = await api.appInfo();
        const made = await runBackupJob(
          {
            type: 'create',
            dbName: db.name,
            kind,
            session: account,
            appVersion: info.version,
            secret: { key },
            purpose: 'otomatis',
          },
          () => {},
        ).promise;
        if (made.type !== 'created') return;
        const written = await api.writeAutoBackup(made.bytes, made.fileName);
        if (written.ok) {
          const status: AutoBackupStatus = {
            at: Date.now(),
            where: written.where,
            kept: written.kept,
          };
          localStorage.setItem(`${AUTO_PREFIX}${db.name}`, JSON.stringify(status));
          markBackupMade(db.name);
        } else if (written.reason === 'error') {
          showFailure({ title: 'Cadangan otomatis gagal', message: written.message });
        }
      } catch (error) {
        showFailure({
          title: 'Cadangan otomatis gagal',
          message: error instanceof Error ? error.message : String(error),
        });
      } finally {
        running = false;
      }
    };
    void tick();
    const timer = window.setInterval(() => void tick(), CHECK_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [account, key, api, db, kind]);
}
