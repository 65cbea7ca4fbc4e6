import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS } from '@shared/domain/keamanan/accounts';
import {
  AccountError,
  changeOwnPassword,
  createAccount,
  derivePasswordHash,
  editAccount,
  getIdleLockMinutes,
  listAccounts,
  resetPassword,
  saveIdleLockMinutes,
  verifyLogin,
} from './account-repository';
import { listAudit, PermissionError } from './audit-repository';
import { setSessionAccount } from '../core/session';
import { freshDatabase } from '../testing/helpers';

// Unit tests pass a low iteration count; production always uses PBKDF2_ITERATIONS.
const FAST = { iterations: 1_000 };
const PASSWORD = 'Rahasia-Kelurahan-2026';

async function withAdmin() {
  const db = freshDatabase();
  const admin = await createAccount(
    db,
    { username: 'admin', nama: 'Siti Rahmawati', role: 'admin', password: PASSWORD },
    FAST,
  );
  setSessionAccount(db, { id: admin.id, username: 'admin', nama: admin.nama, role: 'admin' });
  return { db, admin };
}

describe('createAccount', () => {
  it('stores a PBKDF2 hash with salt, never the password, and logs without secrets', async () => {
    const db = freshDatabase();
    await createAccount(
      db,
      { username: 'Admin', nama: 'Siti', role: 'admin', password: PASSWORD },
      FAST,
    );
    const [row] = await db.accounts.toArray();
    expect(row).toMatchObject({
      username: 'admin',
      role: 'admin',
      active: true,
      iterations: 1_000,
    });
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    const salt = Uint8Array.from(
      atob(row!.salt.replace(/-/g, '+').replace(/_/g, '/').padEnd(24, '=')),
      (c) => c.charCodeAt(0),
    );
    expect(salt).toHaveLength(16);
    const [entry] = await listAudit(db, 1);
    expect(entry?.entity).toBe('akun');
    expect(JSON.stringify(entry)).not.toMatch(/passwordHash|salt/);
  });

  it('uses 600,000 iterations by default', async () => {
    const db = freshDatabase();
    await createAccount(db, { username: 'admin', nama: 'Siti', role: 'admin', password: PASSWORD });
    expect((await db.accounts.toArray())[0]?.iterations).toBe(PBKDF2_ITERATIONS);
  }, 20_000);

  it('requires the first account to be an admin', async () => {
    const db = freshDatabase();
    await expect(
      createAccount(
        db,
        { username: 'oper', nama: 'Op', role: 'operator', password: PASSWORD },
        FAST,
      ),
    ).rejects.toThrow('Akun pertama harus berperan admin.');
    expect(await db.accounts.count()).toBe(0);
  });

  it('needs a signed-in admin for every later account, and unique user names', async () => {
    const { db } = await withAdmin();
    await createAccount(
      db,
      { username: 'budi', nama: 'Budi', role: 'operator', password: PASSWORD },
      FAST,
    );
    await expect(
      createAccount(
        db,
        { username: 'BUDI', nama: 'Budi 2', role: 'operator', password: PASSWORD },
        FAST,
      ),
    ).rejects.toThrow('Nama pengguna "budi" sudah dipakai.');

    setSessionAccount(db, { id: 'x', username: 'budi', nama: 'Budi', role: 'operator' });
    await expect(
      createAccount(
        db,
        { username: 'rina', nama: 'Rina', role: 'admin', password: PASSWORD },
        FAST,
      ),
    ).rejects.toBeInstanceOf(PermissionError);
    setSessionAccount(db, null);
    await expect(
      createAccount(
        db,
        { username: 'rina', nama: 'Rina', role: 'admin', password: PASSWORD },
        FAST,
      ),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await db.accounts.count()).toBe(2);
  });

  it('refuses invalid input with the field named', async () => {
    const db = freshDatabase();
    const error = await createAccount(
      db,
      { username: 'a', nama: 'X', role: 'admin', password: PASSWORD },
      FAST,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountError);
    expect((error as AccountError).field).toBe('username');
  });
});

