import { gunzipSync, gzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { keyIdOf, toBase64Url } from '@shared/domain/surat/payload';
import { getSigningKeyInfo, OWN_KEY_ROW, signLetterPayload, verifyPayload } from '../surat/signing';
import { createAccount } from '../keamanan/account-repository';
import { createBackup, readBackup, restoreBackup } from './backup';
import { BackupError, decryptContainer, deriveBackupKey, openContainer, sealBackup } from './file';
import { retiredKeyRowId } from './keys';
import { nodeBlobFactory, seedEverything } from '../testing/backup-fixtures';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';

const PASS = 'kunci cadangan kelurahan pahandut';
const FAST = { iterations: 1_000 };
const READ_FAST = { minIterations: 1_000 };
const meta = { kind: 'real', appVersion: '0.1.0-uji' } as const;

const claims = {
  number: '400.9.2/007/KEL-PHD/XI/2026',
  date: '2026-11-20',
  name: 'Siti Aminah',
  nik: '6271015203900001',
  purpose: 'Berobat/kesehatan',
  signer: 'Drs. Ahmad Yani',
};

const open: DtksDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});
function database(): DtksDatabase {
  const db = freshDatabase();
  open.push(db);
  return db;
}

async function plaintextOf(bytes: Uint8Array): Promise<string> {
  const plain = await decryptContainer(openContainer(bytes), PASS, READ_FAST);
  return new TextDecoder().decode(gunzipSync(plain));
}

async function read(bytes: Uint8Array) {
  return readBackup(bytes, PASS, { ...READ_FAST, makeBlob: await nodeBlobFactory() });
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('backup: public signing keys', () => {
  it('carries the public key and no private key material', async () => {
    const db = database();
    await seedEverything(db, 60);
    // An EXTRACTABLE pair, unlike the app's own, so the test can know the private bytes.
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const publicRaw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const seed = pkcs8.slice(-32);
    await db.keys.add({
      id: OWN_KEY_ROW,
      publicKeyRaw: toBase64Url(publicRaw),
      privateKey: pair.privateKey,
      createdAt: '2026-01-02T03:04:05.000Z',
    });

    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    const text = await plaintextOf(bytes);
    expect(text).toContain(toBase64Url(publicRaw));
    expect(text).not.toContain(jwk.d!);
    expect(text).not.toContain(toBase64Url(seed));
    expect(text).not.toContain(toBase64Url(pkcs8));
    expect(text.toLowerCase()).not.toContain(hex(seed));
    expect(text).not.toContain('privateKey');
    expect((await read(bytes)).keys).toEqual([
      {
        keyId: keyIdOf(publicRaw),
        publicKey: toBase64Url(publicRaw),
        createdAt: '2026-01-02T03:04:05.000Z',
      },
    ]);
  });

  it('a new PC restored from the backup says SAH for letters signed before', async () => {
    const oldPc = database();
    await seedEverything(oldPc, 60);
    const oldKey = await getSigningKeyInfo(oldPc);
    const payload = await signLetterPayload(oldPc, claims);
    const { bytes } = await createBackup(oldPc, { passphrase: PASS, ...FAST }, meta);

    const newPc = database();
    expect((await verifyPayload(newPc, payload)).status).toBe('unknown_key');
    await restoreBackup(newPc, await read(bytes), { kind: 'real', freshInstall: true });

    const result = await verifyPayload(newPc, payload);
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.key.keyId).toBe(oldKey.keyId);
    expect(result.key.label).toBe('Kunci lama kantor ini');
    const row = await newPc.keys.get(retiredKeyRowId(oldKey.keyId));
    expect(row?.privateKey).toBeUndefined();

    // The new PC signs with a key of its own; old and new letters both verify.
    const newKey = await getSigningKeyInfo(newPc);
    expect(newKey.keyId).not.toBe(oldKey.keyId);
    const fresh = await signLetterPayload(newPc, {
      ...claims,
      number: '400.9.2/008/KEL-PHD/XI/2026',
    });
    expect((await verifyPayload(newPc, fresh)).status).toBe('valid');
    expect((await verifyPayload(newPc, payload)).status).toBe('valid');

    // A backup of the new PC carries both keys on to the next one.
    const again = await createBackup(newPc, { passphrase: PASS, ...FAST }, meta);
    expect((await read(again.bytes)).keys.map((k) => k.keyId).sort()).toEqual(
      [oldKey.keyId, newKey.keyId].sort(),
    );
  });

  it('restoring on the same PC keeps its own key as the signing key', async () => {
    const db = database();
    await seedEverything(db, 60);
    const own = await getSigningKeyInfo(db);
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    await restoreBackup(db, await read(bytes), { kind: 'real' });
    expect(await db.keys.count()).toBe(1);
    expect((await getSigningKeyInfo(db)).keyId).toBe(own.keyId);
  });

  it('a backup made before keys were carried still restores', async () => {
    const db = database();
    await seedEverything(db, 60);
    await getSigningKeyInfo(db);
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    const opened = openContainer(bytes);
    const payload = JSON.parse(await plaintextOf(bytes)) as { tables: unknown; keys?: unknown };
    expect(payload.keys).toBeDefined();
    const {
      kdf: _kdf,
      cipher: _cipher,
      app: _app,
      format: _format,
      compression: _compression,
      ...header
    } = opened.header;
    const older = await sealBackup(
      gzipSync(new TextEncoder().encode(JSON.stringify({ tables: payload.tables }))),
      await deriveBackupKey(PASS, FAST),
      header,
    );
    const target = database();
    const parsed = await read(older);
    expect(parsed.keys).toEqual([]);
    const result = await restoreBackup(target, parsed, { kind: 'real' });
    expect(result.counts.people).toBeGreaterThan(0);
    expect(await target.keys.count()).toBe(0);
  });

  it('refuses a key whose fingerprint does not match its bytes', async () => {
    const db = database();
    await seedEverything(db, 60);
    await getSigningKeyInfo(db);
    const { bytes } = await createBackup(db, { passphrase: PASS, ...FAST }, meta);
    const opened = openContainer(bytes);
    const payload = JSON.parse(await plaintextOf(bytes)) as {
      tables: unknown;
      keys: { keyId: string }[];
    };
    payload.keys[0]!.keyId = '0123456789abcdef';
    const { kdf: _k, cipher: _c, app: _a, format: _f, compression: _z, ...header } = opened.header;
    const forged = await sealBackup(
      gzipSync(new TextEncoder().encode(JSON.stringify(payload))),
      await deriveBackupKey(PASS, FAST),
      header,
    );
    const error = await read(forged).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toContain('kunci tanda tangan');
  });

  it('a first-run restore is refused once the PC has an account, and nothing changes', async () => {
    const source = database();
    await seedEverything(source, 60);
    const { bytes } = await createBackup(source, { passphrase: PASS, ...FAST }, meta);
    const target = database();
    await createAccount(
      target,
      { username: 'admin', nama: 'Admin Baru', role: 'admin', password: 'Pahandut-Sejahtera-2026' },
      { iterations: 1_000 },
    );
    const error = await restoreBackup(target, await read(bytes), {
      kind: 'real',
      freshInstall: true,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toContain('sudah memiliki akun');
    expect(await target.people.count()).toBe(0);
    expect(await target.accounts.count()).toBe(1);
  });
});
