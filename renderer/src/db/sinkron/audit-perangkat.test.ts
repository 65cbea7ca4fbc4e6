import { describe, expect, it } from 'vitest';
import { hashAuditEntry, linkTo } from '@shared/domain/keamanan/audit-chain';
import { verifyAuditChain } from '../keamanan/audit-chain-check';
import { appendAudit } from '../keamanan/audit-repository';
import type { AuditEntry } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';
import { isOwnAuditEntry, storeForeignAuditEntries } from './audit-perangkat';
import {
  DEVICE_SETTING_KEY,
  deviceCodeOf,
  ensureOwnDeviceIdStored,
  isLocalOnlySettingKey,
  peekOwnDeviceId,
} from './perangkat';
import { DtksDatabase as Database } from '../core/database';

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

async function ownEntries(db: DtksDatabase): Promise<AuditEntry[]> {
  return (await db.audit.orderBy('seq').toArray()).filter((e) => isOwnAuditEntry(db, e));
}

describe('audit entries carry this PC', () => {
  it('numbers and links its own entries, and keeps its id across restarts', async () => {
    const db = freshDatabase();
    const first = await write(db, 'satu');
    const second = await write(db, 'dua');
    const id = await ensureOwnDeviceIdStored(db);
    expect(first).toMatchObject({ deviceId: id, deviceSeq: 1 });
    expect(second).toMatchObject({ deviceId: id, deviceSeq: 2, prevHash: first.hash });
    expect(isLocalOnlySettingKey(DEVICE_SETTING_KEY)).toBe(true);
    db.close();
    const again = new Database(db.name);
    await again.open();
    expect(peekOwnDeviceId(again)).toBe(id);
    expect(await write(again, 'tiga')).toMatchObject({ deviceId: id, deviceSeq: 3 });
    expect((await verifyAuditChain(again)).problem).toBeNull();
  });

  it('opening the app writes nothing: the id is stored with the first entry', async () => {
    const db = freshDatabase();
    await db.open();
    expect(await db.settings.count()).toBe(0);
  });

  it("two PCs' entries interleaved in one table: each chain verifies, a break names its PC", async () => {
    const pcA = freshDatabase();
    const pcB = freshDatabase();
    for (let i = 1; i <= 4; i += 1) {
      await write(pcA, `A ${i}`);
      await write(pcB, `B ${i}`);
      // What replication brings A, batch by batch, between A's own writes.
      await storeForeignAuditEntries(pcA, await ownEntries(pcB));
    }
    const report = await verifyAuditChain(pcA);
    expect(report.problem).toBeNull();
    expect(report.checked).toBe(8);
    const b = peekOwnDeviceId(pcB)!;
    expect(report.devices.map((d) => [d.deviceId, d.checked, d.own])).toEqual([
      [peekOwnDeviceId(pcA), 4, true],
      [b, 4, false],
    ]);
    // The seq order of A's table mixes both PCs.
    const devices = (await pcA.audit.orderBy('seq').toArray()).map((e) => e.deviceId);
    expect(devices.slice(0, 4)).toEqual([peekOwnDeviceId(pcA), b, peekOwnDeviceId(pcA), b]);

    const tampered = (await pcA.audit.toArray()).find(
      (e) => e.deviceId === b && e.deviceSeq === 3,
    )!;
    await pcA.audit.put({ ...tampered, summary: 'dipalsukan' });
    const broken = await verifyAuditChain(pcA);
    expect(broken.problem).toMatchObject({ deviceId: b, kind: 'isi-berubah', seq: tampered.seq });
    // B never named itself: its short code, which B shows as its name too.
    expect(broken.problem?.message).toContain(`Rantai PC ${deviceCodeOf(b)}:`);
  });

  it("refuses entries claiming to be this PC's or carrying no device", async () => {
    const db = freshDatabase();
    const mine = await write(db, 'milik sendiri');
    await expect(storeForeignAuditEntries(db, [{ ...mine, id: 'x' }])).rejects.toThrow(
      'mengaku dari PC ini',
    );
    const { deviceId: _d, ...legacy } = mine;
    await expect(storeForeignAuditEntries(db, [legacy])).rejects.toThrow('tidak memiliki ID');
  });

  it('stores an entry once however often it arrives', async () => {
    const pcA = freshDatabase();
    const pcB = freshDatabase();
    await write(pcB, 'B 1');
    const batch = await ownEntries(pcB);
    expect(await storeForeignAuditEntries(pcA, batch)).toBe(1);
    expect(await storeForeignAuditEntries(pcA, batch)).toBe(0);
    expect(await pcA.audit.count()).toBe(1);
  });

  it('a log from before device ids verifies as before, and this PC continues it', async () => {
    const db = freshDatabase();
    await db.open();
    const legacy: AuditEntry[] = [];
    for (let seq = 1; seq <= 3; seq += 1) {
      const entry: AuditEntry = {
        id: `lama-${seq}`,
        seq,
        at: new Date(2025, 0, seq).toISOString(),
        actor: 'Siti',
        action: 'update',
        entity: 'keluarga',
        entityId: 'f',
        summary: `lama ${seq}`,
        prevHash: linkTo(legacy[legacy.length - 1]),
      };
      entry.hash = hashAuditEntry(entry);
      legacy.push(entry);
    }
    await db.audit.bulkAdd(legacy);
    expect(await verifyAuditChain(db)).toMatchObject({ problem: null, checked: 3 });
    const next = await write(db, 'baru');
    expect(next).toMatchObject({ seq: 4, deviceSeq: 1, prevHash: legacy[2]!.hash });
    expect(await verifyAuditChain(db)).toMatchObject({ problem: null, checked: 4 });
    await db.audit.delete('lama-3');
    const cut = await verifyAuditChain(db);
    expect(cut.problem).toMatchObject({ kind: 'rantai-putus', seq: 4 });
    expect(cut.problem?.message).toContain('PC ini');
  });
});
