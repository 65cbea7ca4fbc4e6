import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncTestServer } from '../sync-server/server';
import { baseUrl, hasChromium, screenshot, skipReason } from './support/browser';
import type { Session } from './support/browser';
import { seriousViolations } from './support/axe';
import { signIn, TEST_ADMIN, TEST_IDENTITY } from './support/first-run';
import { closeOffice, enableSync, openOffice, syncNow, type Office } from './support/sinkron';
import { nav } from './support/setup';

if (!hasChromium) console.warn(skipReason);

/**
 * Issue 18, "Gabung ke kantor": the office's first PC sets sync up; a new PC (another
 * browser profile) joins from its first-run screen and signs in with the office's admin.
 */
describe.skipIf(!hasChromium)('gabung ke kantor: PC baru mengambil data kantor', () => {
  let office: Office | undefined;
  let server: SyncTestServer;
  let database = '';
  let a: Session;
  let b: Session;

  beforeAll(async () => {
    office = await openOffice('dtks-gabung');
    ({ server, database, a, b } = office);
    await enableSync(a.page, server, database);
  });

  afterAll(() => closeOffice(office));

  it('a new PC joins from its first screen; failures are said plainly and leave it as it was', async () => {
    // The office's settings (identity …) are on the server after the first PC's sync.
    await syncNow(a.page);
    const { page } = b;
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Selamat datang di DTKS Kelurahan' }).waitFor();
    await screenshot(page, 'gabung-pilihan');
    await page.getByRole('button', { name: 'Gabung ke kantor' }).click();
    await page.getByTestId('gabung-kantor').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Alamat server').fill(server.url);
    await page.getByLabel('Nama database kantor').fill('bukan-kantor');
    await page.getByLabel('Nama pengguna server').fill(server.username);
    await page.getByLabel('Kata sandi server').fill(server.password);
    const join = page.getByRole('button', { name: 'Gabung ke kantor' });
    await join.click();
    await expect
      .poll(() => page.getByTestId('gabung-gagal').innerText())
      .toContain('Database bukan-kantor belum ada di server');

    // The server away: said, nothing kept; the same screen tries again.
    await page.getByLabel('Nama database kantor').fill(database);
    await server.stop();
    try {
      await join.click();
      await expect
        .poll(() => page.getByTestId('gabung-gagal').innerText())
        .toContain('Server tidak dapat dihubungi');
      await screenshot(page, 'gabung-gagal');
    } finally {
      await server.start();
    }

    await page.getByRole('button', { name: 'Uji sambungan' }).click();
    await expect.poll(() => page.getByTestId('gabung-uji').innerText()).toContain('Sambungan baik');
    await join.click();
    // The office's accounts arrived: the sign-in opens, with the office's admin.
    await signIn(page, TEST_ADMIN);
    await screenshot(page, 'gabung-masuk');
    await nav(page, 'Pengaturan');
    await expect
      .poll(() => page.locator('input[name="namaKelurahan"]').inputValue())
      .toBe(TEST_IDENTITY.namaKelurahan);
    await page.getByRole('tab', { name: 'Sinkronisasi kantor' }).click();
    await expect.poll(() => page.getByLabel('Nama database kantor').inputValue()).toBe(database);
    await expect.poll(() => page.getByLabel('Sinkronisasi aktif').isChecked()).toBe(true);
    await page.getByTestId('sinkron-header').waitFor();
    await screenshot(page, 'gabung-sinkron');
  });
});
