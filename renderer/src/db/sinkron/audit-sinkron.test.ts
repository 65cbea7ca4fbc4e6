// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import type { DtksDatabase } from '../core/database';
import { verifyAuditChain } from '../keamanan/audit-chain-check';
import { appendAudit } from '../keamanan/audit-repository';
import { freshDatabase } from '../testing/helpers';
import { AUDIT_DOC_PREFIX } from './audit-perangkat';
import { SyncEngine, startTracking } from './engine';
import { deviceCodeOf, peekOwnDeviceId } from './perangkat';
import { saveDeviceName } from './sync-settings';
import { memoryPouch } from './testing-pouch';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

function write(db: DtksDatabase, summary: string) {
  return db.transaction('rw', db.audit, () =>
    appendAudit(db, {
      actor: 'Siti',
      action: 'update',
      entity: 'keluarga',
      entityId: 'f',
      summary,
    }),
  );
}

describe("each PC's audit log reaches the other PCs through office sync", () => {
  it('pushed and pulled append-only; every chain verifies; a tampered entry names its PC', async () => {
    const database = await server.createDatabase('kantor-audit');
    const endpoint = {
      url: server.url,
      database,
      username: server.username,
      password: server.password,
    };
    const pcs = [freshDatabase(), freshDatabase()] as const;
    const engines: SyncEngine[] = [];
    for (const [i, db] of pcs.entries()) {
      await db.open();
      await startTracking(db);
      engines.push(new SyncEngine(db, endpoint, memoryPouch(`pc${i}`)));
    }
    const [a, b] = pcs;
    for (let i = 1; i <= 3; i += 1) {
      await write(a, `A ${i}`);
      await write(b, `B ${i}`);
    }
    await engines[0]!.sync();
    await engines[1]!.sync();
    await write(a, 'A 4');
    await engines[0]!.sync();
    await engines[1]!.sync();

    const idA = peekOwnDeviceId(a)!;
    const idB = peekOwnDeviceId(b)!;
    const onB = await b.audit.orderBy('seq').toArray();
    expect(onB.filter((entry) => entry.deviceId === idA).map((e) => e.summary)).toEqual([
      'A 1',
      'A 2',
      'A 3',
      'A 4',
    ]);
    expect((await a.audit.toArray()).filter((e) => e.deviceId === idB)).toHaveLength(3);
    for (const db of pcs) {
      const report = await verifyAuditChain(db);
      expect(report.problem).toBeNull();
      expect(report.checked).toBe(7);
      expect(report.devices.map((device) => device.deviceId).sort()).toEqual([idA, idB].sort());
    }
    // Another round sends nothing twice: one document per entry on the server.
    await engines[0]!.sync();
    await engines[1]!.sync();
    const response = await fetch(`${endpoint.url}/${endpoint.database}/_all_docs`, {
      headers: server.username
        ? { authorization: `Basic ${btoa(`${server.username}:${server.password}`)}` }
        : {},
    });
    const { rows } = (await response.json()) as { rows: { id: string }[] };
    expect(rows.filter((row) => row.id.startsWith(AUDIT_DOC_PREFIX))).toHaveLength(7);

    // A names itself; the entry travels with its chain, and B's check names A's PC by it.
    await saveDeviceName(a, 'Laptop Aula');
    await engines[0]!.sync();
    await engines[1]!.sync();
    expect((await verifyAuditChain(b)).devices.map((device) => device.label).sort()).toEqual(
      [`PC ini (${deviceCodeOf(idB)})`, 'PC Laptop Aula'].sort(),
    );
    // An entry of A changed on B: B's check names A's PC.
    const forged = onB.find((entry) => entry.deviceId === idA && entry.summary === 'A 2')!;
    await b.audit.put({ ...forged, summary: 'dipalsukan' });
    const broken = await verifyAuditChain(b);
    expect(broken.problem).toMatchObject({ deviceId: idA, kind: 'isi-berubah' });
    expect(broken.problem?.message).toContain('Rantai PC Laptop Aula:');
    for (const engine of engines) await engine.close();
  }, 120_000);
});
