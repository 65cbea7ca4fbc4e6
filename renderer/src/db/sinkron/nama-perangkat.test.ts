import { describe, expect, it } from 'vitest';
import { publicKeyRowOf, type KeyRowLike } from '@shared/domain/sinkron/documents';
import type { DtksDatabase } from '../core/database';
import { getSigningKeyInfo, listVerificationKeys, OWN_KEY_ROW } from '../surat/signing';
import { freshDatabase } from '../testing/helpers';
import { isOwnAuditEntry, storeForeignAuditEntries } from './audit-perangkat';
import { deviceNames } from './nama-perangkat';
import { deviceCodeOf, ensureOwnDeviceIdStored } from './perangkat';
import { saveDeviceName } from './sync-settings';

type PublicKeyRow = { id: string; publicKeyRaw: string; createdAt: string; retiredAt?: string };

/** A PC's key as it travels: its public half only. */
async function publicKeyOf(db: DtksDatabase): Promise<PublicKeyRow> {
  return publicKeyRowOf((await db.keys.get(OWN_KEY_ROW)) as KeyRowLike) as PublicKeyRow;
}

/** What the office brings this PC from another: that PC's audit entries and its public key. */
async function receive(from: DtksDatabase, to: DtksDatabase): Promise<void> {
  const entries = (await from.audit.orderBy('seq').toArray()).filter((e) =>
    isOwnAuditEntry(from, e),
  );
  await storeForeignAuditEntries(to, entries);
  await to.keys.put(await publicKeyOf(from));
}

describe("the office's PCs by name", () => {
  it('names another PC as it named itself, else by its short code; this PC by its own setting', async () => {
    const here = freshDatabase();
    const hall = freshDatabase();
    const desk = freshDatabase();
    const hereId = await ensureOwnDeviceIdStored(here);
    const hallId = await ensureOwnDeviceIdStored(hall);
    const deskId = await ensureOwnDeviceIdStored(desk);
    await saveDeviceName(hall, 'Laptop Tua');
    await saveDeviceName(hall, 'Laptop Aula');
    await saveDeviceName(here, 'Meja Lurah');
    await storeForeignAuditEntries(
      here,
      (await hall.audit.toArray()).filter((e) => isOwnAuditEntry(hall, e)),
    );
    const names = await deviceNames(here, [hereId, hallId, deskId]);
    expect(names.get(hereId)).toBe('Meja Lurah');
    expect(names.get(hallId)).toBe('Laptop Aula'); // the latest of its names
    expect(names.get(deskId)).toBe(deviceCodeOf(deskId));
    // A name emptied again on its PC goes back to the code.
    await saveDeviceName(hall, '');
    await storeForeignAuditEntries(
      here,
      (await hall.audit.orderBy('seq').toArray()).filter((e) => isOwnAuditEntry(hall, e)).slice(-1),
    );
    expect((await deviceNames(here, [hallId])).get(hallId)).toBe(deviceCodeOf(hallId));
    for (const db of [here, hall, desk]) db.close();
  });

  it("labels other PCs' signing keys by their PC, this PC's earlier keys as its own", async () => {
    const here = freshDatabase();
    const hall = freshDatabase();
    const desk = freshDatabase();
    await saveDeviceName(hall, 'Laptop Aula');
    for (const db of [here, hall, desk]) await getSigningKeyInfo(db);
    await receive(hall, here);
    await receive(desk, here);
    // An earlier key of this PC (restored from a backup): still "Kunci lama kantor ini".
    await here.keys.put({ ...(await publicKeyOf(desk)), id: 'lama-1', publicKeyRaw: 'AAAA' });

    const labels = (await listVerificationKeys(here)).map((key) => key.label).sort();
    const deskId = await ensureOwnDeviceIdStored(desk);
    expect(labels).toEqual(
      [
        'Kunci kantor ini',
        'Kunci PC Laptop Aula',
        `Kunci PC ${deviceCodeOf(deskId)}`,
        'Kunci lama kantor ini',
      ].sort(),
    );
    for (const db of [here, hall, desk]) db.close();
  });

  it('a key whose PC is not known yet (its log not here) says so', async () => {
    const here = freshDatabase();
    const hall = freshDatabase();
    await getSigningKeyInfo(hall);
    const hallKey = await publicKeyOf(hall);
    await here.keys.put(hallKey);
    expect((await listVerificationKeys(here)).map((key) => key.label)).toEqual([
      'Kunci PC lain di kantor ini',
    ]);
    await here.keys.put({ ...hallKey, retiredAt: new Date().toISOString() });
    expect((await listVerificationKeys(here)).map((key) => key.label)).toEqual([
      'Kunci lama PC lain di kantor ini',
    ]);
    for (const db of [here, hall]) db.close();
  });
});
