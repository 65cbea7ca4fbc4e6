import { crc32, deflateSync } from 'node:zlib';
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
import { completeFirstRun, TEST_IDENTITY } from './support/first-run';

if (!hasChromium) console.warn(skipReason);

/** A real RGB PNG (a gradient "house photo"), big enough to need downscaling. */
function makePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x += 1) {
      const at = row + 1 + x * 3;
      raw[at] = (x * 255) / width;
      raw[at + 1] = (y * 255) / height;
      raw[at + 2] = y > height / 2 ? 90 : 200;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Pick = { nama: string; nikTail: string };

/**
 * Chooses test subjects from the generated training data (read only): heads of
 * families with no proposal and no aid, whose names are unique. Every change
 * afterwards goes through the screens.
 */
async function pickFamilies(page: Page): Promise<Pick[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dtks-kelurahan-latihan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Row = { familyId: string; shdk?: number; nama?: string; nik?: string };
    const [people, aid, proposals] = await Promise.all([
      all<Row>('people'),
      all<Row>('aid'),
      all<Row>('proposals'),
    ]);
    db.close();
    const busy = new Set([...proposals, ...aid].map((row) => row.familyId));
    const names = new Map<string, number>();
    for (const row of people) names.set(row.nama ?? '', (names.get(row.nama ?? '') ?? 0) + 1);
    const picked = people
      .filter((row) => row.shdk === 1 && !busy.has(row.familyId) && names.get(row.nama ?? '') === 1)
      .slice(0, 2);
    if (picked.length < 2) throw new Error('data latihan tanpa keluarga yang cocok');
    return picked.map((row) => ({ nama: row.nama ?? '', nikTail: (row.nik ?? '').slice(-4) }));
  });
}

async function openNewProposalFor(page: Page, person: Pick): Promise<void> {
  await page.goto(`${baseUrl}#/usulan`);
  await page.getByRole('link', { name: 'Usulan baru' }).click();
  await page.getByLabel('Cari warga').fill(person.nama);
  await page
    .getByTestId('search-results')
    .locator('tr', { hasText: person.nama })
    .filter({ hasText: person.nikTail })
    .getByRole('button', { name: `Pilih ${person.nama}` })
    .click();
  await page.getByTestId('family-card').waitFor();
}

async function changeStatus(page: Page, button: string, expected: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Simpan perubahan status' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.mantine-Badge-root', { hasText: expected }).first().waitFor();
}

