import { describe, expect, it } from 'vitest';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { familyListFactsDifferences } from '../warga/family-list-facts';
import { PermissionError } from '../keamanan/audit-repository';
import { verifyAuditChain } from '../keamanan/audit-chain-check';
import { createBackup, readBackup, restoreBackup } from './backup';
import { decodeValue, encodeValue } from './codec';
import { gunzipSync, gzipSync } from 'fflate';
import { BackupError, decryptContainer, deriveBackupKey, openContainer, sealBackup } from './file';
import { BACKUP_TABLES } from './schema';
import { dumpTables, nodeBlobFactory, seedEverything, wipe } from '../testing/backup-fixtures';
import type { DtksDatabase } from '../core/database';
import { registryCounts } from '../warga/stats';
import { LATEST_SCHEMA_VERSION } from '../core/schema';
import { setSessionAccount } from '../core/session';
import { freshDatabase } from '../testing/helpers';

const PASS = 'kunci cadangan kelurahan pahandut';
const FAST = { iterations: 1_000 };
const READ_FAST = { minIterations: 1_000 };
const meta = { kind: 'real', appVersion: '0.1.0-uji' } as const;

const as = (role: SessionAccount['role']): SessionAccount => ({
  id: role,
  username: role,
  nama: role,
  role,
});

async function seeded(): Promise<DtksDatabase> {
  const db = freshDatabase();
  await seedEverything(db, 80);
  return db;
}

async function failure(promise: Promise<unknown>): Promise<BackupError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('backup round trip', () => {
  it('every table comes back identical after backup, wipe and restore', async () => {
    const db = await seeded();
    const { bytes, fileName, header } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    expect(fileName).toMatch(/^dtks-6271011001-\d{8}-\d{6}\.dtksbak$/);
    const before = await dumpTables(db);
    for (const name of BACKUP_TABLES) {
      expect(header.counts[name], name).toBe(before[name]?.length);
    }
    expect(before.people!.length).toBeGreaterThan(50);
    expect(before.photos).toHaveLength(1);
    expect(before.signedScans).toHaveLength(1);
    expect(before.decisions!.length).toBeGreaterThan(0);

    await wipe(db);
    expect(await db.people.count()).toBe(0);
    const parsed = await readBackup(bytes, PASS, {
      ...READ_FAST,
      makeBlob: await nodeBlobFactory(),
    });
    expect(parsed.auditProblem).toBeNull();
    await restoreBackup(db, parsed, { kind: 'real' });

    const after = await dumpTables(db);
    for (const name of BACKUP_TABLES) {
      if (name === 'audit') continue;
      expect(after[name], name).toEqual(before[name]);
    }
    // The log comes back whole, plus the entry that records the restore, still chained.
    const restoredLog = (after.audit as { seq: number; action: string }[]).sort(
      (a, b) => a.seq - b.seq,
    );
    expect(restoredLog.slice(0, -1)).toEqual(
      (before.audit as { seq: number }[]).sort((a, b) => a.seq - b.seq),
    );
    expect(restoredLog.at(-1)?.action).toBe('restore');
    expect((await verifyAuditChain(db)).problem).toBeNull();
  }, 30_000);

  it('a backup made by schema version 1 restores, with the presence index rebuilt', async () => {
    const db = await seeded();
    const someone = (await db.people.toArray())[3]!;
    await db.people.update(someone.id, { statusKeberadaan: 'meninggal' });
    const counts = await registryCounts(db);
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    // Rewrite it as version 1 wrote it: same tables, no awayStatus field in the rows.
    const opened = openContainer(bytes);
    const plain = await decryptContainer(opened, PASS, READ_FAST);
    const payload = JSON.parse(new TextDecoder().decode(gunzipSync(plain))) as {
      tables: Record<string, unknown>;
    };
    const people = decodeValue(payload.tables.people) as Record<string, unknown>[];
    expect(people.filter((row) => 'awayStatus' in row).length).toBeGreaterThan(0);
    payload.tables.people = await encodeValue(people.map(({ awayStatus: _a, ...row }) => row));
    // Nor the head's name and member count on the families (schema v11).
    const families = decodeValue(payload.tables.families) as Record<string, unknown>[];
    expect(families.filter((row) => 'memberCount' in row).length).toBeGreaterThan(0);
    payload.tables.families = await encodeValue(
      families.map(({ headName: _h, memberCount: _m, ...row }) => row),
    );
    const {
      kdf: _kdf,
      cipher: _cipher,
      app: _app,
      format: _format,
      compression: _compression,
      ...header
    } = opened.header;
    const v1 = await sealBackup(
      gzipSync(new TextEncoder().encode(JSON.stringify(payload))),
      await deriveBackupKey(PASS, FAST),
      { ...header, schemaVersion: 1 },
    );

    await wipe(db);
    const parsed = await readBackup(v1, PASS, { ...READ_FAST, makeBlob: await nodeBlobFactory() });
    expect(parsed.header.schemaVersion).toBe(1);
    await restoreBackup(db, parsed, { kind: 'real' });
    expect(await db.people.where('awayStatus').equals('meninggal').primaryKeys()).toContain(
      someone.id,
    );
    expect(await registryCounts(db)).toEqual(counts);
    const wrong = await db.transaction('r', db.families, db.people, (tx) =>
      familyListFactsDifferences(tx),
    );
    expect(wrong).toEqual([]);
    expect((await db.families.toArray()).every((family) => family.memberCount)).toBe(true);
  }, 30_000);

  it('the backup logs itself and its header names the app, schema and log head', async () => {
    const db = await seeded();
    const { bytes, header } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'backup', entity: 'cadangan' });
    expect(header).toMatchObject({
      app: 'DTKS Kelurahan',
      appVersion: '0.1.0-uji',
      schemaVersion: LATEST_SCHEMA_VERSION,
      database: 'real',
      kelurahan: { kodeWilayah: '6271011001', nama: 'Pahandut' },
      kdf: { name: 'PBKDF2-SHA256', iterations: 1_000 },
      cipher: { name: 'AES-256-GCM' },
      auditHead: { seq: last?.seq, hash: last?.hash },
    });
    // Nothing personal in the clear: the NIKs are only inside the ciphertext.
    const nik = (await db.people.toArray())[0]!.nik;
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain(nik);
  });

  it('works with the production key derivation (600,000 iterations)', async () => {
    const db = freshDatabase();
    await db.transaction('rw', db.settings, () => db.settings.put({ key: 'x', value: 1 }));
    const { bytes, header } = await createBackup(db, { passphrase: PASS }, meta);
    expect(header.kdf.iterations).toBe(600_000);
    const parsed = await readBackup(bytes, PASS);
    expect(parsed.tables.settings).toEqual([{ key: 'x', value: 1 }]);
    // A file derived with fewer iterations than the app's own is refused outside tests.
    const weak = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    expect((await failure(readBackup(weak.bytes, PASS))).message).toMatch(/rusak/);
  }, 30_000);

  it('an automatic backup key derived once serves several files', async () => {
    const db = await seeded();
    const key = await deriveBackupKey(PASS, FAST);
    const first = await createBackup(db, { key }, { ...meta, purpose: 'otomatis' });
    const second = await createBackup(db, { key }, { ...meta, purpose: 'otomatis' });
    expect(first.header.cipher.iv).not.toBe(second.header.cipher.iv);
    expect((await readBackup(second.bytes, PASS, READ_FAST)).tables.people.length).toBeGreaterThan(
      0,
    );
    expect((await db.audit.orderBy('seq').last())?.summary).toContain('otomatis');
  });
});

