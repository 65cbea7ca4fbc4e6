import { Refusal } from '@shared/domain/core/refusal';
import {
  accountInputSchema,
  accountNameSchema,
  constantTimeEqual,
  DEFAULT_IDLE_LOCK_MINUTES,
  idleLockSchema,
  PASSWORD_IS_USERNAME,
  passwordIsUsername,
  passwordSchema,
  PBKDF2_ITERATIONS,
  ROLE_LABELS,
  ROLES,
  toSessionAccount,
} from '@shared/domain/keamanan/accounts';
import type { Account, AccountInput, Role, SessionAccount } from '@shared/domain/keamanan/accounts';
import { fromBase64Url, toBase64Url } from '@shared/domain/surat/payload';
import { PermissionError } from '@shared/domain/keamanan/permissions';
import { newId } from '@shared/domain/core/ids';
import {
  afterFailure,
  lockedMessage,
  remainingLockMs,
  waitText,
} from '@shared/domain/keamanan/login-lockout';
import { appendAudit } from './audit-repository';
import { checkPermission } from './permission-door';
import type { DtksDatabase } from '../core/database';
import { readLoginLock, writeLoginLock } from './login-lockout-repository';
import { getSessionAccount } from '../core/session';

/** What screens may see of an account: never the hash or the salt. */
export type AccountSummary = Omit<Account, 'passwordHash' | 'salt' | 'iterations'>;

export class AccountError extends Refusal {
  override name = 'AccountError';
  constructor(message: string, field?: string) {
    super(message, { kind: 'keamanan', field });
  }
}

type HashOptions = { iterations?: number };

/** PBKDF2-SHA256 through WebCrypto. Always called outside a Dexie transaction. */
export async function derivePasswordHash(
  password: string,
  salt: Uint8Array,
  iterations: number,
): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

async function newSecret(password: string, iterations: number) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derivePasswordHash(password, salt, iterations);
  return { passwordHash: toBase64Url(hash), salt: toBase64Url(salt), iterations };
}

function summary(account: Account): AccountSummary {
  const { passwordHash: _h, salt: _s, iterations: _i, ...rest } = account;
  return rest;
}

export function countAccounts(db: DtksDatabase): Promise<number> {
  return db.accounts.count();
}

export async function listAccounts(db: DtksDatabase): Promise<AccountSummary[]> {
  const rows = await db.accounts.toArray();
  return rows
    .map(summary)
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) ||
        ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
        a.nama.localeCompare(b.nama, 'id'),
    );
}

export async function getActiveAccount(
  db: DtksDatabase,
  id: string,
): Promise<SessionAccount | null> {
  const account = await db.accounts.get(id);
  return account?.active ? toSessionAccount(account) : null;
}

/** The session must be an admin, and still be one in the table (not demoted or deactivated since). */
async function requireAdmin(db: DtksDatabase): Promise<SessionAccount> {
  const account = getSessionAccount(db);
  const stored = account ? await db.accounts.get(account.id) : undefined;
  if (account?.role !== 'admin' || stored?.role !== 'admin' || !stored.active) {
    throw new PermissionError('Hanya admin yang boleh mengelola akun pengguna.');
  }
  return account;
}

async function activeAdmins(db: DtksDatabase, except: string): Promise<number> {
  return db.accounts
    .where('role')
    .equals('admin')
    .filter((account) => account.active && account.id !== except)
    .count();
}

/**
 * Creates an account. The very first one must be an admin and needs no
 * session (first run); every later one needs a signed-in admin.
 */
export async function createAccount(
  db: DtksDatabase,
  input: AccountInput,
  options: HashOptions & { now?: Date } = {},
): Promise<AccountSummary> {
  checkPermission(db, 'create', 'akun');
  const parsed = accountInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AccountError(issue?.message ?? 'Isian akun tidak sah', String(issue?.path[0] ?? ''));
  }
  const { password, ...data } = parsed.data;
  const firstRun = (await db.accounts.count()) === 0;
  if (firstRun && data.role !== 'admin') {
    throw new AccountError('Akun pertama harus berperan admin.', 'role');
  }
  if (!firstRun) await requireAdmin(db);
  // The slow hash runs before the transaction: IndexedDB would commit an idle one.
  const secret = await newSecret(password, options.iterations ?? PBKDF2_ITERATIONS);
  const now = (options.now ?? new Date()).toISOString();
  const account: Account = {
    id: newId(),
    ...data,
    ...secret,
    active: true,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.accounts, db.audit, async () => {
    if ((await db.accounts.count()) === 0 && account.role !== 'admin') {
      throw new AccountError('Akun pertama harus berperan admin.', 'role');
    }
    if (await db.accounts.where('username').equals(account.username).count()) {
      throw new AccountError(`Nama pengguna "${account.username}" sudah dipakai.`, 'username');
    }
    await db.accounts.add(account);
    await appendAudit(db, {
      actor: `${account.nama} (${account.username})`,
      action: 'create',
      entity: 'akun',
      entityId: account.id,
      summary: `Akun dibuat: ${account.nama} (${account.username}), peran ${ROLE_LABELS[account.role]}`,
      after: summary(account),
    });
  });
  return summary(account);
}

