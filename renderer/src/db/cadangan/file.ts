import { Refusal } from '@shared/domain/core/refusal';
import { sha256 } from '@noble/hashes/sha2.js';
import { z } from 'zod';
import { PBKDF2_ITERATIONS, constantTimeEqual } from '@shared/domain/keamanan/accounts';
import { fromBase64Url, toBase64Url } from '@shared/domain/surat/payload';

/**
 * The backup container:
 *
 *   "DTKSBAK1" | header length (uint32, big-endian) | header (UTF-8 JSON)
 *   | SHA-256 of the three parts before | AES-256-GCM ciphertext
 *
 * Everything before the ciphertext is the GCM additional data, so the header
 * (versions, salt, IV, counts) cannot be altered without the decryption
 * failing; the plain digest lets a damaged header be reported as damage even
 * before a passphrase is asked for. The key
 * comes from the passphrase through PBKDF2-SHA256; 256 further bits of the
 * same derivation are kept in the header as a check value, which is what lets
 * a wrong passphrase be told apart from a damaged file.
 */
export const BACKUP_MAGIC = 'DTKSBAK1';
const MAGIC_BYTES = new TextEncoder().encode(BACKUP_MAGIC);
const PREFIX = MAGIC_BYTES.length + 4;
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_ITERATIONS = 10_000_000;
const TAG_BYTES = 16;
const DIGEST_BYTES = 32;

export const BACKUP_FORMAT = 1;

const b64 = (bytes: number) =>
  z.string().refine((text) => fromBase64Url(text)?.length === bytes, 'bukan base64 yang sah');

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  app: z.literal('DTKS Kelurahan'),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  database: z.enum(['real', 'training']),
  kelurahan: z
    .strictObject({ kodeWilayah: z.string().max(20), nama: z.string().max(80) })
    .nullable(),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(1).max(MAX_ITERATIONS),
    salt: b64(16),
    check: b64(16),
  }),
  cipher: z.strictObject({ name: z.literal('AES-256-GCM'), iv: b64(12) }),
  compression: z.literal('gzip'),
  counts: z.record(z.string().max(40), z.number().int().min(0)),
  auditHead: z.strictObject({ seq: z.number().int().min(0), hash: z.string().max(64) }).nullable(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupHeaderInput = Omit<
  BackupHeader,
  'format' | 'app' | 'kdf' | 'cipher' | 'compression'
>;

export type BackupErrorKind = 'bukan-cadangan' | 'rusak' | 'kata-sandi' | 'versi' | 'isi';

export class BackupError extends Refusal {
  override name = 'BackupError';
  declare readonly kind: BackupErrorKind;
  constructor(kind: BackupErrorKind, message: string) {
    super(message, { kind });
  }
}

export const DAMAGED = 'Berkas cadangan rusak atau terpotong. Data yang ada tidak diubah.';
export const WRONG_PASSPHRASE = 'Kata sandi cadangan salah. Data yang ada tidak diubah.';

/** An AES key derived once, e.g. for the automatic backups of a session; never stored. */
export type BackupKey = {
  key: CryptoKey;
  salt: Uint8Array;
  check: Uint8Array;
  iterations: number;
};

export async function deriveBackupKey(
  passphrase: string,
  options: { iterations?: number; salt?: Uint8Array } = {},
): Promise<BackupKey> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
      material,
      512,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const check = bits.slice(32, 48);
  bits.fill(0);
  return { key, salt, check, iterations };
}

function writeUint32(target: Uint8Array, offset: number, value: number): void {
  new DataView(target.buffer, target.byteOffset, target.byteLength).setUint32(offset, value, false);
}

