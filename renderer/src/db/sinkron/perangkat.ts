import Dexie from 'dexie';
import { z } from 'zod';
import { newId } from '@shared/domain/core/ids';
import type { DtksDatabase } from '../core/database';

/**
 * This PC's identity in an office of several PCs (issue 18.3): a stable id made once
 * per installation (per database: the training database is another "PC") by the app's
 * id factory and kept in the settings table under {@link DEVICE_SETTING_KEY}.
 *
 * It is local by nature: the sync engine must never send this row (see
 * {@link isLocalOnlySettingKey}); a PC that received another PC's id as its own would
 * write into that PC's audit chain.
 */
export const DEVICE_SETTING_KEY = 'perangkat-ini';

/**
 * Settings keys that describe this PC and never replicate: its id, and the letter
 * numbers it holds in reserve (see sinkron/nomor-kantor.ts, prefix `nomor-cadangan:`), and
 * the meetings' leases it last saw (sinkron/kemudi.ts, prefix `kemudi:`).
 */
export function isLocalOnlySettingKey(key: string): boolean {
  return (
    key === DEVICE_SETTING_KEY || key.startsWith('nomor-cadangan:') || key.startsWith('kemudi:')
  );
}

export const DEVICE_NAME_MAX = 40;

export const deviceRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  /** The PC's name as other PCs see it (the meeting's "kemudi"); made from the id when absent. */
  name: z.string().trim().min(1).max(60).optional(),
});

type Known = { id: string; stored: boolean };
const known = new WeakMap<DtksDatabase, Known>();

/**
 * Reads this PC's id when the database opens (its `ready` hook), so that
 * {@link ownDeviceId} is a plain synchronous read inside any transaction (appendAudit's
 * does not hold the settings table). A database without one gets a new id in memory;
 * it is stored with the first audit entry that uses it ({@link ownDeviceId}), so
 * opening the app writes nothing.
 */
export async function loadOwnDeviceId(db: DtksDatabase): Promise<string> {
  const row = await db.settings.get(DEVICE_SETTING_KEY);
  const parsed = deviceRecordSchema.safeParse(row?.value);
  const entry: Known = parsed.success
    ? { id: parsed.data.id, stored: true }
    : { id: newId(), stored: false };
  known.set(db, entry);
  return entry.id;
}

/**
 * Stores the id made in memory, in its own transaction. When another window of
 * the same PC stored one first, that one is kept and used from now on: entries
 * already written under this window's id stay a whole chain of their own.
 */
async function storeDeviceId(db: DtksDatabase, entry: Known, now: Date): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(DEVICE_SETTING_KEY);
    const parsed = deviceRecordSchema.safeParse(row?.value);
    if (parsed.success) {
      entry.id = parsed.data.id;
    } else {
      await db.settings.put({
        key: DEVICE_SETTING_KEY,
        value: { id: entry.id, createdAt: now.toISOString() },
      });
    }
    entry.stored = true;
  });
}

/**
 * This PC's id once the database is open; undefined before (or on a migration-test
 * database opened at an old version). The first call that finds the id not yet
 * stored starts storing it outside the caller's transaction, without waiting.
 */
export function ownDeviceId(db: DtksDatabase, now = new Date()): string | undefined {
  const entry = known.get(db);
  if (entry && !entry.stored) {
    entry.stored = true;
    void Dexie.ignoreTransaction(() =>
      storeDeviceId(db, entry, now).catch(() => {
        // Closed or full: try again with the next entry.
        entry.stored = false;
      }),
    );
  }
  return entry?.id;
}

/** Waits until the id is stored (tests, and the sync engine before its first push). */
export async function ensureOwnDeviceIdStored(db: DtksDatabase): Promise<string> {
  await db.open();
  const entry = known.get(db);
  if (!entry) throw new Error('ID perangkat belum dimuat');
  if (!entry.stored || !(await db.settings.get(DEVICE_SETTING_KEY))) {
    await storeDeviceId(db, entry, new Date());
  }
  return entry.id;
}

/** This PC's id for reading only (the chain check): never starts storing it. */
export function peekOwnDeviceId(db: DtksDatabase): string | undefined {
  return known.get(db)?.id;
}

/**
 * This PC's name as the other PCs of the office see it (who drives a meeting): the one
 * stored with its id, else one made from the id ("7KQ2XW"; the messages say "PC 7KQ2XW"), the same on every read.
 */
export async function ownDeviceName(db: DtksDatabase): Promise<string> {
  const { code, name } = await readDeviceName(db);
  return name ?? code;
}

/** This PC's short code (the default name) and the name chosen for it, if any. */
export async function readDeviceName(
  db: DtksDatabase,
): Promise<{ code: string; name: string | undefined }> {
  const row = await db.settings.get(DEVICE_SETTING_KEY);
  const parsed = deviceRecordSchema.safeParse(row?.value);
  const id = parsed.success ? parsed.data.id : (known.get(db)?.id ?? '');
  return { code: deviceCodeOf(id), name: parsed.success ? parsed.data.name : undefined };
}

/** A PC's short code, made from its id: its name until one is chosen ("PC 7KQ2XW"). */
export function deviceCodeOf(deviceId: string): string {
  return deviceId
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 6)
    .toUpperCase();
}