export type LoginResult =
  | { ok: true; account: SessionAccount }
  | {
      ok: false;
      message: string;
      /** Set when the user name is locked for a while. */ retryAfterMs?: number;
    };

const WRONG_LOGIN = 'Nama pengguna atau kata sandi salah.';
/** Hashed when the user name is unknown, so both failures take the same time. */
const DUMMY_SALT = new Uint8Array(16);

type LoginOptions = {
  /** The clock, injectable so tests of the lock need not wait. */
  now?: () => Date;
  /** Iterations for the dummy hash of an unknown name (tests only). */
  iterations?: number;
};

/**
 * Checks a user name and password; every attempt, good or bad, is logged so a
 * breach report can say who was signed in and who tried. After five wrong
 * passwords the user name is locked for a growing delay (shared/domain/keamanan/login-lockout.ts):
 * while it lasts even the right password is refused, unchecked.
 */
export async function verifyLogin(
  db: DtksDatabase,
  username: string,
  password: string,
  options: LoginOptions = {},
): Promise<LoginResult> {
  const clock = options.now ?? (() => new Date());
  const name = username.trim().toLowerCase();
  const account = name ? await db.accounts.where('username').equals(name).first() : undefined;
  const actor = account ? `${account.nama} (${account.username})` : `tidak dikenal (${name})`;
  const entityId = account?.id ?? name;

  const waitMs = remainingLockMs(await readLoginLock(db, name), clock());
  if (waitMs > 0) {
    await db.transaction('rw', db.audit, async () => {
      await appendAudit(db, {
        actor,
        action: 'login',
        entity: 'sesi',
        entityId,
        summary: `Masuk ditolak: nama pengguna "${name}" sedang dikunci, sisa ${waitText(waitMs)}`,
      });
    });
    return { ok: false, message: lockedMessage(waitMs), retryAfterMs: waitMs };
  }

  const salt = account ? (fromBase64Url(account.salt) ?? DUMMY_SALT) : DUMMY_SALT;
  const iterations = account?.iterations ?? options.iterations ?? PBKDF2_ITERATIONS;
  const computed = await derivePasswordHash(password, salt, iterations);
  // The start-up bench's mark (kit/startup-marks.ts: passwordChecked); the first one only.
  if (performance.getEntriesByName('dtks:password-checked', 'mark').length === 0)
    performance.mark('dtks:password-checked');
  const stored = account ? fromBase64Url(account.passwordHash) : null;
  const matches = stored !== null && constantTimeEqual(computed, stored);
  const now = clock();
  return db.transaction('rw', db.settings, db.audit, async (): Promise<LoginResult> => {
    if (account && matches) {
      // The right password ends the count, also for a deactivated account (not a guess).
      await writeLoginLock(db, name, null);
      const result: LoginResult = account.active
        ? { ok: true, account: toSessionAccount(account) }
        : { ok: false, message: 'Akun ini sudah dinonaktifkan. Hubungi admin kelurahan.' };
      await appendAudit(db, {
        actor,
        action: 'login',
        entity: 'sesi',
        entityId,
        summary: result.ok ? 'Masuk ke aplikasi' : `Gagal masuk: ${result.message}`,
      });
      return result;
    }
    const next = afterFailure(await readLoginLock(db, name), name, now);
    if (name) await writeLoginLock(db, name, next);
    await appendAudit(db, {
      actor,
      action: 'login',
      entity: 'sesi',
      entityId,
      summary: `Gagal masuk: ${WRONG_LOGIN} Salah ke-${next.failures} berturut-turut untuk nama ini.`,
    });
    const lockMs = name ? remainingLockMs(next, now) : 0;
    if (lockMs === 0) return { ok: false, message: WRONG_LOGIN };
    await appendAudit(db, {
      actor,
      action: 'login',
      entity: 'sesi',
      entityId,
      summary: `Nama pengguna "${name}" dikunci sementara ${waitText(lockMs)} setelah ${next.failures} kali salah`,
    });
    return {
      ok: false,
      message: `${WRONG_LOGIN} ${lockedMessage(lockMs)}`,
      retryAfterMs: lockMs,
    };
  });
}

async function updateAccount(
  db: DtksDatabase,
  id: string,
  change: (account: Account) => Promise<{ patch: Partial<Account>; summary: string }>,
): Promise<AccountSummary> {
  const account = await db.accounts.get(id);
  if (!account) throw new AccountError('Akun tidak ditemukan.');
  const { patch, summary: text } = await change(account);
  const next: Account = { ...account, ...patch, updatedAt: new Date().toISOString() };
  await db.transaction('rw', db.accounts, db.audit, async () => {
    const current = await db.accounts.get(id);
    if (!current || current.updatedAt !== account.updatedAt) {
      throw new AccountError(
        'Akun ini baru saja diubah di jendela lain. Muat ulang lalu coba lagi.',
      );
    }
    await db.accounts.put(next);
    await appendAudit(db, {
      actor: `${account.nama} (${account.username})`,
      action: 'update',
      entity: 'akun',
      entityId: id,
      summary: text,
      before: summary(account),
      after: summary(next),
    });
  });
  return summary(next);
}