describe('verifyLogin', () => {
  it('accepts the right password and refuses a wrong one or an unknown user, logging each attempt', async () => {
    const { db, admin } = await withAdmin();
    setSessionAccount(db, null);
    expect(await verifyLogin(db, ' ADMIN ', PASSWORD)).toEqual({
      ok: true,
      account: { id: admin.id, username: 'admin', nama: 'Siti Rahmawati', role: 'admin' },
    });
    expect(await verifyLogin(db, 'admin', `${PASSWORD}x`)).toEqual({
      ok: false,
      message: 'Nama pengguna atau kata sandi salah.',
    });
    expect(await verifyLogin(db, 'tamu', PASSWORD)).toMatchObject({ ok: false });
    const log = await listAudit(db, 3);
    expect(log.map((entry) => entry.summary)).toEqual([
      'Gagal masuk: Nama pengguna atau kata sandi salah. Salah ke-1 berturut-turut untuk nama ini.',
      'Gagal masuk: Nama pengguna atau kata sandi salah. Salah ke-1 berturut-turut untuk nama ini.',
      'Masuk ke aplikasi',
    ]);
  });

  it('refuses a deactivated account even with the right password', async () => {
    const { db } = await withAdmin();
    const budi = await createAccount(
      db,
      { username: 'budi', nama: 'Budi', role: 'operator', password: PASSWORD },
      FAST,
    );
    await editAccount(db, budi.id, { active: false });
    expect(await verifyLogin(db, 'budi', PASSWORD)).toMatchObject({
      ok: false,
      message: expect.stringContaining('dinonaktifkan'),
    });
  });

  it('derives the same bits as a reference PBKDF2 vector (RFC 7914 §11)', async () => {
    const salt = new TextEncoder().encode('salt');
    const bits = await derivePasswordHash('passwd', salt, 1);
    expect(Buffer.from(bits).toString('hex').slice(0, 32)).toBe('55ac046e56e3089fec1691c22544b605');
  });
});

describe('managing accounts', () => {
  it('lets users change their own password with the old one', async () => {
    const { db } = await withAdmin();
    const budi = await createAccount(
      db,
      { username: 'budi', nama: 'Budi', role: 'operator', password: PASSWORD },
      FAST,
    );
    setSessionAccount(db, { id: budi.id, username: 'budi', nama: 'Budi', role: 'operator' });
    await expect(changeOwnPassword(db, 'salah-sekali', 'Sandi-Baru-Budi-1', FAST)).rejects.toThrow(
      'Kata sandi lama salah.',
    );
    await changeOwnPassword(db, PASSWORD, 'Sandi-Baru-Budi-1', FAST);
    expect((await verifyLogin(db, 'budi', 'Sandi-Baru-Budi-1')).ok).toBe(true);
    expect((await verifyLogin(db, 'budi', PASSWORD)).ok).toBe(false);
  });

  it('lets only the admin reset a password', async () => {
    const { db, admin } = await withAdmin();
    const budi = await createAccount(
      db,
      { username: 'budi', nama: 'Budi', role: 'operator', password: PASSWORD },
      FAST,
    );
    setSessionAccount(db, { id: budi.id, username: 'budi', nama: 'Budi', role: 'operator' });
    await expect(resetPassword(db, admin.id, 'Direbut-Operator-1', FAST)).rejects.toBeInstanceOf(
      PermissionError,
    );
    setSessionAccount(db, { id: admin.id, username: 'admin', nama: 'Siti', role: 'admin' });
    await resetPassword(db, budi.id, 'Sandi-Dari-Admin-1', FAST);
    expect((await verifyLogin(db, 'budi', 'Sandi-Dari-Admin-1')).ok).toBe(true);
  });

  it('never loses the last active admin', async () => {
    const { db, admin } = await withAdmin();
    await expect(editAccount(db, admin.id, { active: false })).rejects.toThrow(/akun sendiri/);
    const rina = await createAccount(
      db,
      { username: 'rina', nama: 'Rina', role: 'admin', password: PASSWORD },
      FAST,
    );
    setSessionAccount(db, { id: rina.id, username: 'rina', nama: 'Rina', role: 'admin' });
    await editAccount(db, admin.id, { role: 'operator' });
    await expect(editAccount(db, rina.id, { role: 'operator' })).rejects.toThrow(/akun sendiri/);
    // A session opened before the demotion no longer has admin powers here.
    setSessionAccount(db, { id: admin.id, username: 'admin', nama: 'Siti', role: 'admin' });
    await expect(editAccount(db, rina.id, { active: false })).rejects.toBeInstanceOf(
      PermissionError,
    );
    const list = await listAccounts(db);
    expect(list.map((a) => [a.username, a.role, a.active])).toEqual([
      ['rina', 'admin', true],
      ['admin', 'operator', true],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/passwordHash|salt/);
  });

  it('stores the idle lock minutes, default 10', async () => {
    const { db } = await withAdmin();
    expect(await getIdleLockMinutes(db)).toBe(10);
    await saveIdleLockMinutes(db, 5);
    expect(await getIdleLockMinutes(db)).toBe(5);
    await expect(saveIdleLockMinutes(db, 0)).rejects.toThrow();
  });
});
