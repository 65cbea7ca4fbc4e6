import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncTestServer } from '../sync-server/server';
import { baseUrl, hasChromium, screenshot, skipReason } from './support/browser';
import type { Session } from './support/browser';
import { closeOffice, openOffice, syncNow, type Office } from './support/sinkron';
import { completeFirstRun, TEST_IDENTITY } from './support/first-run';
import { nav, TEST_LURAH } from './support/setup';

if (!hasChromium) console.warn(skipReason);

/** Issue 18: two PCs of one office (two browser profiles) through a CouchDB-protocol server. */

const focusedName = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

type Resident = { noKk: string; nik: string; nama: string };

/** A one-person family, typed as a clerk does (the registry spec covers the form itself). */
async function registerFamily(page: Page, resident: Resident): Promise<void> {
  await page.goto(`${baseUrl}#/warga`);
  await page.getByRole('link', { name: 'Daftarkan keluarga baru' }).click();
  await page.getByRole('heading', { name: 'Daftarkan keluarga baru' }).waitFor();
  await expect.poll(() => focusedName(page)).toBe('noKk');
  await page.keyboard.type(resident.noKk);
  for (const value of ['Jl. Tjilik Riwut No. 9', '3', '2']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedName(page)).toBe('nik');
  await page.keyboard.type(resident.nik);
  await page.keyboard.press('Tab');
  await page.keyboard.type(resident.nama);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Palangka Raya');
  const form = page.locator('form').filter({ has: page.locator('#member-nik') });
  await form.locator('select[name="statusKawin"]').selectOption('kawin');
  await form.locator('select[name="agama"]').selectOption('Islam');
  await form.locator('select[name="pendidikan"]').selectOption('SLTA/Sederajat');
  await form.locator('input[name="pekerjaan"]').fill('Buruh harian lepas');
  const mother = form.locator('input[name="namaIbuKandung"]');
  await mother.fill('Sumiati');
  await mother.press('Enter');
  await page.getByText('Anggota ke-2').waitFor();
  await page.getByRole('button', { name: 'Simpan keluarga (1 anggota)' }).click();
  await page.getByRole('heading', { name: `Keluarga ${resident.nama}` }).waitFor();
}

async function setUpSync(page: Page, server: SyncTestServer, database: string): Promise<void> {
  await nav(page, 'Pengaturan');
  await page.getByRole('tab', { name: 'Sinkronisasi kantor' }).click();
  await page.getByLabel('Alamat server').fill(server.url);
  // A database that does not exist: said plainly.
  await page.getByLabel('Nama database kantor').fill('belum-ada');
  await page.getByRole('button', { name: 'Uji sambungan' }).click();
  await expect
    .poll(() => page.getByTestId('uji-sambungan').innerText())
    .toContain('Database belum-ada belum ada di server');
  await page.getByLabel('Nama database kantor').fill(database);
  await page.getByLabel('Nama pengguna server').fill(server.username);
  await page.getByLabel('Kata sandi server').fill(server.password);
  await page.getByRole('button', { name: 'Uji sambungan' }).click();
  await expect
    .poll(() => page.getByTestId('uji-sambungan').innerText())
    .toContain('Sambungan baik');
  await page.getByLabel('Sinkronisasi aktif').check();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByTestId('sinkron-header').waitFor();
}

const waiting = async (page: Page) =>
  Number(/(\d+)/.exec(await page.getByTestId('sinkron-menunggu').innerText())?.[1] ?? NaN);

