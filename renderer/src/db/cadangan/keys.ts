import { z } from 'zod';
import { fromBase64Url, keyIdOf, toBase64Url } from '@shared/domain/surat/payload';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';

/**
 * The `keys` section of a backup: the PUBLIC halves of the office's letter
 * signing keys, current and earlier. Without them a restored PC could not
 * check the letters it issued before and would call them foreign. A private
 * key never enters a backup: the row's `privateKey` is not even read here, and
 * it is a non-extractable CryptoKey that no code could turn into bytes.
 *
 * On restore they come back as earlier keys of this office ("Kunci lama
 * kantor ini"): they can verify, never sign. The PC's own current key, if it
 * has one, stays as it is.
 */
export type BackedUpKey = { keyId: string; publicKey: string; createdAt: string };

export const backedUpKeySchema = z
  .strictObject({
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    publicKey: z.string().max(64),
    createdAt: z.string().max(40),
  })
  .refine((key) => {
    const raw = fromBase64Url(key.publicKey);
    return raw !== null && raw.length === 32 && keyIdOf(raw) === key.keyId;
  }, 'kunci publik tidak cocok dengan sidik jarinya');

/** Row id of an earlier key brought back by a restore. */
export const retiredKeyRowId = (keyId: string) => `lama-${keyId}`;

type KeyRowLike = { id: string; publicKeyRaw: string; createdAt: string };

/** Public keys of the given rows, one per key, in a form fit for the backup payload. */
export function publicKeysOf(rows: readonly KeyRowLike[]): BackedUpKey[] {
  const out = new Map<string, BackedUpKey>();
  for (const row of rows) {
    const raw = fromBase64Url(row.publicKeyRaw);
    if (!raw || raw.length !== 32) continue;
    const keyId = keyIdOf(raw);
    if (!out.has(keyId))
      out.set(keyId, { keyId, publicKey: toBase64Url(raw), createdAt: row.createdAt });
  }
  return [...out.values()];
}

/**
 * Adds the backup's keys this database does not know yet as earlier keys.
 * Must run inside the restore's transaction (which includes `keys`).
 */
export async function addRetiredKeys(
  db: DtksDatabase,
  keys: readonly BackedUpKey[],
  now: Date,
): Promise<number> {
  checkPermission(db, 'restore', 'cadangan');
  const known = new Set(publicKeysOf(await db.keys.toArray()).map((key) => key.keyId));
  let added = 0;
  for (const key of keys) {
    if (known.has(key.keyId)) continue;
    known.add(key.keyId);
    await db.keys.put({
      id: retiredKeyRowId(key.keyId),
      publicKeyRaw: key.publicKey,
      createdAt: key.createdAt,
      retiredAt: now.toISOString(),
    });
    added += 1;
  }
  return added;
}
