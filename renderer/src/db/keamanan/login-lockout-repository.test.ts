import { describe, expect, it } from 'vitest';
import { createAccount, verifyLogin } from './account-repository';
import { listAudit, PermissionError } from './audit-repository';
import { DtksDatabase } from '../core/database';
import { clearLoginLock, listLoginLocks } from './login-lockout-repository';
import { setSessionAccount } from '../core/session';
import { freshDatabase } from '../testing/helpers';

const FAST = { iterations: 1_000 };
const PASSWORD = 'Rahasia-Kelurahan-2026';

/** A clock the test moves by hand: no real waiting. */
function manualClock(start = '2026-12-03T08:00:00Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

async function officeWithBudi() {
  const db = freshDatabase();
  const admin = await createAccount(
    db,
    { username: 'admin', nama: 'Siti Rahmawati', role: 'admin', password: PASSWORD },
    FAST,
  );
  setSessionAccount(db, { id: admin.id, username: 'admin', nama: admin.nama, role: 'admin' });
  const budi = await createAccount(
    db,
    { username: 'budi', nama: 'Budi Santoso', role: 'operator', password: PASSWORD },
    FAST,
  );
  setSessionAccount(db, null);
  return { db, admin, budi };
}

describe('sign-in lockout (data layer)', () => {
  it('refuses even the right password after twelve wrong ones, until the wait is over', async () => {
    const { db } = await officeWithBudi();
    const clock = manualClock();
    const opts = { now: clock.now, ...FAST };
    for (let i = 1; i <= 4; i += 1) {
      expect(await verifyLogin(db, 'budi', `salah-${i}`, opts)).toEqual({
        ok: false,
        message: 'Nama pengguna atau kata sandi salah.',
      });
    }
    const fifth = await verifyLogin(db, 'budi', 'salah-5', opts);
    expect(fifth).toMatchObject({ ok: false, retryAfterMs: 30_000 });
    expect(fifth.ok ? '' : fifth.message).toContain('Tunggu 30 detik');
    // Seven more tries during the lock are refused without counting, then the right one too.
    for (let i = 6; i <= 12; i += 1) {
      clock.advance(300);
      expect(await verifyLogin(db, 'budi', `salah-${i}`, opts)).toMatchObject({ ok: false });
    }
    const right = await verifyLogin(db, 'budi', PASSWORD, opts);
    expect(right).toMatchObject({ ok: false });
    expect(right.ok ? '' : right.message).toMatch(/Tunggu 28 detik/);

    clock.advance(28_000);
    // The lock ran out; one more wrong password locks again, twice as long.
    const sixth = await verifyLogin(db, 'budi', 'salah-lagi', opts);
    expect(sixth).toMatchObject({ ok: false, retryAfterMs: 60_000 });
    expect(sixth.ok ? '' : sixth.message).toContain('Tunggu 1 menit');
    clock.advance(60_000);
    expect((await verifyLogin(db, 'budi', PASSWORD, opts)).ok).toBe(true);
    // Success clears the count: five more typos are free again.
    expect(await listLoginLocks(db, clock.now())).toEqual([]);
  });

  it('keeps the lock across a reload (a new connection to the same database)', async () => {
    const { db } = await officeWithBudi();
    const clock = manualClock();
    for (let i = 0; i < 5; i += 1) await verifyLogin(db, 'budi', 'salah', { now: clock.now });
    db.close();
    const reopened = new DtksDatabase(db.name);
    const result = await verifyLogin(reopened, 'budi', PASSWORD, { now: clock.now });
    expect(result).toMatchObject({ ok: false, retryAfterMs: 30_000 });
    reopened.close();
  });

  it('locks per user name: another user still signs in; unknown names are counted too', async () => {
    const { db } = await officeWithBudi();
    const clock = manualClock();
    const opts = { now: clock.now, ...FAST };
    for (let i = 0; i < 5; i += 1) await verifyLogin(db, 'budi', 'salah', opts);
    for (let i = 0; i < 5; i += 1) await verifyLogin(db, 'Tamu', 'salah', opts);
    expect((await verifyLogin(db, 'admin', PASSWORD, opts)).ok).toBe(true);
    const locks = await listLoginLocks(db, clock.now());
    expect(locks.map((row) => [row.username, row.failures, row.remainingMs])).toEqual([
      ['budi', 5, 30_000],
      ['tamu', 5, 30_000],
    ]);
  });

  it('logs every failure, the lock and each refused attempt', async () => {
    const { db } = await officeWithBudi();
    const clock = manualClock();
    for (let i = 0; i < 5; i += 1) await verifyLogin(db, 'budi', 'salah', { now: clock.now });
    clock.advance(10_000);
    await verifyLogin(db, 'budi', PASSWORD, { now: clock.now });
    const log = (await listAudit(db, 3)).map((entry) => entry.summary);
    expect(log).toEqual([
      'Masuk ditolak: nama pengguna "budi" sedang dikunci, sisa 20 detik',
      'Nama pengguna "budi" dikunci sementara 30 detik setelah 5 kali salah',
      'Gagal masuk: Nama pengguna atau kata sandi salah. Salah ke-5 berturut-turut untuk nama ini.',
    ]);
  });

  it('lets an admin, and only an admin, lift the lock; the lifting is logged', async () => {
    const { db, admin, budi } = await officeWithBudi();
    const clock = manualClock();
    for (let i = 0; i < 6; i += 1) await verifyLogin(db, 'budi', 'salah', { now: clock.now });
    // The sixth try falls inside the lock: refused, not counted.

    setSessionAccount(db, { id: budi.id, username: 'budi', nama: budi.nama, role: 'operator' });
    await expect(clearLoginLock(db, 'budi')).rejects.toBeInstanceOf(PermissionError);

    setSessionAccount(db, { id: admin.id, username: 'admin', nama: admin.nama, role: 'admin' });
    await clearLoginLock(db, 'budi');
    expect(await listLoginLocks(db, clock.now())).toEqual([]);
    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({
      entity: 'akun',
      entityId: budi.id,
      username: 'admin',
      summary: 'Kunci masuk nama pengguna "budi" dibuka oleh admin admin (setelah 5 kali salah)',
    });
    setSessionAccount(db, null);
    expect((await verifyLogin(db, 'budi', PASSWORD, { now: clock.now })).ok).toBe(true);
  });
});
