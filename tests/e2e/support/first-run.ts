import type { Page } from 'playwright-core';

export const TEST_IDENTITY = {
  operator: 'Siti Rahmawati',
  namaKelurahan: 'Pahandut',
  kecamatan: 'Pahandut',
  kota: 'Kota Palangka Raya',
  provinsi: 'Kalimantan Tengah',
  kodeWilayah: '6271011001',
  kodeSurat: 'KEL-PHD',
  alamatKantor: 'Jl. Kalimantan No. 1, Palangka Raya',
  telepon: '(0536) 3221234',
  email: 'kel.pahandut@palangkaraya.go.id',
  kodePos: '73111',
};

/** The admin account every end-to-end test creates on first run (issue 7). */
export const TEST_ADMIN = { username: 'admin', password: 'Rahasia-Kelurahan-2026' };

/**
 * Fills the first-run screen the way a clerk would: by label, then Enter;
 * then creates the admin account, which also signs in.
 */
export async function completeFirstRun(page: Page, identity = TEST_IDENTITY): Promise<void> {
  await page.getByRole('heading', { name: 'Selamat datang di DTKS Kelurahan' }).waitFor();
  await page.getByLabel('Nama operator', { exact: false }).fill(identity.operator);
  const fields: [string, string][] = [
    ['namaKelurahan', identity.namaKelurahan],
    ['kecamatan', identity.kecamatan],
    ['kota', identity.kota],
    ['provinsi', identity.provinsi],
    ['kodeWilayah', identity.kodeWilayah],
    ['kodeSurat', identity.kodeSurat],
    ['alamatKantor', identity.alamatKantor],
    ['telepon', identity.telepon],
    ['email', identity.email],
    ['kodePos', identity.kodePos],
  ];
  for (const [name, value] of fields) await page.locator(`input[name="${name}"]`).fill(value);
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await createAdmin(page);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
}

/** The "Buat akun admin" screen that follows the identity on first run. */
export async function createAdmin(page: Page, admin = TEST_ADMIN): Promise<void> {
  await page.getByRole('heading', { name: 'Buat akun admin' }).waitFor();
  await page.getByLabel('Nama pengguna').fill(admin.username);
  await page.locator('input[name="password"]').fill(admin.password);
  await page.getByLabel('Ulangi kata sandi').fill(admin.password);
  await page.getByRole('button', { name: 'Buat akun dan masuk' }).click();
}

/**
 * Signs in on the sign-in screen (after a browser restart, or as another
 * user). PBKDF2 with 600,000 iterations takes about a second here.
 */
export async function signIn(page: Page, account = TEST_ADMIN): Promise<void> {
  await page.getByRole('heading', { name: 'Masuk ke DTKS Kelurahan' }).waitFor();
  await page.getByLabel('Nama pengguna').fill(account.username);
  await page.locator('input[name="password"]').fill(account.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
}
