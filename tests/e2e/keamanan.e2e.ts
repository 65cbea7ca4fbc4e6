import { readFileSync } from 'node:fs';
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
import { download } from './support/downloads';
import { completeFirstRun, signIn, TEST_ADMIN } from './support/first-run';

if (!hasChromium) console.warn(skipReason);

const FASILITATOR = { username: 'rina', password: 'Fasilitator-Musyawarah-1' };
const BACKUP_PASS = 'cadangan kantor pahandut 2026';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });

async function openSettingsTab(page: Page, tab: string): Promise<void> {
  await page.goto(`${baseUrl}#/pengaturan`);
  await page.getByRole('tab', { name: tab }).click();
}

/** Rows of an IndexedDB store, read straight from the browser's database. */
async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dtks-kelurahan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  }, store);
}

describe.skipIf(!hasChromium)('keamanan: akun, kunci, peran, cadangan, log', () => {
  let session: Session;
  let profileDir: string;

  beforeAll(async () => {
    session = await openSession();
    profileDir = session.profileDir;
    await session.page.goto(baseUrl);
  });

  afterAll(async () => {
    await session?.close();
    if (profileDir) removeProfile(profileDir);
  });

  it('first run creates the admin, who stays signed in across a reload', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'Selamat datang di DTKS Kelurahan' }).waitFor();
    const started = Date.now();
    await completeFirstRun(page);
    console.info(
      `Identitas + akun admin (PBKDF2 600.000) selesai dalam ${Date.now() - started} ms`,
    );
    await expect
      .poll(() => page.getByTestId('session-user').innerText())
      .toContain('Siti Rahmawati');
    await screenshot(page, 'keamanan-beranda-admin');
    expect(await countRows(page, 'accounts')).toBe(1);

    await page.reload();
    await nav(page).waitFor();
    expect(await page.getByRole('heading', { name: 'Masuk ke DTKS Kelurahan' }).count()).toBe(0);
  });

  it('locks on request and unlocks only with the right password, keeping the open screen', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/pengaturan`);
    await page.getByRole('tab', { name: 'Identitas kelurahan' }).waitFor();
    await page.locator('input[name="alamatKantor"]').fill('Alamat belum disimpan');
    await page.getByRole('button', { name: 'Kunci layar' }).click();
    await page.getByRole('heading', { name: 'Aplikasi terkunci' }).waitFor();
    await screenshot(page, 'keamanan-terkunci');
    // The screens behind the lock are hidden from view and from keyboard and screen readers.
    expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible()).toBe(false);

    await page.locator('input[name="password"]').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByText('Nama pengguna atau kata sandi salah.').waitFor();

    await page.locator('input[name="password"]').fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByRole('heading', { name: 'Aplikasi terkunci' }).waitFor({ state: 'detached' });
    expect(await page.locator('input[name="alamatKantor"]').inputValue()).toBe(
      'Alamat belum disimpan',
    );
  });

  it('the new-account dialog shows each wrong field, and asks before Esc throws typed input away', async () => {
    const { page } = session;
    await openSettingsTab(page, 'Akun pengguna');
    await page.getByRole('button', { name: 'Tambah akun' }).click();
    const dialog = page.getByRole('dialog');
    const nama = dialog.getByLabel('Nama lengkap');
    const username = dialog.getByLabel('Nama pengguna');
    const focused = (field: typeof nama) => field.evaluate((el) => el === document.activeElement);
    await expect.poll(() => focused(nama)).toBe(true);

    await dialog.getByLabel('Kata sandi awal').fill('pendek');
    await dialog.getByRole('button', { name: 'Buat akun' }).click();
    await dialog.getByText('Nama lengkap wajib diisi').waitFor();
    await dialog.getByText('Kata sandi minimal 10 karakter').waitFor();
    await dialog.getByText('Kedua kata sandi tidak sama').waitFor();
    await expect.poll(() => focused(nama)).toBe(true);
    await screenshot(page, 'keamanan-akun-isian-salah');

    await nama.fill('Rina Marlina');
    await username.fill('rin');
    await page.keyboard.press('Escape');
    const question = dialog.getByRole('alertdialog', { name: 'Isian belum disimpan' });
    await question.waitFor();
    await screenshot(page, 'keamanan-akun-tutup-tanya');
    await question.getByRole('button', { name: 'Batal' }).click();
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => focused(username)).toBe(true);
    expect(await nama.inputValue()).toBe('Rina Marlina');
    expect(await username.inputValue()).toBe('rin');

    await page.keyboard.press('Escape');
    await question.getByRole('button', { name: 'Buang perubahan' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await countRows(page, 'accounts')).toBe(1);
    // Opened again, the dialog starts empty.
    await page.getByRole('button', { name: 'Tambah akun' }).click();
    expect(await dialog.getByLabel('Nama lengkap').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('the admin adds a facilitator, who sees only the meeting screens', async () => {
    const { page } = session;
    await openSettingsTab(page, 'Akun pengguna');
    await page.getByRole('button', { name: 'Tambah akun' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama lengkap').fill('Rina Marlina');
    await dialog.getByLabel('Nama pengguna').fill(FASILITATOR.username);
    await dialog.getByLabel('Peran').click();
    await page.getByRole('option', { name: 'Fasilitator musyawarah' }).click();
    await dialog.getByLabel('Kata sandi awal').fill(FASILITATOR.password);
    await dialog.getByLabel('Ulangi kata sandi').fill(FASILITATOR.password);
    await dialog.getByRole('button', { name: 'Buat akun' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('account-row').count()).toBe(2);
    await screenshot(page, 'keamanan-akun-pengguna');

    await page.getByRole('button', { name: 'Keluar' }).click();
    await signIn(page, FASILITATOR);
    await expect.poll(() => page.url()).toContain('#/musyawarah');
    const links = await nav(page).getByRole('link').allInnerTexts();
    expect(links).toEqual(['Musyawarah', 'Pengaturan']);
    await screenshot(page, 'keamanan-fasilitator');

    await page.goto(`${baseUrl}#/warga`);
    await page.getByRole('heading', { name: 'Halaman ini bukan untuk peran Anda' }).waitFor();
    await page.goto(`${baseUrl}#/pengaturan`);
    // Pengaturan loads on demand: wait for it before reading its tabs.
    await page.getByRole('tab', { name: 'Akun pengguna' }).waitFor();
    const tabs = await page.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual(['Akun pengguna', 'Tentang']);

    // Her own password: a wrong current one is said beside its field, input kept.
    const own = page.locator('form').filter({ hasText: 'Kata sandi Anda' });
    const newPassword = 'Sandi-Rina-Baru-2026';
    await own.getByLabel('Kata sandi sekarang', { exact: true }).fill('bukan-sandinya-123');
    await own.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
    await own.getByLabel('Ulangi kata sandi baru').fill(newPassword);
    await own.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await own.getByText('Kata sandi lama salah.').waitFor();
    expect(
      await own.getByLabel('Kata sandi sekarang', { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await own.getByLabel('Kata sandi baru', { exact: true }).inputValue()).toBe(newPassword);
    await own.getByLabel('Kata sandi sekarang', { exact: true }).fill(FASILITATOR.password);
    await own.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByText('Kata sandi Anda sudah diganti.').waitFor();
    expect(await own.getByLabel('Kata sandi baru', { exact: true }).inputValue()).toBe('');

    await page.getByRole('button', { name: 'Keluar' }).click();
    await signIn(page, { ...FASILITATOR, password: newPassword });
    await page.getByRole('button', { name: 'Keluar' }).click();
    await signIn(page);
  });

  it('the projector shows only while someone is signed in in this profile', async () => {
    const { page, context } = session;
    const projector = await context.newPage();
    await projector.goto(`${baseUrl}#/proyektor/00000000-0000-4000-8000-000000000000`);
    await projector.waitForTimeout(500);
    expect(await projector.getByText('Tampilan proyektor dijeda').count()).toBe(0);

    await page.getByRole('button', { name: 'Kunci layar' }).click();
    await projector.getByText('Tampilan proyektor dijeda').waitFor();
    await screenshot(projector, 'keamanan-proyektor-dijeda');
    await projector.close();
    await page.locator('input[name="password"]').fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByRole('heading', { name: 'Aplikasi terkunci' }).waitFor({ state: 'detached' });
  });

  it('backs up encrypted, refuses a wrong passphrase and restores what was saved', async () => {
    const { page } = session;
    await openSettingsTab(page, 'Cadangan');
    await page.getByTestId('backup-reminder').waitFor();
    await page.getByLabel('Kata sandi cadangan', { exact: true }).fill(BACKUP_PASS);
    await page.getByLabel('Ulangi kata sandi cadangan').fill(BACKUP_PASS);
    const started = Date.now();
    const file = await download(
      page,
      () => page.getByRole('button', { name: 'Buat dan unduh cadangan' }).click(),
      'cadangan-uji.dtksbak',
    );
    console.info(`Cadangan dibuat dalam ${Date.now() - started} ms`);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('DTKSBAK1');
    expect(bytes.toString('latin1')).not.toContain('Siti Rahmawati');
    await page.getByTestId('backup-reminder').waitFor({ state: 'detached' });
    await screenshot(page, 'keamanan-cadangan');

    // A change after the backup, which the restore must take back.
    await page.getByRole('tab', { name: 'Identitas kelurahan' }).click();
    await page.locator('input[name="telepon"]').fill('0811 0000 0000');
    await page.getByRole('button', { name: 'Simpan' }).first().click();
    await page.getByText('Identitas kelurahan tersimpan.').waitFor();
    const auditBefore = await countRows(page, 'audit');

    await page.getByRole('tab', { name: 'Cadangan' }).click();
    // Target the restore picker itself: while tabs switch, the identity tab's
    // logo picker can still be in the page, and it is a file input too.
    await page.getByText('Berkas cadangan (.dtksbak)').waitFor();
    await page.locator('input[type="file"][accept^=".dtksbak"]').setInputFiles(file);
    await page.getByTestId('restore-preview').waitFor();
    await page
      .getByLabel('Kata sandi cadangan', { exact: true })
      .last()
      .fill('kata sandi yang keliru');
    await page.getByLabel('Saya paham seluruh data sekarang akan diganti').check();
    await page.getByRole('button', { name: 'Pulihkan data' }).click();
    await expect
      .poll(() => page.getByTestId('restore-error').innerText(), { timeout: 30_000 })
      .toBe('Kata sandi cadangan salah. Data yang ada tidak diubah.');
    expect(await countRows(page, 'audit')).toBe(auditBefore);
    await screenshot(page, 'keamanan-pulihkan-salah');

    await page.getByLabel('Kata sandi cadangan', { exact: true }).last().fill(BACKUP_PASS);
    await page.getByRole('button', { name: 'Pulihkan data' }).click();
    await page.getByTestId('restore-done').waitFor({ timeout: 60_000 });
    await screenshot(page, 'keamanan-pulihkan-selesai');
    await page.getByRole('button', { name: 'Masuk lagi' }).click();
    await signIn(page);
    await page.goto(`${baseUrl}#/pengaturan`);
    await page.locator('input[name="telepon"]').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.locator('input[name="telepon"]').inputValue(), { timeout: 30_000 })
      .toBe('(0536) 3221234');
  });

  it('the anchor outside the database shows entries cut from the end of the log', async () => {
    const { page } = session;
    await openSettingsTab(page, 'Log audit');
    const check = page.getByRole('button', { name: 'Periksa keutuhan log' });
    await check.click();
    await expect
      .poll(() => page.getByTestId('anchor-result').innerText())
      .toContain('Cocok dengan anchor');
    expect(await page.getByTestId('anchor-result').innerText()).toContain('Mode peramban');

    // Cut the two newest entries straight in IndexedDB: the chain that is left is whole.
    const removed = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dtks-kelurahan');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      let taken = 0;
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('audit', 'readwrite');
        const request = tx.objectStore('audit').index('seq').openCursor(null, 'prev');
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor || taken === 2) return;
          taken += 1;
          cursor.delete();
          cursor.continue();
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return taken;
    });
    expect(removed).toBe(2);
    await check.click();
    await expect
      .poll(() => page.getByTestId('anchor-result').innerText())
      // "terbaru" only when the anchor saw the entry the log now ends with (quick appends coalesce).
      .toMatch(/2 entri (terbaru )?hilang \(anchor mencatat \d+, log berisi \d+\)/);
    expect(await page.getByTestId('chain-result').innerText()).toContain(
      'tidak cocok dengan anchor',
    );
    await screenshot(page, 'keamanan-log-terpotong');

    // Once looked into, the admin starts the anchor again from the log as it is; it is logged.
    await page.getByRole('button', { name: 'Mulai ulang anchor dari log sekarang' }).click();
    await page.getByRole('button', { name: 'Ya, mulai ulang anchor' }).click();
    await expect
      .poll(() => page.getByTestId('anchor-result').innerText())
      .toContain('Anchor dimulai ulang oleh admin');
    expect(await page.getByTestId('chain-result').innerText()).toContain('Log utuh');
  });

  it('the log check finds an entry edited behind the app’s back', async () => {
    const { page } = session;
    await openSettingsTab(page, 'Log audit');
    await page.getByRole('button', { name: 'Periksa keutuhan log' }).click();
    await expect.poll(() => page.getByTestId('chain-result').innerText()).toContain('Log utuh');

    const tampered = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dtks-kelurahan');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const seq = await new Promise<number>((resolve, reject) => {
        const store = db.transaction('audit', 'readwrite').objectStore('audit');
        const request = store.index('seq').openCursor(IDBKeyRange.only(3));
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return reject(new Error('catatan #3 tidak ada'));
          cursor.update({ ...cursor.value, summary: 'Diubah tanpa jejak' });
          resolve(3);
        };
        request.onerror = () => reject(request.error);
      });
      db.close();
      return seq;
    });
    await page.getByRole('button', { name: 'Periksa keutuhan log' }).click();
    await expect
      .poll(() => page.getByTestId('chain-result').innerText())
      .toContain(`Rantai log putus pada catatan #${tampered}`);
    await screenshot(page, 'keamanan-log-putus');
  });
});

describe.skipIf(!hasChromium)('keamanan: kunci otomatis dan mulai ulang peramban', () => {
  it('locks by itself after the idle time and asks for the password after a restart', async () => {
    let session = await openSession();
    const { profileDir } = session;
    try {
      await session.page.clock.install();
      await session.page.goto(baseUrl);
      await completeFirstRun(session.page);
      await session.page.clock.fastForward('10:30');
      await session.page
        .getByRole('heading', { name: 'Aplikasi terkunci' })
        .waitFor({ timeout: 15_000 });
      await session.close();

      session = await openSession(profileDir);
      await session.page.goto(baseUrl);
      await session.page.getByRole('heading', { name: 'Masuk ke DTKS Kelurahan' }).waitFor();
      await screenshot(session.page, 'keamanan-masuk');
      await signIn(session.page);
    } finally {
      await session.close();
      removeProfile(profileDir);
    }
  });
});
