import { createAnchorVault, type AnchorStorage } from '@shared/domain/keamanan/audit-anchor';
import { fromBase64Url, toBase64Url } from '@shared/domain/surat/payload';

export const ANCHOR_STORAGE_KEY = 'dtks.auditAnchor';
export const ANCHOR_KEY_STORAGE_KEY = 'dtks.auditAnchor.key';

/**
 * The browser's anchor: localStorage, outside IndexedDB, so a rewrite of the
 * log in the database alone still shows. It is weaker than the desktop one:
 * its HMAC key sits next to it in the same profile, so someone who edits the
 * profile with the browser's developer tools can rewrite both. The check
 * screen says so.
 */
export function createBrowserAnchorStorage(storage: Storage = localStorage): AnchorStorage {
  return {
    protection: 'browser',
    async loadKey() {
      const text = storage.getItem(ANCHOR_KEY_STORAGE_KEY);
      const key = text ? fromBase64Url(text) : null;
      return key && key.length === 32 ? key : null;
    },
    async createKey() {
      // Another tab may have made the key since this one looked: two keys would seal
      // each other's anchor as damaged.
      const existing = storage.getItem(ANCHOR_KEY_STORAGE_KEY);
      const current = existing ? fromBase64Url(existing) : null;
      if (current && current.length === 32) return current;
      const key = crypto.getRandomValues(new Uint8Array(32));
      storage.setItem(ANCHOR_KEY_STORAGE_KEY, toBase64Url(key));
      return key;
    },
    async readText() {
      return storage.getItem(ANCHOR_STORAGE_KEY);
    },
    async writeText(text) {
      storage.setItem(ANCHOR_STORAGE_KEY, text);
    },
  };
}

export function createBrowserAnchorVault(storage: Storage = localStorage) {
  return createAnchorVault(createBrowserAnchorStorage(storage));
}