describe.skipIf(!hasChromium)('sinkronisasi kantor: dua PC, satu server', () => {
  let office: Office | undefined;
  let server: SyncTestServer;
  let database = '';
  let a: Session;
  let b: Session;

  beforeAll(async () => {
    office = await openOffice('dtks-kantor');
    ({ server, database, a, b } = office);
    await completeFirstRun(b.page, { ...TEST_IDENTITY, operator: 'Dewi Lestari' });
  });

  afterAll(() => closeOffice(office));

  it('an admin sets sync up on each PC; "Uji sambungan" says what is wrong', async () => {
    await setUpSync(a.page, server, database);
    await setUpSync(b.page, server, database);
    await screenshot(a.page, 'sinkron-pengaturan');
  });

  it('both PCs work apart, reconnect and converge; one NIK on both is a duplicate pair', async () => {
    await server.stop();
    const shared = { nik: '6271011203850001', nama: 'Budi Santoso' };
    await registerFamily(a.page, { noKk: '6271010101150001', ...shared });
    await registerFamily(b.page, { noKk: '6271010101150002', ...shared });
    await registerFamily(b.page, {
      noKk: '6271010101150003',
      nik: '6271014507880002',
      nama: 'Siti Rahmawati',
    });
    // Apart: each PC shows its changes waiting.
    await expect.poll(() => waiting(a.page)).toBeGreaterThan(0);
    await expect.poll(() => waiting(b.page)).toBeGreaterThan(0);
    await screenshot(a.page, 'sinkron-terpisah');

    await server.start();
    await syncNow(a.page);
    await syncNow(b.page);
    await syncNow(a.page);
    await expect.poll(() => waiting(a.page)).toBe(0);
    await expect.poll(() => waiting(b.page)).toBe(0);

    for (const page of [a.page, b.page]) {
      await page.goto(`${baseUrl}#/warga`);
      // Both PCs' families in the list ("Siti Rahmawati" alone would also match PC A's
      // signed-in user in the header, before anything arrived).
      await expect
        .poll(() =>
          page.getByRole('list', { name: 'Daftar keluarga' }).getByText('Budi Santoso').count(),
        )
        .toBe(2);
      await expect
        .poll(() =>
          page.getByRole('list', { name: 'Daftar keluarga' }).getByText('Siti Rahmawati').count(),
        )
        .toBe(1);
      await nav(page, 'Kemungkinan duplikat');
      await page.getByRole('heading', { name: 'Kemungkinan duplikat' }).waitFor();
      await page
        .getByTestId('duplicate-pair')
        .filter({ hasText: 'Budi Santoso' })
        .filter({ hasText: 'NIK sama (dicatat di dua PC)' })
        .first()
        .waitFor();
    }
    await screenshot(b.page, 'sinkron-duplikat');
  });

  it('the server goes away mid-sync: it resumes, nothing lost or doubled', async () => {
    await registerFamily(a.page, {
      noKk: '6271010101150004',
      nik: '6271011506900003',
      nama: 'Rudi Hartono',
    });
    // Away before the background push finished (or right after it started).
    await server.stop();
    await a.page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await a.page.getByText('Sinkronisasi gagal').first().waitFor();
    await expect
      .poll(() => a.page.getByTestId('sinkron-terakhir').innerText())
      .toContain('Server tak terjangkau');
    await server.start();
    await syncNow(a.page);
    await syncNow(b.page);
    await expect.poll(() => waiting(a.page)).toBe(0);

    const serverRows = async () => {
      const response = await fetch(`${server.url}/${database}/_all_docs`);
      return ((await response.json()) as { rows: { id: string }[] }).rows;
    };
    // "Waiting 0" means every change is in the PC's mirror; the mirror's push to the server
    // finishes a moment later (the earlier "Sinkronisasi gagal" may still be on screen, so
    // syncNow above does not wait for it).
    // Budi twice (one NIK, two PCs), Siti, Rudi: four records, each once.
    await expect
      .poll(async () => (await serverRows()).filter((row) => row.id.startsWith('people:')).length)
      .toBe(4);
    const rows = await serverRows();
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    await b.page.goto(`${baseUrl}#/warga`);
    await expect.poll(() => b.page.getByText('Rudi Hartono').count(), { timeout: 10_000 }).toBe(1);
    await screenshot(b.page, 'sinkron-lanjut');
  });

  it("letters take the office's numbers; the reserve is shown, given back, and its end refused in words", async () => {
    const { page } = a;
    await nav(page, 'Pengaturan');
    await page.getByRole('tab', { name: 'Pejabat penanda tangan' }).click();
    await page.getByRole('button', { name: 'Tambah pejabat' }).click();
    await page.getByLabel('Nama lengkap dengan gelar').fill(TEST_LURAH.nama);
    if (TEST_LURAH.pangkat) await page.getByLabel('Pangkat/Golongan').fill(TEST_LURAH.pangkat);
    await page.getByLabel('NIP (18 digit)').fill(TEST_LURAH.nip);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('cell', { name: TEST_LURAH.nama }).waitFor();

    const issueSktm = async () => {
      await nav(page, 'Surat');
      await page.getByRole('tab', { name: 'Buat SKTM' }).click();
      await page.getByLabel('Cari warga yang memohon surat').fill('Rudi');
      const results = page.getByTestId('sktm-search-results');
      await results.waitFor();
      await results
        .locator('tbody tr')
        .first()
        .getByRole('button', { name: /^Pilih / })
        .click();
      await page.getByTestId('sktm-preview').waitFor();
      await page.getByLabel('Nomor surat pengantar RT/RW').fill('7/RT.002/XII/2026');
      const now = new Date();
      const two = (n: number) => String(n).padStart(2, '0');
      await page
        .getByLabel('Tanggal surat pengantar')
        .fill(`${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`);
      await page.getByRole('button', { name: 'Terbitkan surat' }).click();
    };
    await issueSktm();
    // The first office number; this PC now holds the next ones in reserve.
    await expect.poll(() => page.getByTestId('issued-number').innerText()).toContain('/001/');

    await nav(page, 'Pengaturan');
    await page.getByRole('tab', { name: 'Sinkronisasi kantor' }).click();
    const row = page.getByTestId('cadangan-sktm');
    await expect.poll(() => row.innerText()).toContain('9 nomor tersisa');
    await screenshot(page, 'sinkron-nomor-cadangan');
    await row.getByRole('button', { name: 'Kembalikan nomor cadangan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nomor urut 2, 3, 4').waitFor();
    await dialog.getByRole('button', { name: 'Kembalikan nomor cadangan' }).click();
    await page.getByText('Nomor cadangan SKTM dikembalikan ke server kantor.').waitFor();
    await expect.poll(() => row.innerText()).toContain('tidak ada');

    // No reserve and no server: the letter form says so in its own words, nothing issued.
    await server.stop();
    try {
      await issueSktm();
      await page.getByText('Cadangan nomor surat habis: sambungkan ke server kantor').waitFor();
      await screenshot(page, 'sinkron-cadangan-habis');
      expect(await page.getByTestId('issued-number').count()).toBe(0);
    } finally {
      await server.start();
    }
  });

  it('two "admin" accounts made apart: the clerk renames this PC’s, the other PC’s is stored', async () => {
    const { page } = b;
    await syncNow(a.page);
    await syncNow(page);
    await nav(page, 'Pengaturan');
    await page.getByRole('tab', { name: 'Sinkronisasi kantor' }).click();
    const row = page
      .getByTestId('sinkron-daftar')
      .getByRole('row')
      .filter({ hasText: 'Akun “admin” dari PC lain tidak disimpan' });
    await row.getByRole('button', { name: 'Ganti nama akun' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ganti nama akun di PC ini' });
    const field = dialog.getByLabel('Nama pengguna baru untuk akun di PC ini');
    await field.fill('admin');
    await dialog.getByRole('button', { name: 'Ganti nama dan simpan akun dari PC lain' }).click();
    await dialog.getByText('Nama pengguna baru harus berbeda dari “admin”.').waitFor();
    await field.fill('admin-dewi');
    await screenshot(page, 'sinkron-ganti-nama-akun');
    await dialog.getByRole('button', { name: 'Ganti nama dan simpan akun dari PC lain' }).click();
    await page.getByText('Akun di PC ini sekarang bernama “admin-dewi”').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByRole('tab', { name: 'Akun pengguna' }).click();
    await page.getByRole('cell', { name: 'admin-dewi' }).waitFor();
    await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();
    // The rename reaches PC A: both accounts there too, nothing left to resolve.
    await syncNow(page);
    await syncNow(a.page);
    await nav(a.page, 'Pengaturan');
    // The refused SKTM form of the test before still holds its input.
    const leave = a.page.getByRole('button', { name: 'Tinggalkan tanpa menyimpan' });
    await leave.click({ timeout: 3000 }).catch(() => undefined);
    await a.page.getByRole('tab', { name: 'Akun pengguna' }).click();
    await a.page.getByRole('cell', { name: 'admin-dewi' }).waitFor();
    // A's own notice about B's "admin" clears too: the clash was resolved on B.
    await a.page.getByRole('tab', { name: 'Sinkronisasi kantor' }).click();
    await a.page.getByLabel('Nama PC ini').waitFor();
    await expect
      .poll(() => a.page.getByText('Akun “admin” dari PC lain tidak disimpan').count())
      .toBe(0);
    await screenshot(a.page, 'sinkron-akun-bentrok-selesai');
  });

  it("the other PC's signing key and audit chain are named by its PC", async () => {
    const { page } = b;
    await syncNow(a.page);
    await syncNow(page);
    await nav(page, 'Surat');
    await page.getByRole('tab', { name: 'Pengaturan surat' }).click();
    await page.getByRole('cell', { name: 'Kunci kantor ini' }).waitFor();
    // A never named itself: its short code, as A shows it under "Nama PC ini".
    const other = page.getByRole('cell', { name: /^Kunci PC [A-Z0-9]{6}$/ });
    await other.waitFor();
    expect(await page.getByRole('cell', { name: 'Kunci lama kantor ini' }).count()).toBe(0);
    await screenshot(page, 'sinkron-kunci-pc');
    const code = (await other.innerText()).replace('Kunci PC ', '');
    await nav(page, 'Pengaturan');
    await page.getByRole('tab', { name: 'Log audit' }).click();
    await page.getByRole('button', { name: 'Periksa keutuhan log' }).click();
    const devices = page.getByTestId('chain-devices');
    await devices.waitFor({ timeout: 30_000 });
    const text = await devices.innerText();
    expect(text).toMatch(/PC ini \([A-Z0-9]{6}\) \d+ catatan/);
    expect(text).toContain(`PC ${code} `);
    expect(text).not.toContain('perangkat ');
    await screenshot(page, 'sinkron-rantai-pc');
  });
});
