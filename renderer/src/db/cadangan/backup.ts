import { deferBerandaSummary, rebuildBerandaSummary } from '../beranda/summary-middleware';
import { deferFamilyListFacts, refillFamilyListFacts } from '../warga/family-list-facts';
import { gunzipSync, gzipSync } from 'fflate';
import { z } from 'zod';

import type { ChainedEntry, ChainProblem } from '@shared/domain/keamanan/audit-chain';
import { appendAudit, assertMayWrite } from '../keamanan/audit-repository';
import { addRetiredKeys, backedUpKeySchema, publicKeysOf } from './keys';
import type { BackedUpKey } from './keys';
import { decodeValue, encodeValue } from './codec';
import type { BlobFactory } from './codec';
import { checkDeviceChains } from '@shared/domain/sinkron/audit-devices';
import {
  BackupError,
  DAMAGED,
  decryptContainer,
  deriveBackupKey,
  openContainer,
  sealBackup,
} from './file';
import type { BackupHeader, BackupKey } from './file';
import { BACKUP_ROW_SCHEMAS, BACKUP_TABLES } from './schema';
import type { BackupTableName } from './schema';
import type { DatabaseKind, DtksDatabase } from '../core/database';
import { LATEST_SCHEMA_VERSION } from '../core/schema';
import { getIdentity } from '../pengaturan/repository';
import { checkPermission } from '../keamanan/permission-door';

export type BackupSecret = { passphrase: string; iterations?: number } | { key: BackupKey };
export type BackupPurpose = 'unduhan' | 'otomatis';
export type BackupTables = Record<BackupTableName, unknown[]>;
export type BackupPhase = 'baca' | 'enkripsi' | 'periksa' | 'tulis';
export type Progress = (phase: BackupPhase, done: number, total: number) => void;

const PURPOSE_LABELS: Record<BackupPurpose, string> = {
  unduhan: 'disimpan sebagai berkas',
  otomatis: 'otomatis di folder data aplikasi',
};

const pad = (value: number) => String(value).padStart(2, '0');

/** dtks-6271011001-20261105-143000.dtksbak; "latihan" marks the training database. */
export function backupFileName(kodeWilayah: string, kind: DatabaseKind, at: Date): string {
  const code = /^\d{10}$/.test(kodeWilayah) ? kodeWilayah : '0000000000';
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `dtks-${kind === 'training' ? 'latihan-' : ''}${code}-${date}-${time}.dtksbak`;
}

/**
 * Logs the backup and reads every table in one transaction: the copy is
 * consistent, it holds the entry that records it, and a role that may not
 * back up is refused before anything is read.
 */
async function snapshot(db: DtksDatabase, purpose: BackupPurpose, fileName: string, now: Date) {
  const tables = [...BACKUP_TABLES.map((name) => db.table(name)), db.keys];
  return db.transaction('rw', tables, async () => {
    const people = await db.people.count();
    const families = await db.families.count();
    const head = await appendAudit(
      db,
      {
        actor: 'sistem',
        action: 'backup',
        entity: 'cadangan',
        entityId: fileName,
        summary: `Cadangan terenkripsi ${PURPOSE_LABELS[purpose]}: ${families} keluarga, ${people} warga (${fileName})`,
        after: { fileName, purpose },
      },
      now,
    );
    const rows = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray()));
    // Public halves only: publicKeysOf never reads a row's private key.
    const keys = publicKeysOf(await db.keys.toArray());
    return { rows, head, keys };
  });
}

/**
 * The oldest schema whose backups restore as they are. Versions 2 and 3 changed indexes only and
 * added `awayStatus`, which the database layer derives on every write of a person
 * (core/presence-middleware.ts), so a version-1 payload needs no conversion. A later version
 * that changes stored rows raises this, or converts the payload, with a test.
 */
export const OLDEST_RESTORABLE_SCHEMA = 1;

export type CreatedBackup = { bytes: Uint8Array; fileName: string; header: BackupHeader };

export type BackupMeta = {
  kind: DatabaseKind;
  appVersion: string;
  purpose?: BackupPurpose;
  now?: Date;
};

