import type { Page } from 'playwright-core';

/** Clicks a link in the main navigation. */
export async function nav(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: label })
    .click();
}

export type Official = { nama: string; nip: string; pangkat?: string };

export const TEST_LURAH: Official = {
  nama: 'Drs. H. Ahmad Yani, M.Si.',
  nip: '197203151998031004',
};

/**
 * Adds the signing Lurah, then fills the training database with the demo
 * data (families, proposals ready for the meeting, contacts), as a clerk
 * would from Pengaturan. Leaves the page in training mode.
 */
export async function addLurahAndTrainingData(
  page: Page,
  lurah: Official = TEST_LURAH,
  /** Residents in the training data, as the size list shows it ("2.000"); the default when absent. */
  size?: string,
): Promise<void> {
  await nav(page, 'Pengaturan');
  await page.getByRole('tab', { name: 'Pejabat penanda tangan' }).click();
  await page.getByRole('button', { name: 'Tambah pejabat' }).click();
  await page.getByLabel('Nama lengkap dengan gelar').fill(lurah.nama);
  if (lurah.pangkat) await page.getByLabel('Pangkat/Golongan').fill(lurah.pangkat);
  await page.getByLabel('NIP (18 digit)').fill(lurah.nip);
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByRole('cell', { name: lurah.nama }).waitFor();

  await page.getByRole('tab', { name: 'Data latihan' }).click();
  if (size) {
    await page.getByTestId('demo-size').click();
    await page.getByRole('option', { name: size, exact: true }).click();
  }
  await page.getByTestId('load-demo').click();
  await page.getByTestId('training-banner').waitFor({ timeout: 90_000 });
}

/**
 * Agrees with the current candidate's proposal whatever its kind (layak, disetujui
 * dinonaktifkan, tetap): the decision keys differ per kind (issue 14.2), the button is
 * the same place on the console.
 */
export async function agreeWithCurrent(page: Page): Promise<void> {
  await page.getByTestId('decide-layak').click();
}

/**
 * Adds the signing Lurah, opens a new meeting with one guest RT head (unsur and sex
 * chosen, as the minutes need), marks everyone present and opens the console on the
 * first candidate.
 */
export async function openMeetingWithGuest(page: Page): Promise<void> {
  await nav(page, 'Pengaturan');
  await page.getByRole('tab', { name: 'Pejabat penanda tangan' }).click();
  await page.getByRole('button', { name: 'Tambah pejabat' }).click();
  await page.getByLabel('Nama lengkap dengan gelar').fill(TEST_LURAH.nama);
  await page.getByLabel('NIP (18 digit)').fill(TEST_LURAH.nip);
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByRole('cell', { name: TEST_LURAH.nama }).waitFor();

  await nav(page, 'Musyawarah');
  await page.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
  await page.getByLabel('Jam selesai').fill('11:30');
  await page.getByLabel('Notulis').fill('Dewi Lestari');
  await page.getByRole('button', { name: 'Buat sesi' }).click();
  await page.getByRole('button', { name: 'Tambah peserta lain' }).click();
  const guest = page.getByRole('dialog', { name: 'Tambah peserta lain' });
  await guest.getByLabel('Nama').fill('Sari Ketua RT');
  await guest.getByRole('combobox', { name: 'Unsur' }).click();
  await page.getByRole('option', { name: 'RT', exact: true }).click();
  await guest.getByRole('combobox', { name: 'Jenis kelamin' }).click();
  await page.getByRole('option', { name: 'Perempuan' }).click();
  await guest.getByRole('button', { name: 'Tambahkan' }).click();
  await guest.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Tandai semua hadir' }).click();
  await page.getByRole('checkbox', { name: 'Sari Ketua RT hadir', checked: true }).waitFor();

  await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
  await page.getByTestId('current-candidate').waitFor();
}
