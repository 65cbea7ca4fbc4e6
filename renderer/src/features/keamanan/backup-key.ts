import type { BackupKey } from '../../db/cadangan/file';

/**
 * The key for automatic backups lives in this module's memory only: derived
 * from the passphrase once per session, never written anywhere, gone when the
 * app closes or the session ends. The trade-off: after every sign-in someone
 * must type the backup passphrase again before automatic backups resume;
 * storing the key (or passphrase) on disk next to the data would make the
 * encryption of the backups pointless against a stolen laptop.
 */
let current: BackupKey | null = null;
const listeners = new Set<() => void>();

export function getAutoBackupKey(): BackupKey | null {
  return current;
}

export function setAutoBackupKey(key: BackupKey | null): void {
  current = key;
  for (const listener of listeners) listener();
}

export function subscribeAutoBackupKey(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