/** Makes a complete encrypted backup file of the database. */
export async function createBackup(
  db: DtksDatabase,
  secret: BackupSecret,
  meta: BackupMeta,
  onProgress: Progress = () => {},
): Promise<CreatedBackup> {
  checkPermission(db, 'backup', 'cadangan');
  const now = meta.now ?? new Date();
  const identity = await getIdentity(db);
  const fileName = backupFileName(identity?.kodeWilayah ?? '', meta.kind, now);
  // Derive first: a slow KDF must not run while a transaction holds the tables.
  const key =
    'key' in secret
      ? secret.key
      : await deriveBackupKey(secret.passphrase, { iterations: secret.iterations });
  onProgress('baca', 0, BACKUP_TABLES.length);
  const { rows, head, keys } = await snapshot(db, meta.purpose ?? 'unduhan', fileName, now);
  const tables: Record<string, unknown> = {};
  const counts: Record<string, number> = {};
  for (const [index, name] of BACKUP_TABLES.entries()) {
    const list = rows[index] ?? [];
    tables[name] = await encodeValue(list);
    counts[name] = list.length;
    onProgress('baca', index + 1, BACKUP_TABLES.length);
  }
  onProgress('enkripsi', 0, 1);
  const json = new TextEncoder().encode(JSON.stringify({ tables, keys }));
  const bytes = await sealBackup(gzipSync(json, { level: 6 }), key, {
    appVersion: meta.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    database: meta.kind,
    kelurahan: identity
      ? { kodeWilayah: identity.kodeWilayah, nama: identity.namaKelurahan }
      : null,
    counts,
    auditHead: { seq: head.seq, hash: head.hash ?? '' },
  });
  onProgress('enkripsi', 1, 1);
  return { bytes, fileName, header: openContainer(bytes).header };
}

// ---- Reading ----

export type ParsedBackup = {
  header: BackupHeader;
  tables: BackupTables;
  /** Public letter-signing keys; empty for backups made before they were carried. */
  keys: BackedUpKey[];
  /** The first broken link of the log inside the backup, or null when it is whole. */
  auditProblem: ChainProblem | null;
};

const payloadSchema = z.strictObject({
  tables: z.strictObject(
    Object.fromEntries(BACKUP_TABLES.map((name) => [name, z.array(z.unknown())])) as Record<
      BackupTableName,
      z.ZodArray<z.ZodUnknown>
    >,
  ),
  // Absent from backups made before the keys were carried: those still restore.
  keys: z.array(z.unknown()).max(1_000).optional(),
});

function content(message: string): BackupError {
  return new BackupError('isi', `Isi cadangan tidak sah: ${message}. Data yang ada tidak diubah.`);
}

/**
 * Opens, decrypts and checks a backup completely, without touching any
 * database: every failure is a BackupError with a message for the clerk.
 */
export async function readBackup(
  file: Uint8Array,
  passphrase: string,
  options: { minIterations?: number; makeBlob?: BlobFactory; onProgress?: Progress } = {},
): Promise<ParsedBackup> {
  const opened = openContainer(file);
  const { header } = opened;
  if (header.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BackupError(
      'versi',
      `Cadangan ini memakai skema data versi ${header.schemaVersion}, lebih baru dari aplikasi ini (versi ${LATEST_SCHEMA_VERSION}). Perbarui aplikasi lebih dulu.`,
    );
  }
  if (header.schemaVersion < OLDEST_RESTORABLE_SCHEMA) {
    throw new BackupError(
      'versi',
      `Cadangan ini memakai skema data lama (versi ${header.schemaVersion}) yang belum dapat dipulihkan oleh versi aplikasi ini.`,
    );
  }
  const compressed = await decryptContainer(opened, passphrase, options);
  options.onProgress?.('periksa', 0, BACKUP_TABLES.length);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(compressed)));
  } catch {
    throw new BackupError('rusak', DAMAGED);
  }
  const payload = payloadSchema.safeParse(raw);
  if (!payload.success) throw content('susunan tabel tidak dikenal');
  const tables = {} as BackupTables;
  for (const [index, name] of BACKUP_TABLES.entries()) {
    const encoded = payload.data.tables[name];
    if (encoded.length !== header.counts[name]) {
      throw content(`jumlah baris tabel ${name} tidak sama dengan kepala berkas`);
    }
    let decoded: unknown;
    try {
      decoded = decodeValue(encoded, options.makeBlob);
    } catch (error) {
      throw content(error instanceof Error ? error.message : String(error));
    }
    const rows = z.array(BACKUP_ROW_SCHEMAS[name]).safeParse(decoded);
    if (!rows.success) {
      const issue = rows.error.issues[0];
      throw content(
        `tabel ${name}, baris ${Number(issue?.path[0] ?? 0) + 1}: ${issue?.path.slice(1).join('.') || 'baris'} ${issue?.message ?? ''}`.trim(),
      );
    }
    // Keep the decoded rows, not zod's copies: loose objects must come back byte-identical.
    tables[name] = decoded as unknown[];
    options.onProgress?.('periksa', index + 1, BACKUP_TABLES.length);
  }
  const keys = z.array(backedUpKeySchema).safeParse(payload.data.keys ?? []);
  if (!keys.success) throw content('daftar kunci tanda tangan surat tidak sah');
  const chain = checkDeviceChains(tables.audit as ChainedEntry[]);
  return { header, tables, keys: keys.data, auditProblem: chain.problem };
}

