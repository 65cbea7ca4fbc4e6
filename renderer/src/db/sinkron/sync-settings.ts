import { Refusal } from '@shared/domain/core/refusal';
import { syncSettingsSchema, type SyncSettings } from '@shared/domain/sinkron/settings';
import type { DtksDatabase } from '../core/database';
import { DATABASE_NAMES } from '../core/database';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import { currentActor } from '../pengaturan/repository';
import { startTracking } from './engine';
import {
  DEVICE_NAME_MAX,
  DEVICE_SETTING_KEY,
  deviceRecordSchema,
  ensureOwnDeviceIdStored,
  readDeviceName,
} from './perangkat';
import { STATE_KEYS } from './sync-tables';

const SETTINGS_KEY = 'settings';

export async function getSyncSettings(db: DtksDatabase): Promise<SyncSettings | undefined> {
  if (db.name === DATABASE_NAMES.training) return undefined;
  const row = await db.sinkronState.get(SETTINGS_KEY);
  const parsed = syncSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/** Saves the settings (checked at the door: the role that may change settings). */
export async function saveSyncSettings(db: DtksDatabase, input: unknown): Promise<SyncSettings> {
  checkPermission(db, 'settings', 'sinkronisasi');
  if (db.name === DATABASE_NAMES.training) {
    throw new Error('Data latihan tidak pernah disinkronkan.');
  }
  const settings = syncSettingsSchema.parse(input);
  await db.transaction('rw', db.sinkronState, db.settings, db.audit, async () => {
    await db.sinkronState.put({ key: SETTINGS_KEY, value: settings });
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'settings',
      entity: 'sinkronisasi',
      entityId: settings.database,
      summary: `Sinkronisasi kantor ${settings.enabled ? 'diaktifkan' : 'dimatikan'}: ${settings.url} / ${settings.database}`,
    });
  });
  if (settings.enabled) await startTracking(db);
  return settings;
}

/**
 * This PC's name as the office sees it (the meeting's "dipimpin dari PC …", the audit
 * entries about the kemudi and the join). Empty: back to the PC's short code. Per PC,
 * never replicated; checked at the same door as the sync settings, and logged.
 */
export async function saveDeviceName(db: DtksDatabase, input: string): Promise<string> {
  checkPermission(db, 'settings', 'sinkronisasi');
  const name = String(input ?? '')
    .trim()
    .replace(/\s+/g, ' ');
  if (name.length > DEVICE_NAME_MAX) {
    throw new Refusal(`Nama PC paling panjang ${DEVICE_NAME_MAX} karakter.`, {
      kind: 'sinkron',
      field: 'namaPc',
    });
  }
  const id = await ensureOwnDeviceIdStored(db);
  return db.transaction('rw', db.settings, db.audit, async () => {
    const row = await db.settings.get(DEVICE_SETTING_KEY);
    const parsed = deviceRecordSchema.safeParse(row?.value);
    const record = parsed.success ? parsed.data : { id, createdAt: new Date().toISOString() };
    const { code, name: before } = await readDeviceName(db);
    const { name: _old, ...rest } = record;
    await db.settings.put({ key: DEVICE_SETTING_KEY, value: name ? { ...rest, name } : rest });
    const shown = name || code;
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'settings',
      entity: 'sinkronisasi',
      entityId: record.id,
      summary: `Nama PC ini diubah: ${before ?? code} → ${shown}`,
      before: { name: before ?? null },
      after: { name: name || null },
    });
    return shown;
  });
}

export type SyncStatus = {
  lastSyncedAt?: string;
  lastError?: string;
  waiting: number;
  conflicts: number;
  refused: number;
};

export async function readSyncStatus(db: DtksDatabase): Promise<SyncStatus> {
  const [last, error, waiting, conflicts, refused] = await Promise.all([
    db.sinkronState.get(STATE_KEYS.lastSyncedAt),
    db.sinkronState.get(STATE_KEYS.lastError),
    db.sinkronOutbox.count(),
    db.sinkronConflicts.where('kind').equals('konflik').count(),
    db.sinkronConflicts.where('kind').equals('ditolak').count(),
  ]);
  return {
    ...(typeof last?.value === 'string' ? { lastSyncedAt: last.value } : {}),
    ...(typeof error?.value === 'string' ? { lastError: error.value } : {}),
    waiting,
    conflicts,
    refused,
  };
}

export function listSyncNotices(db: DtksDatabase) {
  return db.sinkronConflicts.orderBy('key').toArray();
}

export async function dismissNotice(db: DtksDatabase, key: string): Promise<void> {
  await db.sinkronConflicts.delete(key);
}
