import { afterEach, describe, expect, it } from 'vitest';
import { encodePublicKey, keyIdOf, parsePayload } from '@shared/domain/surat/payload';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';
import {
  addTrustedKey,
  getSigningKeyInfo,
  listVerificationKeys,
  OWN_KEY_ROW,
  removeTrustedKey,
  signLetterPayload,
  verifyPayload,
} from './signing';

const claims = {
  number: '400.9.2/001/KEL-PHD/XI/2026',
  date: '2026-11-27',
  name: 'Siti Aminah',
  nik: '6271015203900001',
  purpose: 'Berobat/kesehatan',
  signer: 'Drs. Ahmad Yani',
};

let db: DtksDatabase;
afterEach(() => db?.close());

/** Changes one character in the claims part, keeping it valid base64url. */
function alterBody(payload: string): string {
  const [prefix, body = '', sig] = payload.split('.');
  const at = Math.floor(body.length / 2);
  const swapped = body[at] === 'A' ? 'B' : 'A';
  return `${prefix}.${body.slice(0, at)}${swapped}${body.slice(at + 1)}.${sig}`;
}

describe('letter signing', () => {
  it('creates one non-extractable key on first use and keeps it', async () => {
    db = freshDatabase();
    const first = await getSigningKeyInfo(db);
    const second = await getSigningKeyInfo(db);
    expect(second.keyId).toBe(first.keyId);
    expect(first.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(first.keyId).toBe(keyIdOf(first.publicKeyRaw));
    const row = await db.keys.get(OWN_KEY_ROW);
    expect(row?.privateKey).toBeInstanceOf(CryptoKey);
    expect((row?.privateKey as CryptoKey).extractable).toBe(false);
    expect(await db.audit.where('entityId').equals(first.keyId).count()).toBe(1);
  });

  it('gives both windows the same key when they start at the same time', async () => {
    db = freshDatabase();
    const [a, b, c] = await Promise.all([
      getSigningKeyInfo(db),
      getSigningKeyInfo(db),
      getSigningKeyInfo(db),
    ]);
    expect(new Set([a.keyId, b.keyId, c.keyId]).size).toBe(1);
    expect(await db.keys.count()).toBe(1);
  });

  it('signs a payload that verifies as valid and names the key', async () => {
    db = freshDatabase();
    const payload = await signLetterPayload(db, claims);
    const result = await verifyPayload(db, payload);
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.claims.number).toBe(claims.number);
    expect(result.claims.nikLast4).toBe('0001');
    expect(result.key.own).toBe(true);
  });

  it('reports a changed character as altered', async () => {
    db = freshDatabase();
    const payload = await signLetterPayload(db, claims);
    const altered = alterBody(payload);
    expect(altered).not.toBe(payload);
    const result = await verifyPayload(db, altered);
    expect(result.status).toBe('altered');
    const sigAltered =
      payload.slice(0, -5) + (payload.at(-5) === 'A' ? 'B' : 'A') + payload.slice(-4);
    expect((await verifyPayload(db, sigAltered)).status).toBe('altered');
  });

  it('reports a letter from another office as signed by an unknown key until it is trusted', async () => {
    db = freshDatabase();
    const other = freshDatabase();
    try {
      const payload = await signLetterPayload(other, claims);
      expect((await verifyPayload(db, payload)).status).toBe('unknown_key');

      const otherKey = await getSigningKeyInfo(other);
      await addTrustedKey(db, encodePublicKey(otherKey.publicKeyRaw, 'Kelurahan Langkai'));
      const result = await verifyPayload(db, payload);
      expect(result.status).toBe('valid');
      expect(result.status === 'valid' && result.key.label).toBe('Kelurahan Langkai');
      await expect(
        addTrustedKey(db, encodePublicKey(otherKey.publicKeyRaw, 'lagi')),
      ).rejects.toThrow('sudah terdaftar');

      await removeTrustedKey(db, otherKey.keyId);
      expect((await verifyPayload(db, payload)).status).toBe('unknown_key');
      expect((await listVerificationKeys(db)).every((key) => key.own)).toBe(true);
    } finally {
      other.close();
    }
  });

  it('says when a text is not a letter code at all', async () => {
    db = freshDatabase();
    expect((await verifyPayload(db, 'hello world')).status).toBe('not_payload');
    const payload = await signLetterPayload(db, claims);
    expect(parsePayload(payload).ok).toBe(true);
    expect((await verifyPayload(db, payload.slice(0, 30))).status).toBe('altered');
  });
});