// ---- Restoring ----

export type RestoreResult = { counts: Record<string, number>; auditProblem: ChainProblem | null };

/**
 * Replaces every backed-up table with the backup's rows in ONE transaction:
 * a refusal, a quota error or a constraint violation anywhere aborts it and
 * the current data stays exactly as it was.
 */
export async function restoreBackup(
  db: DtksDatabase,
  parsed: ParsedBackup,
  options: {
    kind: DatabaseKind;
    now?: Date;
    onProgress?: Progress;
    /**
     * A restore from the first-run screen, with nobody signed in: allowed only
     * while the database has no account, checked inside the transaction.
     */
    freshInstall?: boolean;
  },
): Promise<RestoreResult> {
  checkPermission(db, 'restore', 'cadangan');
  if (parsed.header.database !== options.kind) {
    throw new BackupError(
      'isi',
      parsed.header.database === 'training'
        ? 'Cadangan ini berasal dari data latihan dan tidak dapat dipulihkan ke data asli.'
        : 'Cadangan data asli tidak dapat dipulihkan ke basis data latihan. Kembali ke data asli dulu.',
    );
  }
  const intent = {
    actor: 'sistem',
    action: 'restore' as const,
    entity: 'cadangan',
    entityId: parsed.header.createdAt,
    summary: `Data dipulihkan dari cadangan ${parsed.header.createdAt} (${parsed.tables.families.length} keluarga, ${parsed.tables.people.length} warga); seluruh isi sebelumnya diganti`,
    after: { createdAt: parsed.header.createdAt, counts: parsed.header.counts },
  };
  // Fail fast for a role that may not restore; appendAudit checks again inside.
  assertMayWrite(db, intent);
  const tables = [...BACKUP_TABLES.map((name) => db.table(name)), db.keys];
  const total = BACKUP_TABLES.reduce((sum, name) => sum + parsed.tables[name].length, 0);
  let done = 0;
  await db.transaction('rw', tables, async () => {
    if (options.freshInstall && (await db.accounts.count()) > 0) {
      throw new BackupError(
        'isi',
        'Komputer ini sudah memiliki akun pengguna. Masuk sebagai admin, lalu pulihkan dari Pengaturan → Keamanan.',
      );
    }
    // The Beranda's summary is not in the backup: it is counted once after the rows are in.
    deferBerandaSummary();
    deferFamilyListFacts();
    // The keys table is not replaced: this PC's own key stays; the backup's keys join it.
    await Promise.all(BACKUP_TABLES.map((name) => db.table(name).clear()));
    for (const name of BACKUP_TABLES) {
      const rows = parsed.tables[name];
      for (let i = 0; i < rows.length; i += 2_000) {
        const slice = rows.slice(i, i + 2_000);
        await db.table(name).bulkAdd(slice);
        done += slice.length;
        options.onProgress?.('tulis', done, total);
      }
    }
    await rebuildBerandaSummary();
    await refillFamilyListFacts();
    await addRetiredKeys(db, parsed.keys, options.now ?? new Date());
    await appendAudit(db, intent, options.now);
  });
  const counts = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, parsed.tables[name].length]),
  );
  return { counts, auditProblem: parsed.auditProblem };
}
