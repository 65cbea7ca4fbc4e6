import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import type { SyncSettings } from '@shared/domain/sinkron/settings';
import { useDatabase } from '../../kit/database-context';
import type { DtksDatabase } from '../../db/core/database';
import { loadBrowserPouch } from '../../db/sinkron/pouch-browser';
import { setKemudiServer } from '../../db/sinkron/kemudi';
import { runnerFor, type SyncRunner } from '../../db/sinkron/runner';
import { getSyncSettings, readSyncStatus, saveSyncSettings } from '../../db/sinkron/sync-settings';
import type { DesktopApi } from '../../platform/desktop-api';
import { useDesktopApi } from '../../platform';

export function syncRunner(db: DtksDatabase): SyncRunner {
  return runnerFor(db, loadBrowserPouch);
}

export function useSyncSettings() {
  const { db } = useDatabase();
  return useLiveQuery(() => getSyncSettings(db), [db]);
}

export function useSyncStatus() {
  const { db } = useDatabase();
  return useLiveQuery(() => readSyncStatus(db), [db]);
}

export async function endpointOf(
  settings: SyncSettings,
  api: Pick<DesktopApi, 'syncSecret'>,
): Promise<CouchEndpoint | undefined> {
  const secret = await api.syncSecret({ action: 'read' });
  if (!secret.ok) return undefined;
  return {
    url: settings.url,
    database: settings.database,
    username: settings.username,
    password: secret.password ?? '',
  };
}

/** Starts or stops the background sync as the settings say (mounted once, in the header). */
export function useSyncBackground(settings: SyncSettings | undefined) {
  const { db, kind } = useDatabase();
  const api = useDesktopApi();
  const key = settings ? JSON.stringify(settings) : '';
  useEffect(() => {
    const runner = syncRunner(db);
    if (kind !== 'real' || !settings?.enabled) {
      setKemudiServer(db, null);
      void runner.stop();
      return;
    }
    let cancelled = false;
    void endpointOf(settings, api).then((endpoint) => {
      if (cancelled || !endpoint) return;
      // The meetings' "kemudi" (one PC drives a meeting) lives on the same server.
      setKemudiServer(db, { endpoint });
      void runner.start(endpoint);
    });
    return () => {
      cancelled = true;
      setKemudiServer(db, null);
      void runner.stop();
    };
    // `key` stands for the settings' content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, kind, api, key]);
}

const sameSettings = (a: SyncSettings | undefined, b: SyncSettings) =>
  a !== undefined &&
  a.url === b.url &&
  a.database === b.database &&
  a.username === b.username &&
  a.enabled === b.enabled;

/**
 * "Simpan" on Pengaturan → Sinkronisasi kantor: the password to the OS key store, the
 * settings to the database. A change of the settings restarts the background sync by
 * itself ({@link useSyncBackground} watches them); a new password alone changes nothing
 * it watches, so the runner (and the meetings' lease) start again here with it.
 */
export async function saveSyncForm(
  db: DtksDatabase,
  api: Pick<DesktopApi, 'syncSecret'>,
  runner: Pick<SyncRunner, 'start'>,
  form: { previous: SyncSettings | undefined; next: SyncSettings; password: string },
): Promise<SyncSettings> {
  const secret = await api.syncSecret({
    action: 'save',
    password: form.password,
    origin: new URL(form.next.url).origin,
  });
  if (!secret.ok) throw new Error(secret.message);
  const saved = await saveSyncSettings(db, form.next);
  if (saved.enabled && sameSettings(form.previous, saved)) {
    const endpoint = await endpointOf(saved, api);
    if (endpoint) {
      setKemudiServer(db, { endpoint });
      await runner.start(endpoint);
    }
  }
  return saved;
}