/** Encrypts an already compressed payload into a complete backup file. */
export async function sealBackup(
  plaintext: Uint8Array,
  key: BackupKey,
  meta: BackupHeaderInput,
): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    app: 'DTKS Kelurahan',
    ...meta,
    kdf: {
      name: 'PBKDF2-SHA256',
      iterations: key.iterations,
      salt: toBase64Url(key.salt),
      check: toBase64Url(key.check),
    },
    cipher: { name: 'AES-256-GCM', iv: toBase64Url(iv) },
    compression: 'gzip',
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(backupHeaderSchema.parse(header)));
  const headerEnd = PREFIX + headerBytes.length;
  const prefix = new Uint8Array(headerEnd + DIGEST_BYTES);
  prefix.set(MAGIC_BYTES, 0);
  writeUint32(prefix, MAGIC_BYTES.length, headerBytes.length);
  prefix.set(headerBytes, PREFIX);
  prefix.set(sha256(prefix.subarray(0, headerEnd)), headerEnd);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: prefix as BufferSource },
      key.key,
      plaintext as BufferSource,
    ),
  );
  const file = new Uint8Array(prefix.length + ciphertext.length);
  file.set(prefix, 0);
  file.set(ciphertext, prefix.length);
  return file;
}

export type OpenedContainer = { header: BackupHeader; aad: Uint8Array; ciphertext: Uint8Array };

/** Reads the unencrypted part: enough to show what the file is before asking for the passphrase. */
export function openContainer(file: Uint8Array): OpenedContainer {
  const family = MAGIC_BYTES.subarray(0, 7);
  const version = file[7] ?? 0;
  if (
    file.length >= MAGIC_BYTES.length &&
    family.every((byte, i) => file[i] === byte) &&
    version > (MAGIC_BYTES[7] ?? 0) &&
    version <= 0x39
  ) {
    throw new BackupError(
      'versi',
      'Cadangan ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi lebih dulu.',
    );
  }
  if (file.length < PREFIX || !MAGIC_BYTES.every((byte, i) => file[i] === byte)) {
    throw new BackupError(
      'bukan-cadangan',
      'Berkas ini bukan cadangan DTKS Kelurahan. Pilih berkas berakhiran .dtksbak.',
    );
  }
  const length = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(
    MAGIC_BYTES.length,
    false,
  );
  const headerEnd = PREFIX + length;
  if (
    length === 0 ||
    length > MAX_HEADER_BYTES ||
    headerEnd + DIGEST_BYTES + TAG_BYTES > file.length
  ) {
    throw new BackupError('rusak', DAMAGED);
  }
  const digest = file.subarray(headerEnd, headerEnd + DIGEST_BYTES);
  if (!constantTimeEqual(sha256(file.subarray(0, headerEnd)), digest)) {
    throw new BackupError('rusak', DAMAGED);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(PREFIX, headerEnd)),
    );
  } catch {
    throw new BackupError('rusak', DAMAGED);
  }
  if (
    typeof raw === 'object' &&
    raw !== null &&
    'format' in raw &&
    typeof raw.format === 'number' &&
    raw.format > BACKUP_FORMAT
  ) {
    throw new BackupError(
      'versi',
      'Cadangan ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi lebih dulu.',
    );
  }
  const header = backupHeaderSchema.safeParse(raw);
  if (!header.success) throw new BackupError('rusak', DAMAGED);
  return {
    header: header.data,
    aad: file.subarray(0, headerEnd + DIGEST_BYTES),
    ciphertext: file.subarray(headerEnd + DIGEST_BYTES),
  };
}

/**
 * Decrypts a container. `minIterations` refuses files whose key derivation is
 * weaker than the app's own (a downgraded file); unit tests lower it.
 */
export async function decryptContainer(
  opened: OpenedContainer,
  passphrase: string,
  options: { minIterations?: number } = {},
): Promise<Uint8Array> {
  const { header } = opened;
  if (header.kdf.iterations < (options.minIterations ?? PBKDF2_ITERATIONS)) {
    throw new BackupError('rusak', DAMAGED);
  }
  const salt = fromBase64Url(header.kdf.salt);
  const expected = fromBase64Url(header.kdf.check);
  const iv = fromBase64Url(header.cipher.iv);
  if (!salt || !expected || !iv) throw new BackupError('rusak', DAMAGED);
  const key = await deriveBackupKey(passphrase, { iterations: header.kdf.iterations, salt });
  if (!constantTimeEqual(key.check, expected)) {
    throw new BackupError('kata-sandi', WRONG_PASSPHRASE);
  }
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: iv as BufferSource, additionalData: opened.aad as BufferSource },
        key.key,
        opened.ciphertext as BufferSource,
      ),
    );
  } catch {
    throw new BackupError('rusak', DAMAGED);
  }
}
