// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import { setSessionAccount } from '../core/session';
import { createAccount, verifyLogin } from '../keamanan/account-repository';
import { PermissionError } from '../keamanan/audit-repository';
import { freshDatabase } from '../testing/helpers';
import { accountNoticeKey, renameAccountAndApplyRefused } from './akun-bentrok';
import { SyncEngine, startTracking } from './engine';
import { memoryPouch } from './testing-pouch';

const FAST = { iterations: 1_000 };

let server: SyncTestServer;
let endpoint: CouchEndpoint;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  const database = await server.createDatabase();
  endpoint = { url: server.url, database, username: server.username, password: server.password };
});

/** A PC whose first run made its own "admin" while apart from the others. */
async function pcWithAdmin(name: string, nama: string, password: string) {
  const db = freshDatabase();
  const admin = await createAccount(db, { username: 'admin', nama, role: 'admin', password }, FAST);
  setSessionAccount(db, { id: admin.id, username: 'admin', nama, role: 'admin' });
  await startTracking(db);
  const engine = new SyncEngine(db, endpoint, memoryPouch(name));
  return { db, admin, engine };
}

describe('two PCs each made an "admin" while apart', () => {
  it('the clerk renames this PC’s account and the other PC’s is stored; both sign in on every PC', async () => {
    const a = await pcWithAdmin('a', 'Siti Rahmawati', 'Sandi-PC-A-2026');
    const b = await pcWithAdmin('b', 'Dewi Lestari', 'Sandi-PC-B-2026');
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.sync();
    // Refused on both, listed where conflicts show.
    const notice = await a.db.sinkronConflicts.get(accountNoticeKey(b.admin.id));
    expect(notice?.kind).toBe('ditolak');
    expect(await b.db.sinkronConflicts.get(accountNoticeKey(a.admin.id))).toBeDefined();
    expect(await a.db.accounts.count()).toBe(1);

    // Refused input, nothing changed.
    await expect(
      renameAccountAndApplyRefused(a.db, { accountId: b.admin.id, newUsername: 'admin' }, endpoint),
    ).rejects.toThrow(/harus berbeda/);
    await expect(
      renameAccountAndApplyRefused(a.db, { accountId: b.admin.id, newUsername: 'A!' }, endpoint),
    ).rejects.toThrow(/minimal 3 karakter|huruf kecil/);
    setSessionAccount(a.db, { id: a.admin.id, username: 'admin', nama: 'x', role: 'operator' });
    await expect(
      renameAccountAndApplyRefused(
        a.db,
        { accountId: b.admin.id, newUsername: 'admin-a' },
        endpoint,
      ),
    ).rejects.toBeInstanceOf(PermissionError);
    setSessionAccount(a.db, { id: a.admin.id, username: 'admin', nama: 'Siti', role: 'admin' });
    expect((await a.db.accounts.get(a.admin.id))?.username).toBe('admin');

    const done = await renameAccountAndApplyRefused(
      a.db,
      { accountId: b.admin.id, newUsername: 'Admin-A' },
      endpoint,
    );
    expect(done).toEqual({ renamedFrom: 'admin', renamedTo: 'admin-a', applied: 'admin' });
    expect(await a.db.sinkronConflicts.get(accountNoticeKey(b.admin.id))).toBeUndefined();
    expect((await verifyLogin(a.db, 'admin-a', 'Sandi-PC-A-2026', FAST)).ok).toBe(true);
    expect((await verifyLogin(a.db, 'admin', 'Sandi-PC-B-2026', FAST)).ok).toBe(true);
    const audit = (await a.db.audit.toArray()).find((entry) =>
      entry.summary.includes('diganti menjadi “admin-a”'),
    );
    expect(audit?.actor).toContain('Siti');
    // The rename waits to go to the office; the stored account does not go back.
    expect(await a.db.sinkronOutbox.get(`accounts:${a.admin.id}`)).toBeDefined();
    expect(await a.db.sinkronOutbox.get(`accounts:${b.admin.id}`)).toBeUndefined();

    // The rename travels: B stores A's account under its new name, no clash left.
    await a.engine.sync();
    await b.engine.sync();
    expect((await b.db.accounts.get(a.admin.id))?.username).toBe('admin-a');
    // B's notice about A's account clears with it: the clash is resolved.
    expect(await b.db.sinkronConflicts.get(accountNoticeKey(a.admin.id))).toBeUndefined();
    expect(await b.db.sinkronConflicts.count()).toBe(0);
    expect((await verifyLogin(b.db, 'admin-a', 'Sandi-PC-A-2026', FAST)).ok).toBe(true);
    expect((await verifyLogin(b.db, 'admin', 'Sandi-PC-B-2026', FAST)).ok).toBe(true);
    await a.engine.sync();
    expect((await a.db.accounts.toArray()).map((row) => row.username).sort()).toEqual([
      'admin',
      'admin-a',
    ]);
    expect(await a.db.sinkronConflicts.count()).toBe(0);
    await a.engine.close();
    await b.engine.close();
  }, 120_000);
});