describe.skipIf(!hasChromium)('Usulan: dari pencarian warga sampai siap musyawarah', () => {
  let session: Session;
  let subjects: { plain: Pick; central: Pick };

  beforeAll(async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseUrl);
    await completeFirstRun(page);
    await page.goto(`${baseUrl}#/pengaturan`);
    await page.getByRole('tab', { name: 'Data latihan' }).click();
    await page.getByTestId('load-demo').click();
    await page.getByTestId('training-banner').waitFor({ timeout: 60_000 });
    const [plain, central] = await pickFamilies(page);
    if (!plain || !central) throw new Error('subjek uji tidak lengkap');
    subjects = { plain, central };
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('creates a proposal from a search, with the RT/RW cover letter required', async () => {
    const { page } = session;
    await openNewProposalFor(page, subjects.plain);
    await page.getByLabel('Sumber usulan').selectOption({ label: 'Usulan RT/RW' });
    await page.getByLabel('Program yang diusulkan').selectOption('PKH');
    await page.getByRole('checkbox', { name: 'KTP' }).check();
    await page.getByRole('checkbox', { name: 'Kartu Keluarga (KK)' }).check();
    await page.getByRole('button', { name: 'Simpan usulan' }).click();
    await page.getByText('Nomor surat pengantar RT/RW wajib diisi').waitFor();

    await page.getByLabel('Nomor surat pengantar').fill('012/RT003/XI/2026');
    await page.getByLabel('Tanggal surat pengantar').fill('2026-01-02');
    await page.getByLabel('Catatan').fill('Datang bersama ketua RT membawa KTP dan KK.');
    await screenshot(page, 'usulan-baru-form');
    await page.getByRole('button', { name: 'Simpan usulan' }).click();
    await page.getByRole('heading', { name: `Usulan: ${subjects.plain.nama}` }).waitFor();
    expect(await page.getByText('No. 012/RT003/XI/2026, tanggal 2 Januari 2026').count()).toBe(1);
  });

  it('runs the field check with evidence, attaches a photo and becomes ready', async () => {
    const { page } = session;
    // Not ready yet: the stepper offers only the first step.
    expect(await page.getByRole('button', { name: 'Tandai siap musyawarah' }).count()).toBe(0);
    await changeStatus(page, 'Mulai verifikasi lapangan', 'Verifikasi lapangan');
    await page.getByText('Penilaian verifikasi lapangan belum diisi').waitFor();

    const criteria = page.getByTestId('criterion');
    expect(await criteria.count()).toBe(9); // Kepmensos 262/HUK/2022 by default
    for (let i = 0; i < 9; i += 1)
      await criteria.nth(i).getByText('Tidak', { exact: true }).click();
    const jamban = page.getByRole('group', { name: 'Tidak memiliki jamban sendiri' });
    await jamban.getByText('Ya', { exact: true }).click();
    await page.getByLabel('Petugas verifikasi').fill('Rudi Hartono (PSM)');
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    await page.getByText('wajib disertai catatan bukti').first().waitFor();

    await jamban.getByLabel(/Catatan bukti/).fill('Memakai jamban umum di ujung gang');
    const dinding = page.getByRole('group', { name: /berdinding bambu/ });
    await dinding.getByText('Ya', { exact: true }).click();
    await dinding.getByLabel(/Catatan bukti/).fill('Dinding papan kayu lapuk');
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expect
      .poll(() => page.getByTestId('assessment-summary').innerText())
      .toBe('2 dari 8 kriteria terpenuhi');
    await screenshot(page, 'usulan-verivali');

    // The older decree is still selectable and lists its eleven criteria.
    await page.getByRole('button', { name: 'Catat kunjungan ulang' }).click();
    await page.getByLabel('Set kriteria').selectOption('kepmensos-146-2013');
    expect(await criteria.count()).toBe(11);
    await page.getByRole('button', { name: 'Ubah penilaian terakhir' }).click();
    expect(await criteria.count()).toBe(9);

    // A real PNG, 2000×1500: stored downscaled to 1280×960 JPEG.
    await page.getByLabel('Keterangan foto').fill('Tampak depan');
    const input = page.getByTestId('photo-section').locator('input[type="file"]');
    await input.setInputFiles({
      name: 'bukan-foto.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('bukan gambar'),
    });
    await page.getByText('Berkas bukan-foto.txt bukan gambar').waitFor();
    await input.setInputFiles({
      name: 'rumah.png',
      mimeType: 'image/png',
      buffer: makePng(2000, 1500),
    });
    const thumb = page.getByTestId('photo-thumb');
    await thumb.waitFor();
    expect(await thumb.innerText()).toContain('1280×960');
    await expect
      .poll(() => thumb.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(1280);
    await page.getByText('Foto rumah').first().waitFor();
    await screenshot(page, 'usulan-foto');

    await changeStatus(page, 'Tandai siap musyawarah', 'Siap musyawarah');
    const history = page.locator('.mantine-Timeline-item');
    expect(await history.count()).toBe(3);
    expect(await history.nth(2).innerText()).toContain('Verifikasi lapangan selesai');
    expect(await history.nth(2).innerText()).toContain(TEST_IDENTITY.operator);
    await screenshot(page, 'usulan-detail-siap');
  });

  it('lists the proposal under its status with counts per status', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/usulan`);
    const tab = page.getByRole('tab', { name: /^Siap musyawarah \(\d+\)$/ });
    await tab.click();
    const table = page.getByRole('list', { name: 'Daftar usulan' });
    await table.getByText(subjects.plain.nama).waitFor();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    const count = Number((await tab.innerText()).replace(/\D/g, ''));
    await expect.poll(() => page.getByTestId('usulan-count').innerText()).toBe(`${count} usulan`);
    expect(
      await table.getByRole('listitem').filter({ hasText: subjects.plain.nama }).innerText(),
    ).toContain('2 dari 8 kriteria terpenuhi');
    await screenshot(page, 'usulan-daftar-siap');

    await page.getByRole('tab', { name: /^Draf/ }).click();
    await expect.poll(() => table.getByText(subjects.plain.nama).count()).toBe(0);
  });

  it('flags regional aid for a family on central aid and needs a written justification', async () => {
    const { page } = session;
    // Record PKH for the family on the registry screen, then propose from there.
    await openNewProposalFor(page, subjects.central);
    await page.getByRole('link', { name: 'Buka data keluarga' }).click();
    await page.getByRole('button', { name: 'Catat bantuan' }).click();
    await page.getByLabel('Program', { exact: true }).selectOption('PKH');
    await page.getByLabel('Menerima sejak').fill('2024-03-01');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('table', { name: 'Bantuan yang diterima' }).getByText('PKH').waitFor();
    await page.getByRole('link', { name: 'Buat usulan' }).click();
    await page.getByTestId('family-card').waitFor();
    expect(await page.getByTestId('family-card').textContent()).toContain('PKH (pusat)');
    await page.getByLabel('Program yang diusulkan').selectOption('Bansos Daerah');
    const warning = page.getByTestId('overlap-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('sudah menerima bantuan pusat');
    await page.getByRole('checkbox', { name: 'KTP' }).check();
    await page.getByRole('checkbox', { name: 'Kartu Keluarga (KK)' }).check();
    await page.getByRole('button', { name: 'Simpan usulan' }).click();
    await warning.getByText('Tulis alasan pengecualian, minimal 20 karakter').waitFor();
    await screenshot(page, 'usulan-tumpang-tindih');

    const justification = 'PKH keluarga ini dihentikan sejak Oktober menurut pendamping PKH';
    await page.getByLabel('Alasan pengecualian').fill(justification);
    await page.getByRole('button', { name: 'Simpan usulan' }).click();
    await page.getByRole('heading', { name: `Usulan: ${subjects.central.nama}` }).waitFor();
    expect(await page.getByTestId('overlap-override').innerText()).toContain(justification);

    await page.goto(`${baseUrl}#/usulan?jenis=baru`);
    // Found by name: the list holds every proposal, the row may be below the fold.
    await page.getByLabel('Cari usulan').fill(subjects.central.nama);
    const row = page
      .getByRole('list', { name: 'Daftar usulan' })
      .getByRole('listitem')
      .filter({ hasText: subjects.central.nama });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('Pengecualian');

    // The override is in the activity log with the written justification.
    await page.goto(`${baseUrl}#/log`);
    await page
      .getByText(`Aturan tumpang tindih bantuan dikecualikan untuk ${subjects.central.nama}`)
      .first()
      .waitFor();
  });
});
