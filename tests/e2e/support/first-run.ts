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

/** Fills the first-run screen the way a clerk would: by label, then Enter. */
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
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
}