/** The signed-in user changes their own password; the current one is asked again. */
export async function changeOwnPassword(
  db: DtksDatabase,
  current: string,
  next: string,
  options: HashOptions = {},
): Promise<void> {
  const me = getSessionAccount(db);
  if (!me) throw new PermissionError('Masuk dulu untuk mengganti kata sandi.');
  checkPermission(db, 'update', 'akun', { entityId: me.id });
  const parsed = passwordSchema.safeParse(next);
  if (!parsed.success) throw new AccountError(parsed.error.issues[0]?.message ?? '', 'next');
  await updateAccount(db, me.id, async (account) => {
    const stored = fromBase64Url(account.passwordHash);
    const salt = fromBase64Url(account.salt) ?? DUMMY_SALT;
    const computed = await derivePasswordHash(current, salt, account.iterations);
    if (!stored || !constantTimeEqual(computed, stored)) {
      throw new AccountError('Kata sandi lama salah.', 'current');
    }
    if (passwordIsUsername(next, account.username)) {
      throw new AccountError(PASSWORD_IS_USERNAME, 'next');
    }
    const secret = await newSecret(next, options.iterations ?? PBKDF2_ITERATIONS);
    return { patch: secret, summary: `Kata sandi diganti oleh pemiliknya: ${account.username}` };
  });
}

/** An admin sets a new password for someone who forgot theirs. */
export async function resetPassword(
  db: DtksDatabase,
  id: string,
  next: string,
  options: HashOptions = {},
): Promise<void> {
  checkPermission(db, 'update', 'akun', { entityId: id });
  const admin = await requireAdmin(db);
  const parsed = passwordSchema.safeParse(next);
  if (!parsed.success) throw new AccountError(parsed.error.issues[0]?.message ?? '', 'password');
  await updateAccount(db, id, async (account) => {
    if (passwordIsUsername(next, account.username)) {
      throw new AccountError(PASSWORD_IS_USERNAME, 'password');
    }
    const secret = await newSecret(next, options.iterations ?? PBKDF2_ITERATIONS);
    return {
      patch: secret,
      summary: `Kata sandi ${account.username} disetel ulang oleh admin ${admin.username}`,
    };
  });
}

/** Changes name and role, or (de)activates; the last active admin cannot be lost. */
export async function editAccount(
  db: DtksDatabase,
  id: string,
  change: { nama?: string; role?: Role; active?: boolean },
): Promise<AccountSummary> {
  checkPermission(db, 'update', 'akun', { entityId: id });
  const admin = await requireAdmin(db);
  return updateAccount(db, id, async (account) => {
    const named = accountNameSchema.safeParse(change.nama ?? account.nama);
    if (!named.success) throw new AccountError(named.error.issues[0]?.message ?? '', 'nama');
    const nama = named.data;
    const role = change.role ?? account.role;
    const active = change.active ?? account.active;
    if (id === admin.id && (!active || role !== 'admin')) {
      throw new AccountError('Anda tidak dapat menonaktifkan atau menurunkan peran akun sendiri.');
    }
    if (account.role === 'admin' && (role !== 'admin' || !active)) {
      if ((await activeAdmins(db, id)) === 0) {
        throw new AccountError('Harus tetap ada sedikitnya satu admin yang aktif.');
      }
    }
    const parts = [
      nama !== account.nama ? `nama menjadi ${nama}` : '',
      role !== account.role ? `peran menjadi ${ROLE_LABELS[role]}` : '',
      active !== account.active ? (active ? 'diaktifkan kembali' : 'dinonaktifkan') : '',
    ].filter(Boolean);
    return {
      patch: { nama, role, active },
      summary: `Akun ${account.username}: ${parts.join(', ') || 'tidak ada perubahan'}`,
    };
  });
}

// ---- Idle lock setting ----

const IDLE_KEY = 'kunci-otomatis';

export async function getIdleLockMinutes(db: DtksDatabase): Promise<number> {
  const row = await db.settings.get(IDLE_KEY);
  const parsed = idleLockSchema.safeParse(row?.value);
  return parsed.success ? parsed.data.minutes : DEFAULT_IDLE_LOCK_MINUTES;
}

export async function saveIdleLockMinutes(db: DtksDatabase, minutes: number): Promise<void> {
  checkPermission(db, 'settings', 'pengaturan');
  const value = idleLockSchema.parse({ minutes });
  await db.transaction('rw', db.settings, db.audit, async () => {
    const before = (await db.settings.get(IDLE_KEY))?.value;
    await db.settings.put({ key: IDLE_KEY, value });
    await appendAudit(db, {
      actor: 'admin',
      action: 'settings',
      entity: 'pengaturan',
      entityId: IDLE_KEY,
      summary: `Kunci otomatis setelah ${value.minutes} menit tanpa aktivitas`,
      before,
      after: value,
    });
  });
}
