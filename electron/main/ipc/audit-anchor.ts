import path from 'node:path';
import { createAnchorVault } from '@shared/domain/keamanan/audit-anchor';
import type {
  AnchorProtection,
  AnchorStorage,
  AnchorVault,
} from '@shared/domain/keamanan/audit-anchor';
import {
  auditAnchorReadRequestSchema,
  auditAnchorUpdateRequestSchema,
  type AuditAnchorReadResponse,
  type AuditAnchorUpdateResponse,
} from '@shared/ipc/contract';
import { UNTRUSTED_SENDER_MESSAGE, parseRequest, withSenderCheck } from './common';

/*
 * The audit chain's anchor lives in the data folder, outside IndexedDB: a
 * rewrite of the log in the database does not reach it. Its HMAC key is kept
 * encrypted with Electron's safeStorage (DPAPI on Windows, the keychain on
 * macOS, the secret service on Linux), so a copy of the folder alone cannot
 * forge a matching anchor. Where the OS offers no encryption the key is kept
 * in plain and the check screen says so.
 */

export const ANCHOR_FILE = 'audit-anchor.json';
export const ANCHOR_KEY_FILE = 'audit-anchor.key';

export type AnchorFs = {
  readFile: (filePath: string) => Promise<Uint8Array>;
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  mkdir: (dir: string, options: { recursive: true }) => Promise<unknown>;
};

/** The slice of Electron's safeStorage used here. */
export type SafeStorageLike = {
  isEncryptionAvailable: () => boolean;
  encryptString: (plain: string) => Uint8Array;
  decryptString: (encrypted: Buffer) => string;
};

export type AuditAnchorDeps = {
  userDataDir: () => string;
  fs: AnchorFs;
  safeStorage: SafeStorageLike;
  randomBytes: (size: number) => Uint8Array;
  now?: () => Date;
};

type KeyFile = { protection: 'safeStorage' | 'tanpa-enkripsi'; key: string };

function isMissing(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ENOENT';
}

async function readOrNull(fs: AnchorFs, filePath: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(filePath);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Written beside and renamed: a crash never leaves half an anchor under the real name. */
async function writeAtomically(fs: AnchorFs, filePath: string, data: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(filePath), { recursive: true });
  await fs.writeFile(`${filePath}.tmp`, data);
  await fs.rename(`${filePath}.tmp`, filePath);
}

export function createMainAnchorStorage(deps: AuditAnchorDeps): AnchorStorage {
  const file = (name: string) => path.join(deps.userDataDir(), name);
  let protection: AnchorProtection = 'safeStorage';
  return {
    get protection() {
      return protection;
    },
    async loadKey() {
      const bytes = await readOrNull(deps.fs, file(ANCHOR_KEY_FILE));
      if (!bytes) return null;
      try {
        const stored = JSON.parse(new TextDecoder().decode(bytes)) as KeyFile;
        protection = stored.protection === 'safeStorage' ? 'safeStorage' : 'tanpa-enkripsi';
        const encoded =
          stored.protection === 'safeStorage'
            ? deps.safeStorage.decryptString(Buffer.from(stored.key, 'base64'))
            : stored.key;
        const key = Uint8Array.from(Buffer.from(encoded, 'base64'));
        return key.length === 32 ? key : null;
      } catch {
        // Unreadable (another OS user, a changed keyring, an edited file): the read says "rusak".
        return null;
      }
    },
    async createKey() {
      const key = deps.randomBytes(32);
      const encoded = Buffer.from(key).toString('base64');
      const encrypt = deps.safeStorage.isEncryptionAvailable();
      protection = encrypt ? 'safeStorage' : 'tanpa-enkripsi';
      const stored: KeyFile = encrypt
        ? {
            protection: 'safeStorage',
            key: Buffer.from(deps.safeStorage.encryptString(encoded)).toString('base64'),
          }
        : { protection: 'tanpa-enkripsi', key: encoded };
      await writeAtomically(
        deps.fs,
        file(ANCHOR_KEY_FILE),
        new TextEncoder().encode(JSON.stringify(stored)),
      );
      return key;
    },
    async readText() {
      const bytes = await readOrNull(deps.fs, file(ANCHOR_FILE));
      return bytes ? new TextDecoder().decode(bytes) : null;
    },
    async writeText(text) {
      await writeAtomically(deps.fs, file(ANCHOR_FILE), new TextEncoder().encode(text));
    },
  };
}

/** Both handlers share one vault, so reads and updates from every window run one at a time. */
export function createAuditAnchorHandlers(deps: AuditAnchorDeps, vault?: AnchorVault) {
  const anchors = vault ?? createAnchorVault(createMainAnchorStorage(deps), deps.now);
  const fail = (message: string) => ({ ok: false as const, message });
  const read = withSenderCheck<AuditAnchorReadResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(auditAnchorReadRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      return { ok: true, ...(await anchors.read(parsed.value.database)) };
    },
  );
  const update = withSenderCheck<AuditAnchorUpdateResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(auditAnchorUpdateRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      return anchors.update(parsed.value.database, parsed.value.update);
    },
  );
  return { read, update };
}