describe('restore refuses, and leaves the current data intact', () => {
  it('a wrong passphrase', async () => {
    const db = await seeded();
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    const error = await failure(readBackup(bytes, 'kata sandi yang lain', READ_FAST));
    expect(error.kind).toBe('kata-sandi');
    expect(error.message).toBe('Kata sandi cadangan salah. Data yang ada tidak diubah.');
  });

  it('a truncated or damaged file', async () => {
    const db = await seeded();
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    expect(
      (await failure(readBackup(bytes.slice(0, bytes.length - 100), PASS, READ_FAST))).kind,
    ).toBe('rusak');
    const flipped = bytes.slice();
    flipped[flipped.length - 500] = (flipped[flipped.length - 500] ?? 0) ^ 1;
    const damaged = await failure(readBackup(flipped, PASS, READ_FAST));
    expect(damaged.message).toBe(
      'Berkas cadangan rusak atau terpotong. Data yang ada tidak diubah.',
    );
    const header = bytes.slice();
    header[40] = (header[40] ?? 0) ^ 4;
    expect((await failure(readBackup(header, PASS, READ_FAST))).kind).toBe('rusak');
  });

  it('something that is not a backup at all', async () => {
    const error = await failure(
      readBackup(new TextEncoder().encode('PK\u0003\u0004 bukan cadangan'), PASS),
    );
    expect(error.kind).toBe('bukan-cadangan');
  });

  it('a backup from a newer schema or a newer file format', async () => {
    const key = await deriveBackupKey(PASS, FAST);
    const newer = await sealBackup(new Uint8Array([1, 2, 3]), key, {
      appVersion: '9.0.0',
      schemaVersion: LATEST_SCHEMA_VERSION + 1,
      createdAt: new Date().toISOString(),
      database: 'real',
      kelurahan: null,
      counts: {},
      auditHead: null,
    });
    const error = await failure(readBackup(newer, PASS, READ_FAST));
    expect(error.kind).toBe('versi');
    expect(error.message).toContain('lebih baru');
    const format2 = newer.slice();
    format2[7] = '2'.charCodeAt(0);
    expect((await failure(readBackup(format2, PASS, READ_FAST))).kind).toBe('versi');
  });

  it('a training backup into the real database', async () => {
    const db = await seeded();
    const { bytes } = await createBackup(
      db,
      { passphrase: PASS, ...FAST },
      { ...meta, kind: 'training' },
    );
    const parsed = await readBackup(bytes, PASS, {
      ...READ_FAST,
      makeBlob: await nodeBlobFactory(),
    });
    await expect(restoreBackup(db, parsed, { kind: 'real' })).rejects.toThrow(/data latihan/);
  });

  it('a role that may not restore; nothing is replaced', async () => {
    const db = await seeded();
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    const parsed = await readBackup(bytes, PASS, {
      ...READ_FAST,
      makeBlob: await nodeBlobFactory(),
    });
    await db.transaction('rw', db.settings, () => db.settings.put({ key: 'sesudah', value: true }));
    const before = await dumpTables(db);
    setSessionAccount(db, as('operator'));
    await expect(restoreBackup(db, parsed, { kind: 'real' })).rejects.toBeInstanceOf(
      PermissionError,
    );
    expect(await dumpTables(db)).toEqual(before);
  });

  it('a failure while writing rolls everything back', async () => {
    const db = await seeded();
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    const parsed = await readBackup(bytes, PASS, {
      ...READ_FAST,
      makeBlob: await nodeBlobFactory(),
    });
    // Two people with one NIK: the unique index refuses the second, late in the write.
    const people = parsed.tables.people as { id: string; nik: string }[];
    people[people.length - 1] = { ...people[people.length - 1]!, nik: people[0]!.nik };
    await db.transaction('rw', db.settings, () => db.settings.put({ key: 'sesudah', value: true }));
    const before = await dumpTables(db);
    await expect(restoreBackup(db, parsed, { kind: 'real' })).rejects.toThrow();
    expect(await dumpTables(db)).toEqual(before);
  });

  it('a row without the fields the app needs', async () => {
    const key = await deriveBackupKey(PASS, FAST);
    const { gzipSync } = await import('fflate');
    const tables = Object.fromEntries(BACKUP_TABLES.map((name) => [name, [] as unknown[]]));
    tables.people = [{ id: 'p1', nama: 'Tanpa NIK' }];
    const counts = Object.fromEntries(BACKUP_TABLES.map((name) => [name, tables[name]!.length]));
    const file = await sealBackup(
      gzipSync(new TextEncoder().encode(JSON.stringify({ tables }))),
      key,
      {
        appVersion: 'x',
        schemaVersion: LATEST_SCHEMA_VERSION,
        createdAt: new Date().toISOString(),
        database: 'real',
        kelurahan: null,
        counts,
        auditHead: null,
      },
    );
    const error = await failure(readBackup(file, PASS, READ_FAST));
    expect(error.kind).toBe('isi');
    expect(error.message).toContain('tabel people, baris 1');
  });
});

