import {
  currentState,
  FREE_ATTEMPTS,
  loginLockStateSchema,
  remainingLockMs,
} from '@shared/domain/keamanan/login-lockout';
import type { LoginLockState } from '@shared/domain/keamanan/login-lockout';
import { PermissionError } from '@shared/domain/keamanan/permissions';
import { appendAudit } from './audit-repository';
import { checkPermission } from './permission-door';
import type { DtksDatabase } from '../core/database';
import { getSessionAccount } from '../core/session';

/**
 * Where the failed sign-ins of each user name are counted: one settings row
 * per name, so a reload or a second window sees the same lock (no schema
 * change: the settings table is a key-value store). Unknown names are
 * counted too, or trying them would tell which names exist.
 */
const PREFIX = 'gagal-masuk:';
const keyOf = (username: string) => `${PREFIX}${username}`;

export async function readLoginLock(
  db: DtksDatabase,
  username: string,
): Promise<LoginLockState | null> {
  const row = await db.settings.get(keyOf(username));
  const parsed = loginLockStateSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Call inside a transaction that includes db.settings. */
export async function writeLoginLock(
  db: DtksDatabase,
  username: string,
  state: LoginLockState | null,
): Promise<void> {
  if (state) await db.settings.put({ key: keyOf(username), value: state });
  else await db.settings.delete(keyOf(username));
}

export type LoginLockRow = LoginLockState & {
  /** Milliseconds still to wait; 0 when the lock has run out (the next failure locks again, longer). */
  remainingMs: number;
};

/** The user names with five or more recent failures, for the admin's list; the longest wait first. */
export async function listLoginLocks(db: DtksDatabase, now = new Date()): Promise<LoginLockRow[]> {
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
  return rows
    .flatMap((row) => {
      const parsed = loginLockStateSchema.safeParse(row.value);
      const state = parsed.success ? currentState(parsed.data, now) : null;
      return state && state.failures >= FREE_ATTEMPTS
        ? [{ ...state, remainingMs: remainingLockMs(state, now) }]
        : [];
    })
    .sort((a, b) => b.remainingMs - a.remainingMs || a.username.localeCompare(b.username));
}

/** An admin lifts the lock of a user name (who called to say it was them); logged. */
export async function clearLoginLock(db: DtksDatabase, username: string): Promise<void> {
  checkPermission(db, 'update', 'akun');
  const admin = getSessionAccount(db);
  const stored = admin ? await db.accounts.get(admin.id) : undefined;
  if (admin?.role !== 'admin' || stored?.role !== 'admin' || !stored.active) {
    throw new PermissionError('Hanya admin yang boleh membuka kunci masuk akun pengguna.');
  }
  await db.transaction('rw', [db.settings, db.accounts, db.audit], async () => {
    const before = await readLoginLock(db, username);
    if (!before) return;
    const account = await db.accounts.where('username').equals(username).first();
    await writeLoginLock(db, username, null);
    await appendAudit(db, {
      actor: `${admin.nama} (${admin.username})`,
      action: 'update',
      entity: 'akun',
      entityId: account?.id ?? username,
      summary: `Kunci masuk nama pengguna "${username}" dibuka oleh admin ${admin.username} (setelah ${before.failures} kali salah)`,
      before,
    });
  });
}
