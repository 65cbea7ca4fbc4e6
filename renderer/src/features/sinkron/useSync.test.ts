// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import type { SyncSettings } from '@shared/domain/sinkron/settings';
import type { SyncSecretRequest, SyncSecretResponse } from '@shared/ipc/contract';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import { SyncRunner } from '../../db/sinkron/runner';
import { memoryPouch } from '../../db/sinkron/testing-pouch';
import type { PouchFactory } from '../../db/sinkron/pouch-types';
import { freshDatabase } from '../../db/testing/helpers';
import { saveSyncForm } from './useSync';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

/** The OS key store, in memory; and the passwords the runner's server connections used. */
function setUp() {
  let stored: string | null = null;
  const api = {
    syncSecret: async (request: SyncSecretRequest): Promise<SyncSecretResponse> => {
      if (request.action === 'save') stored = request.password;
      return { ok: true, password: stored, protection: 'safeStorage' };
    },
  };
  const used: string[] = [];
  const pouch = memoryPouch('pc');
  const recording: PouchFactory = {
    mirror: (name) => pouch.mirror(name),
    remote: (endpoint: CouchEndpoint) => {
      used.push(endpoint.password);
      return pouch.remote(endpoint);
    },
  };
  return { api, used, pouch: recording };
}

describe('Simpan on Sinkronisasi kantor', () => {
  it('a new password alone restarts the background sync with it; changed settings leave it to the settings watcher', async () => {
    const db = freshDatabase();
    const { api, used, pouch } = setUp();
    const runner = new SyncRunner(db, async () => pouch);
    const settings: SyncSettings = {
      url: server.url,
      database: await server.createDatabase('sandi'),
      username: 'kantor',
      enabled: true,
    };
    // First save: the settings are new, so the settings watcher (not this) starts the sync.
    await saveSyncForm(db, api, runner, { previous: undefined, next: settings, password: 'lama' });
    expect(runner.active).toBe(false);
    await runner.start({ ...settings, password: 'lama' });
    expect(used).toEqual(['lama']);

    // Only the password changes: nothing the watcher sees; the runner starts again with it.
    await saveSyncForm(db, api, runner, { previous: settings, next: settings, password: 'baru' });
    expect(runner.active).toBe(true);
    expect(used).toEqual(['lama', 'baru']);
    expect(await api.syncSecret({ action: 'read' })).toMatchObject({ password: 'baru' });

    // Switched off: not restarted here (the watcher stops it).
    await saveSyncForm(db, api, runner, {
      previous: settings,
      next: { ...settings, enabled: false },
      password: 'baru',
    });
    expect(used).toEqual(['lama', 'baru']);
    await runner.stop();
    db.close();
  }, 60_000);
});
