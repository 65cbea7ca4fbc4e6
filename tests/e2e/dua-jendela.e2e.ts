import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  hasChromium,
  openSession,
  removeProfile,
  screenshot,
  skipReason,
} from './support/browser';
import type { Session } from './support/browser';
import { completeFirstRun, signIn, TEST_ADMIN } from './support/first-run';
import { addLurahAndTrainingData, agreeWithCurrent, nav } from './support/setup';

if (!hasChromium) console.warn(skipReason);

/** Issue 21, points 6, 8 and 9: two consoles on one meeting, lockout, what a role may not do. */

const OPERATOR = { username: 'budi', password: 'Operator-Kelurahan-1' };

async function undecided(page: Page): Promise<{ left: number; total: number }> {
  const text = await page.getByTestId('tally').innerText();
  const match = /Belum diputuskan: (\d+) dari (\d+)/.exec(text);
  return { left: Number(match?.[1] ?? NaN), total: Number(match?.[2] ?? NaN) };
}

const undoButton = (page: Page) =>
  page.getByRole('button', { name: 'Urungkan keputusan terakhir (U)' });

describe.skipIf(!hasChromium)('musyawarah di dua jendela, kunci masuk, hak peran', () => {
  let session: Session;
  let meetingUrl = '';

  beforeAll(async () => {
    session = await openSession();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('shows a decision from the other window within a second; undo stays in its window', async () => {
    const { page: a, context } = session;
    await a.goto(baseUrl);
    await completeFirstRun(a);
    await addLurahAndTrainingData(a);
    await nav(a, 'Musyawarah');
    await a.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
    await a.getByLabel('Jam selesai').fill('12:30');
    await a.getByLabel('Notulis').fill('Dewi Lestari');
    await a.getByRole('button', { name: 'Buat sesi' }).click();
    await a.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
    await a.getByTestId('current-candidate').waitFor();
    meetingUrl = a.url();

    // Window B: same browser profile, its own tab session.
    const b = await context.newPage();
    await b.goto(baseUrl);
    await signIn(b);
    await b.goto(meetingUrl);
    await b.getByTestId('current-candidate').waitFor();
    const { total } = await undecided(b);
    expect(total).toBeGreaterThan(3);

    // A decides; B shows it within a second.
    await a.bringToFront();
    await agreeWithCurrent(a);
    await expect.poll(() => undecided(a)).toEqual({ left: total - 1, total });
    const decidedAt = Date.now();
    await expect
      .poll(() => undecided(b), { timeout: 1000, interval: 25 })
      .toEqual({ left: total - 1, total });
    console.info(`Keputusan jendela A tampil di jendela B setelah ${Date.now() - decidedAt} ms`);
    // B made nothing yet: it has nothing to undo.
    expect(await undoButton(b).isDisabled()).toBe(true);

    // B decides the third candidate, then A decides its current (the second): A's is newer.
    await b.bringToFront();
    await b.keyboard.press('j');
    await b.keyboard.press('j');
    await agreeWithCurrent(b);
    await expect.poll(() => undecided(a), { timeout: 1000 }).toEqual({ left: total - 2, total });
    await a.bringToFront();
    await agreeWithCurrent(a);
    await expect.poll(() => undecided(b), { timeout: 1000 }).toEqual({ left: total - 3, total });

    // B's undo takes back B's decision only; A's two stay, in both windows.
    await b.bringToFront();
    await b.keyboard.press('u');
    await expect.poll(() => undecided(b)).toEqual({ left: total - 2, total });
    await expect.poll(() => undecided(a), { timeout: 1000 }).toEqual({ left: total - 2, total });
    await expect.poll(() => undoButton(b).isDisabled()).toBe(true);
    expect(await undoButton(a).isDisabled()).toBe(false);
    await b.keyboard.press('u');
    await b.getByText('Tidak ada keputusan dari jendela ini yang dapat diurungkan').waitFor();
    expect(await undecided(a)).toEqual({ left: total - 2, total });
    await screenshot(b, 'dua-jendela-b');
    await b.close();
  });

  it('locks a user name after five wrong passwords; the admin sees it and lifts it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/pengaturan`);
    await page.getByRole('tab', { name: 'Akun pengguna' }).click();
    await page.getByRole('button', { name: 'Tambah akun' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama lengkap').fill('Budi Santoso');
    await dialog.getByLabel('Nama pengguna').fill(OPERATOR.username);
    await dialog.getByLabel('Peran').click();
    await page.getByRole('option', { name: 'Operator', exact: true }).click();
    await dialog.getByLabel('Kata sandi awal').fill(OPERATOR.password);
    await dialog.getByLabel('Ulangi kata sandi').fill(OPERATOR.password);
    await dialog.getByRole('button', { name: 'Buat akun' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Keluar' }).click();

    await page.getByRole('heading', { name: 'Masuk ke DTKS Kelurahan' }).waitFor();
    await page.getByLabel('Nama pengguna').fill(OPERATOR.username);
    const password = page.locator('input[name="password"]');
    for (let i = 1; i <= 5; i += 1) {
      await password.fill(`salah-${i}`);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await expect.poll(() => password.inputValue()).toBe('');
    }
    await page.getByText(/Tunggu (30|29|28) detik/).waitFor();
    // The right password is refused too while the lock lasts.
    await password.fill(OPERATOR.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect.poll(() => password.inputValue()).toBe('');
    await page.getByText(/Terlalu banyak percobaan masuk/).waitFor();
    expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).count()).toBe(0);
    await screenshot(page, 'kunci-masuk');

    await page.getByLabel('Nama pengguna').fill(TEST_ADMIN.username);
    await password.fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    await page.goto(`${baseUrl}#/pengaturan`);
    await page.getByRole('tab', { name: 'Akun pengguna' }).click();
    const row = page.getByTestId('login-lock-row');
    await expect.poll(() => row.innerText()).toMatch(/budi\s+5 kali\s+terkunci, sisa/i);
    await row.getByRole('button', { name: 'Buka kunci' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await signIn(page, OPERATOR);
  });

  it('an operator sees "Kunci musyawarah" disabled, with who may lock it', async () => {
    const { page } = session;
    await page.goto(meetingUrl.replace(/\/jalannya$/, '/hasil'));
    const lock = page.getByRole('button', { name: 'Kunci musyawarah…' });
    await lock.waitFor();
    expect(await lock.isDisabled()).toBe(true);
    await page.getByText('Hanya Lurah/Verifikator yang dapat mengunci').waitFor();
    await screenshot(page, 'kunci-musyawarah-operator');
  });

  it("asks for a guest's unsur the old form preset to RT, and never guesses it", async () => {
    const { page } = session;
    const meetingId = /#\/musyawarah\/([^/]+)\//.exec(meetingUrl)?.[1] ?? '';
    // A row as the old form saved it: 'RT' preset, no mark that anyone chose it.
    await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dtks-kelurahan-latihan');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('participants', 'readwrite');
        tx.objectStore('participants').put({
          id: `legacy-${Date.now()}`,
          meetingId: id,
          nama: 'Pak Yusuf',
          unsur: 'RT',
          jabatan: 'Ketua RW 002',
          jenisKelamin: 'L',
          invited: false,
          present: true,
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, meetingId);
    await page.goto(meetingUrl.replace(/\/jalannya$/, '/peserta'));
    await page.reload();
    await page.getByText('Unsur belum dipastikan', { exact: true }).first().waitFor();
    const unsur = page.getByRole('combobox', { name: 'Unsur Pak Yusuf' });
    await unsur.click();
    await page.getByRole('option', { name: 'RW', exact: true }).click();
    await expect.poll(() => unsur.count()).toBe(0);
    await page.getByRole('cell', { name: 'RW · Ketua RW 002' }).waitFor();
    await page.goto(meetingUrl.replace(/\/jalannya$/, '/hasil'));
    await page.getByText('Yang masih kurang').waitFor();
    expect(await page.getByText(/Unsur \d+ peserta belum dipastikan/).count()).toBe(0);
  });
});
