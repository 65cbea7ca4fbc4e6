import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import type { SyncSettings } from '@shared/domain/sinkron/settings';
import { useDatabase } from '../../kit/database-context';
import type { DtksDatabase } from '../../db/core/database';
import { loadBrowserPouch } from '../../db/sinkron/pouch-browser';
import { setKemudiServer } from '../../db/sinkron/kemudi';
import { runnerFor, type SyncRunner } from '../../db/sinkron/runner';
import { getSyncSettings, readSyncStatus } from '../../db/sinkron/sync-settings';
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
  api: DesktopApi,
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
