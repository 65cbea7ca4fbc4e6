// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import type { DtksDatabase } from '../core/database';
import { liveQuery } from 'dexie';
import { requireSession, setSessionAccount } from '../core/session';
import { createAccount, verifyLogin } from '../keamanan/account-repository';
import { getIdentity, saveIdentity } from '../pengaturan/repository';
import { getLetterSettings, saveLetterSettings } from '../surat/settings-repository';
import { OWN_KEY_ROW } from '../surat/signing';
import { freshDatabase } from '../testing/helpers';
import { seedFamilies } from '../testing/usulan-fixtures';
import { SyncEngine, startTracking } from './engine';
import { JoinRefusal, joinOffice, type JoinProgress } from './gabung';
import { settleOfficeSettings } from './pengaturan-kantor';
import { getSyncSettings } from './sync-settings';
import type { PouchFactory } from './pouch-types';
import { memoryPouch } from './testing-pouch';
import { IDENTITY as identity } from '../testing/backup-fixtures';

const FAST = { iterations: 1_000 };
const PASSWORD = 'Rahasia-Kelurahan-2026';

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

/** The office's first PC: identity, the admin, a registry, letter settings; synced. */
async function firstPc(): Promise<{ db: DtksDatabase; people: number; pouch: PouchFactory }> {
  const db = freshDatabase();
  await saveIdentity(db, identity);
  const admin = await createAccount(
    db,
    { username: 'admin', nama: 'Siti Rahmawati', role: 'admin', password: PASSWORD },
    FAST,
  );
  setSessionAccount(db, { id: admin.id, username: 'admin', nama: admin.nama, role: 'admin' });
  await saveLetterSettings(db, { ...(await getLetterSettings(db)), paperSize: 'F4' });
  const { people } = await seedFamilies(db, 6);
  await startTracking(db);
  const pouch = memoryPouch('a');
  const engine = new SyncEngine(db, endpoint, pouch);
  await engine.sync();
  await engine.close();
  await settleOfficeSettings(db, endpoint);
  return { db, people: people.length, pouch };
}

describe('Gabung ke kantor: a new PC joins an office', () => {
  it('pulls the office’s settings, accounts and data; the clerk signs in with the office account', async () => {
    const a = await firstPc();
    const b = freshDatabase();
    const seen: JoinProgress[] = [];
    const pouchB = memoryPouch('b');
    const result = await joinOffice(b, endpoint, {
      pouch: pouchB,
      onProgress: (progress) => seen.push(progress),
      pollMs: 5,
    });
    expect(result.accounts).toBe(1);
    expect(result.kelurahan).toBe('Pahandut');
    expect(await getIdentity(b)).toEqual(await getIdentity(a.db));
    expect((await getLetterSettings(b)).paperSize).toBe('F4');
    expect(await b.people.count()).toBe(a.people);
    const login = await verifyLogin(b, 'admin', PASSWORD, FAST);
    expect(login.ok).toBe(true);
    expect(await getSyncSettings(b)).toMatchObject({ database: endpoint.database, enabled: true });
    expect(b.sinkronSwitch.tracking).toBe(true);
    expect(seen.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['uji', 'pengaturan', 'unduh', 'selesai']),
    );
    // Its own signing key, made here; only its public half waits to go to the office.
    const own = await b.keys.get(OWN_KEY_ROW);
    expect(own?.privateKey).toBeDefined();
    expect(await b.sinkronOutbox.get(`keys:${OWN_KEY_ROW}`)).toBeDefined();
    // The pulled rows are the office's: nothing of them waits to be sent back.
    expect(await b.sinkronOutbox.where('table').equals('people').count()).toBe(0);
    const audit = await b.audit.toArray();
    expect(audit.some((entry) => entry.summary.includes('bergabung ke kantor Pahandut'))).toBe(
      true,
    );

    // B's key reaches A as a verify-only key.
    // The runner's engine continues on the mirror the join filled.
    const engineB = new SyncEngine(b, endpoint, pouchB);
    expect((await engineB.sync()).pulled).toBe(0);
    await engineB.close();
    const engineA = new SyncEngine(a.db, endpoint, a.pouch);
    await engineA.sync();
    await engineA.close();
    const remoteKey = (await a.db.keys.toArray()).find((row) => row.id !== OWN_KEY_ROW);
    expect(remoteKey?.publicKeyRaw).toBe(own?.publicKeyRaw);
    expect(remoteKey && 'privateKey' in remoteKey ? remoteKey.privateKey : undefined).toBe(
      undefined,
    );
  }, 120_000);

  it('writes nothing after the identity, which opens the sign-in and its refusal of writes', async () => {
    await firstPc();
    const b = freshDatabase();
    // As the app does: the identity appearing switches to the sign-in screen, whose session
    // gate then refuses every write without a signed-in account.
    const gate = liveQuery(() => getIdentity(b)).subscribe((found) => {
      if (found) requireSession(b);
    });
    try {
      const result = await joinOffice(b, endpoint, { pouch: memoryPouch('gate') });
      expect(result.accounts).toBe(1);
      expect(await b.accounts.count()).toBe(1);
      expect((await b.keys.get(OWN_KEY_ROW))?.privateKey).toBeDefined();
    } finally {
      gate.unsubscribe();
    }
  }, 120_000);

  it('a failure after the pull leaves nothing behind, and the next try joins', async () => {
    const a = await firstPc();
    const b = freshDatabase();
    const failed = joinOffice(b, endpoint, {
      pouch: memoryPouch('b'),
      keepPassword: () => Promise.reject(new Error('safeStorage tidak tersedia')),
    });
    await expect(failed).rejects.toBeInstanceOf(JoinRefusal);
    await expect(failed).rejects.toThrow(/Tidak ada yang tertinggal/);
    expect(await getIdentity(b)).toBeNull();
    expect(await b.accounts.count()).toBe(0);
    expect(await b.people.count()).toBe(0);
    expect(await b.sinkronState.count()).toBe(0);
    expect(await b.audit.count()).toBe(0);
    expect(await getSyncSettings(b)).toBeUndefined();

    await joinOffice(b, endpoint, { pouch: memoryPouch('b3') });
    expect(await b.people.count()).toBe(a.people);
  }, 120_000);

  it('refuses an office database without a kelurahan, and a PC that already has data', async () => {
    const empty = freshDatabase();
    await expect(joinOffice(empty, endpoint, { pouch: memoryPouch('c') })).rejects.toThrow(
      /belum berisi identitas kelurahan/,
    );
    expect(await empty.sinkronState.count()).toBe(0);

    const used = freshDatabase();
    await saveIdentity(used, identity);
    await expect(joinOffice(used, endpoint, { pouch: memoryPouch('d') })).rejects.toThrow(
      /hanya untuk PC baru/,
    );

    const wrong = freshDatabase();
    await expect(
      joinOffice(wrong, { ...endpoint, database: 'tidak-ada' }, { pouch: memoryPouch('e') }),
    ).rejects.toThrow(/belum ada di server/);
  }, 120_000);
});
