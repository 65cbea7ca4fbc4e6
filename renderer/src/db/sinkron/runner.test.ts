/** @vitest-environment node */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterDocId } from '@shared/domain/sinkron/nomor-surat';
import type { CounterDoc } from '@shared/domain/sinkron/nomor-surat';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import { issueLetter } from '../surat/repository';
import { freshDatabase } from '../testing/helpers';
import { input, seed } from '../testing/sktm-seed';
import { couchClient, numberSourceFor, officeNumberingOf } from './nomor-kantor';
import { SyncRunner } from './runner';
import { memoryPouch } from './testing-pouch';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

describe('the sync runner wires letter numbering to the office', () => {
  it('on: numbers from the office with the same server, local letters reported after a sync; off: local again', async () => {
    const database = await server.createDatabase('kantor-runner');
    const endpoint = {
      url: server.url,
      database,
      username: server.username,
      password: server.password,
    };
    const db = freshDatabase();
    await seed(db);
    const now = new Date();
    // Three letters before office sync, numbered by this PC alone.
    for (let i = 0; i < 3; i += 1) await issueLetter(db, input(), now);
    expect(numberSourceFor(db).mode).toBe('lokal');

    const runner = new SyncRunner(db, async () => memoryPouch('pc'));
    await runner.start(endpoint);
    expect(officeNumberingOf(db)?.endpoint).toEqual(endpoint);
    expect(numberSourceFor(db).mode).toBe('kantor');
    // "Sinkronkan sekarang": the sync, then the numbering round (the join: floor 4).
    await runner.syncNow();
    const counter = await couchClient({ endpoint }).get<CounterDoc>(
      counterDocId('sktm', now.getFullYear()),
    );
    expect(counter?.next).toBe(4);
    const letter = await issueLetter(db, input(), now);
    expect(letter.seq).toBe(4);

    await runner.stop();
    expect(officeNumberingOf(db)).toBeUndefined();
    expect(numberSourceFor(db).mode).toBe('lokal');
    db.close();
  }, 120_000);
});
