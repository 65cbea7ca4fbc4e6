import path from 'node:path';
import { syncSecretRequestSchema, type SyncSecretResponse } from '@shared/ipc/contract';
import type { SafeStorageLike } from './audit-anchor';
import { UNTRUSTED_SENDER_MESSAGE, parseRequest, withSenderCheck } from './common';

/*
 * The office sync's password, in the data folder, encrypted with Electron's safeStorage
 * (DPAPI on Windows). Where the OS offers no encryption it is kept in plain and the
 * settings screen says so. The renderer never sees a key, only the password it saved.
 */
export const SYNC_SECRET_FILE = 'sinkron-kata-sandi.json';

export type SyncSecretDeps = {
  userDataDir: () => string;
  fs: {
    readFile: (filePath: string) => Promise<Uint8Array>;
    writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
    rm: (filePath: string) => Promise<void>;
  };
  safeStorage: SafeStorageLike;
  originStore?: SyncOriginStore;
};

type Stored = { protection: 'safeStorage' | 'tanpa-enkripsi'; value: string; origin?: string };

/**
 * The sync server's origin, shared with the app:// protocol handler: read from the file at
 * start, changed on save. The page may connect there once it reloads.
 */
export type SyncOriginStore = { origins: string[] };

/** The origin kept in the file's text (read at start, before the first page loads). */
export function originsFromFile(text: string | null): string[] {
  if (!text) return [];
  try {
    const stored = JSON.parse(text) as Stored;
    return typeof stored.origin === 'string' ? [stored.origin] : [];
  } catch {
    return [];
  }
}

export function createSyncSecretHandler(deps: SyncSecretDeps) {
  const file = () => path.join(deps.userDataDir(), SYNC_SECRET_FILE);
  const fail = (message: string) => ({ ok: false as const, message });
  const read = async (): Promise<SyncSecretResponse> => {
    let bytes: Uint8Array;
    try {
      bytes = await deps.fs.readFile(file());
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== 'ENOENT') throw error;
      const protection = deps.safeStorage.isEncryptionAvailable()
        ? 'safeStorage'
        : 'tanpa-enkripsi';
      return { ok: true, password: null, protection };
    }
    try {
      const stored = JSON.parse(new TextDecoder().decode(bytes)) as Stored;
      const password =
        stored.protection === 'safeStorage'
          ? deps.safeStorage.decryptString(Buffer.from(stored.value, 'base64'))
          : stored.value;
      return { ok: true, password, protection: stored.protection };
    } catch {
      return fail('Kata sandi sinkronisasi tidak dapat dibaca di akun Windows ini. Isi lagi.');
    }
  };
  return withSenderCheck<SyncSecretResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(syncSecretRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const request = parsed.value;
      if (request.action === 'clear') {
        await deps.fs.rm(file());
        if (deps.originStore) deps.originStore.origins = [];
        return read();
      }
      if (request.action === 'save') {
        const encrypt = deps.safeStorage.isEncryptionAvailable();
        const stored: Stored = encrypt
          ? {
              protection: 'safeStorage',
              value: Buffer.from(deps.safeStorage.encryptString(request.password)).toString(
                'base64',
              ),
            }
          : { protection: 'tanpa-enkripsi', value: request.password };
        stored.origin = request.origin;
        await deps.fs.writeFile(file(), new TextEncoder().encode(JSON.stringify(stored)));
        if (deps.originStore) deps.originStore.origins = [request.origin];
      }
      return read();
    },
  );
}