describe('backup codec', () => {
  it('keeps blobs, bytes, dates, undefined and objects with a $t key', async () => {
    const makeBlob = await nodeBlobFactory();
    const value = {
      blob: makeBlob(new Uint8Array([1, 2, 255]), 'image/png') as Blob,
      bytes: new Uint8Array([9, 8]),
      date: new Date('2026-01-01T00:00:00.000Z'),
      missing: undefined,
      tricky: { $t: 'blob', b64: 'AAAA' },
      list: [1, 'dua', null, { a: undefined }],
    };
    const json = JSON.parse(JSON.stringify(await encodeValue(value))) as unknown;
    const back = decodeValue(json, makeBlob) as typeof value;
    expect(back.tricky).toEqual({ $t: 'blob', b64: 'AAAA' });
    expect(back.bytes).toEqual(new Uint8Array([9, 8]));
    expect(back.date).toEqual(value.date);
    expect('missing' in back && back.missing === undefined).toBe(true);
    expect(back.list).toEqual(value.list);
    expect(back.blob.type).toBe('image/png');
    expect([...new Uint8Array(await back.blob.arrayBuffer())]).toEqual([1, 2, 255]);
  });

  it('keeps a "__proto__" key as data', () => {
    const back = decodeValue(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<
      string,
      unknown
    >;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });

  it('refuses values it cannot restore faithfully', async () => {
    await expect(encodeValue({ key: new Map() })).rejects.toThrow('Map');
    expect(() => decodeValue({ $t: 'unknown' })).toThrow('tidak dikenal');
  });

  it('the container header can be read without the passphrase', async () => {
    const db = await seeded();
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    expect(openContainer(bytes).header.counts.people).toBe(await db.people.count());
  });
});
