import Dexie from 'dexie';
import { z } from 'zod';
import {
  assemblePayload,
  formatFingerprint,
  fromBase64Url,
  keyIdOf,
  parsePayload,
  parsePublicKey,
  payloadBody,
  signedBytes,
  toBase64Url,
} from '@shared/domain/surat/payload';
import type { ClaimsInput, LetterClaims } from '@shared/domain/surat/payload';
import { REMOTE_KEY_PREFIX } from '@shared/domain/sinkron/documents';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor } from '../pengaturan/repository';
import { deviceNames } from '../sinkron/nama-perangkat';

/**
 * Ed25519 keys for the QR codes on letters. The private key is created on
 * first use as a non-extractable CryptoKey and stored as such in IndexedDB
 * (structured clone keeps CryptoKey objects), so not even this app can read
 * its bytes back out: it can only ask the browser to sign with it. A backup
 * of the database therefore carries only the public keys (db/cadangan/keys.ts);
 * a restored office gets a new key and keeps the old public keys for
 * verifying old letters.
 */

export const OWN_KEY_ROW = 'surat-ed25519';
const TRUSTED_SETTING = 'surat.kunciTepercaya';
const ALGORITHM = { name: 'Ed25519' } as const;

export type SigningKeyInfo = {
  keyId: string;
  fingerprint: string;
  publicKeyRaw: Uint8Array;
  createdAt: string;
};

type KeyRow = {
  id: string;
  publicKeyRaw: string;
  /** Absent on an earlier key restored from a backup (db/cadangan/keys.ts): it only verifies. */
  privateKey?: CryptoKey | JsonWebKey;
  createdAt: string;
};

function infoOf(row: KeyRow): SigningKeyInfo {
  const raw = fromBase64Url(row.publicKeyRaw) ?? new Uint8Array();
  const keyId = keyIdOf(raw);
  return {
    keyId,
    fingerprint: formatFingerprint(keyId),
    publicKeyRaw: raw,
    createdAt: row.createdAt,
  };
}

/**
 * The office key, created on the first call. Two windows starting at once
 * may both generate a pair; the row is added, never overwritten, so exactly
 * one wins and the other adopts it.
 */
async function ensureKeyRow(db: DtksDatabase): Promise<KeyRow> {
  const existing = await db.keys.get(OWN_KEY_ROW);
  if (existing) return existing;
  const pair = (await crypto.subtle.generateKey(ALGORITHM, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const row = {
    id: OWN_KEY_ROW,
    publicKeyRaw: toBase64Url(raw),
    privateKey: pair.privateKey,
    createdAt: new Date().toISOString(),
  };
  try {
    await db.transaction('rw', db.keys, db.settings, db.audit, async () => {
      await db.keys.add(row);
      await appendAudit(db, {
        actor: await currentActor(db),
        action: 'create',
        entity: 'kunci-tanda-tangan',
        entityId: keyIdOf(raw),
        summary: `Kunci tanda tangan surat dibuat (sidik jari ${formatFingerprint(keyIdOf(raw))})`,
      });
    });
    return row;
  } catch (error) {
    const winner = await db.keys.get(OWN_KEY_ROW);
    if (winner) return winner;
    throw error;
  }
}

export async function getSigningKeyInfo(db: DtksDatabase): Promise<SigningKeyInfo> {
  return infoOf(await ensureKeyRow(db));
}

/** Builds and signs the QR payload of a letter with the office key. */
export async function signLetterPayload(
  db: DtksDatabase,
  claims: Omit<ClaimsInput, 'keyId'>,
): Promise<string> {
  const row = await ensureKeyRow(db);
  if (!(row.privateKey instanceof CryptoKey)) {
    throw new Error('Kunci tanda tangan tersimpan dalam bentuk yang tidak didukung');
  }
  const body = payloadBody({ ...claims, keyId: infoOf(row).keyId });
  const signature = await crypto.subtle.sign(
    ALGORITHM,
    row.privateKey,
    signedBytes(body) as BufferSource,
  );
  return assemblePayload(body, new Uint8Array(signature));
}

// ---- Keys trusted for verification ----

const trustedKeySchema = z.object({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: z.string().min(1),
  label: z.string(),
  addedAt: z.string(),
});
export type TrustedKey = z.infer<typeof trustedKeySchema>;

export type VerificationKey = {
  keyId: string;
  fingerprint: string;
  label: string;
  own: boolean;
  publicKeyRaw: Uint8Array;
};

export async function listTrustedKeys(db: DtksDatabase): Promise<TrustedKey[]> {
  const row = await db.settings.get(TRUSTED_SETTING);
  const parsed = z.array(trustedKeySchema).safeParse(row?.value);
  return parsed.success ? parsed.data : [];
}

/** Own keys (current and any earlier ones) plus keys imported from other offices. */
export async function listVerificationKeys(db: DtksDatabase): Promise<VerificationKey[]> {
  const [own, trusted] = await Promise.all([db.keys.toArray(), listTrustedKeys(db)]);
  const pcOf = await keyDevices(db, own);
  const keys: VerificationKey[] = own.map((row) => {
    const info = infoOf(row);
    return {
      keyId: info.keyId,
      fingerprint: info.fingerprint,
      label: ownKeyLabel(row, pcOf.get(info.keyId)),
      own: true,
      publicKeyRaw: info.publicKeyRaw,
    };
  });
  for (const key of trusted) {
    const raw = fromBase64Url(key.publicKey);
    if (raw && !keys.some((k) => k.keyId === key.keyId)) {
      keys.push({
        keyId: key.keyId,
        fingerprint: formatFingerprint(key.keyId),
        label: key.label,
        own: false,
        publicKeyRaw: raw,
      });
    }
  }
  return keys;
}

/**
 * Keys of the office's other PCs (they came with the sync, verify-only) are named by their
 * PC: the PC that made a key logged it (entity `kunci-tanda-tangan`, entityId the key id)
 * in its own audit chain, which replicates; its name is the one that PC gave itself.
 */
async function keyDevices(db: DtksDatabase, rows: KeyRow[]): Promise<Map<string, string>> {
  const remote = rows.filter((row) => row.id.startsWith(REMOTE_KEY_PREFIX));
  if (remote.length === 0) return new Map();
  const keyIds = remote.map((row) => infoOf(row).keyId);
  const made = await db.audit.where('entityId').anyOf(keyIds).toArray();
  const deviceOf = new Map<string, string>();
  for (const entry of made)
    if (entry.entity === 'kunci-tanda-tangan' && entry.deviceId)
      deviceOf.set(entry.entityId, entry.deviceId);
  const names = await deviceNames(db, deviceOf.values());
  const out = new Map<string, string>();
  for (const [keyId, deviceId] of deviceOf) {
    const name = names.get(deviceId);
    if (name) out.set(keyId, name);
  }
  return out;
}

function ownKeyLabel(row: KeyRow & { retiredAt?: string }, pcName: string | undefined): string {
  if (row.id === OWN_KEY_ROW) return 'Kunci kantor ini';
  if (!row.id.startsWith(REMOTE_KEY_PREFIX)) return 'Kunci lama kantor ini';
  const pc = pcName ? `PC ${pcName}` : 'PC lain di kantor ini';
  return row.retiredAt ? `Kunci lama ${pc}` : `Kunci ${pc}`;
}

/** Imports a key printed by another office (or an earlier key of this one). */
export async function addTrustedKey(db: DtksDatabase, text: string): Promise<TrustedKey> {
  checkPermission(db, 'settings', 'kunci-tepercaya');
  const parsed = parsePublicKey(text);
  if ('ok' in parsed) throw new Error(parsed.reason);
  const key: TrustedKey = {
    keyId: parsed.keyId,
    publicKey: toBase64Url(parsed.publicKeyRaw),
    label: parsed.label || 'Tanpa nama',
    addedAt: new Date().toISOString(),
  };
  await db.transaction('rw', db.settings, db.audit, async () => {
    const before = await listTrustedKeys(db);
    if (before.some((k) => k.keyId === key.keyId)) throw new Error('Kunci ini sudah terdaftar');
    await db.settings.put({ key: TRUSTED_SETTING, value: [...before, key] });
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'settings',
      entity: 'kunci-tepercaya',
      entityId: key.keyId,
      summary: `Kunci publik ditambahkan: ${key.label} (${formatFingerprint(key.keyId)})`,
      after: key,
    });
  });
  return key;
}

export async function removeTrustedKey(db: DtksDatabase, keyId: string): Promise<void> {
  checkPermission(db, 'settings', 'kunci-tepercaya');
  await db.transaction('rw', db.settings, db.audit, async () => {
    const before = await listTrustedKeys(db);
    const removed = before.find((k) => k.keyId === keyId);
    if (!removed) return;
    await db.settings.put({ key: TRUSTED_SETTING, value: before.filter((k) => k !== removed) });
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'settings',
      entity: 'kunci-tepercaya',
      entityId: keyId,
      summary: `Kunci publik dihapus: ${removed.label}`,
      before: removed,
    });
  });
}

// ---- Verification ----

export type VerifyResult =
  | { status: 'valid'; claims: LetterClaims; key: VerificationKey }
  | { status: 'altered'; reason: string; claims?: LetterClaims }
  | { status: 'unknown_key'; claims: LetterClaims }
  | { status: 'not_payload'; reason: string };

const imported = new Map<string, Promise<CryptoKey>>();

function importPublicKey(raw: Uint8Array): Promise<CryptoKey> {
  const id = keyIdOf(raw);
  let key = imported.get(id);
  if (!key) {
    key = crypto.subtle.importKey('raw', raw as BufferSource, ALGORITHM, false, ['verify']);
    imported.set(id, key);
  }
  return key;
}

/** Checks a scanned or typed payload against the known keys, entirely offline. */
export async function verifyPayload(db: DtksDatabase, text: string): Promise<VerifyResult> {
  const parsed = parsePayload(text);
  if (!parsed.ok) {
    return parsed.kind === 'damaged'
      ? { status: 'altered', reason: parsed.reason }
      : { status: 'not_payload', reason: parsed.reason };
  }
  // Reads outside any transaction so a caller's transaction is never held open by crypto.
  const keys = await Dexie.ignoreTransaction(() => listVerificationKeys(db));
  const key = keys.find((k) => k.keyId === parsed.claims.keyId);
  if (!key) return { status: 'unknown_key', claims: parsed.claims };
  const ok = await crypto.subtle.verify(
    ALGORITHM,
    await importPublicKey(key.publicKeyRaw),
    parsed.signature as BufferSource,
    signedBytes(parsed.body) as BufferSource,
  );
  return ok
    ? { status: 'valid', claims: parsed.claims, key }
    : {
        status: 'altered',
        reason: 'Tanda tangan tidak cocok dengan isi: isi surat telah diubah',
        claims: parsed.claims,
      };
}
