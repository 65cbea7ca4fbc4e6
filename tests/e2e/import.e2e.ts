import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { REPORT_TABLE_HEADER_INDEX } from '../../shared/domain/impor/report';
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
import { writePrelistFixture } from './support/prelist-fixture';
import type { PrelistFixture } from './support/prelist-fixture';

if (!hasChromium) console.warn(skipReason);

const number = new Intl.NumberFormat('id-ID');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);

async function goTo(page: Page, hash: string, heading: string) {
  // Same hash again would keep the screen's state: reload for a clean start.
  if (page.url() === `${baseUrl}#${hash}`) await page.reload();
  else await page.goto(`${baseUrl}#${hash}`);
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
}

async function statValue(page: Page, label: string): Promise<string> {
  return page.getByTestId('stat-card').filter({ hasText: label }).innerText();
}

async function pick(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('input[type="file"]').setInputFiles(file);
}

/** Imports a fixture file end to end and returns the seconds the app reported. */
async function importFixture(page: Page, fixture: PrelistFixture) {
  await goTo(page, '/impor', 'Impor data warga');
  await pick(page, fixture.path);
  const importButton = page.getByRole('button', {
    name: `Impor ${number.format(fixture.validRows)} baris yang valid`,
  });
  await importButton.waitFor({ timeout: 120_000 });
  return importButton;
}

describe.skipIf(!hasChromium)('impor prelist dan kemungkinan duplikat', () => {
  let session: Session;
  let fixture: PrelistFixture;

  beforeAll(async () => {
    fixture = writePrelistFixture({
      people: 2_000,
      bad: 40,
      kodeWilayah: TEST_IDENTITY.kodeWilayah,
    });
    session = await openSession();
    await session.page.goto(baseUrl);
    await completeFirstRun(session.page);
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('gives a clear message for a picture, an empty CSV and a header-only CSV', async () => {
    const { page } = session;
    await goTo(page, '/impor', 'Impor data warga');
    await screenshot(page, 'impor-pilih-berkas');

    await pick(page, { name: 'foto-ktp.xlsx', mimeType: 'application/octet-stream', buffer: PNG });
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain('bukan lembar kerja, melainkan gambar PNG');
    await screenshot(page, 'impor-bukan-lembar-kerja');

    await pick(page, { name: 'kosong.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect.poll(() => alert.innerText()).toContain('Berkas kosong');

    await pick(page, {
      name: 'judul-saja.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nik;nama\n'),
    });
    await expect.poll(() => alert.innerText()).toContain('hanya berisi judul kolom');

    // A damaged .xls that once sent SheetJS into an endless loop (tests/fixtures/fuzz): the
    // screen answers at once instead of "Membaca berkas…" for ever.
    await pick(page, 'tests/fixtures/fuzz/xls-rumus-tak-berujung.bin');
    await expect
      .poll(() => alert.innerText(), { timeout: 15_000 })
      .toContain('lembar kerjanya kosong');
    await screenshot(page, 'impor-xls-rusak');
  });

  it('refuses the NIKs a spreadsheet program rounded, and reads the same list saved as text', async () => {
    // Files saved by LibreOffice Calc (tests/fixtures/spreadsheets/README.md), picked as a clerk
    // would: General columns turned every 16-digit number into a 15-digit float.
    const { page } = session;
    const stat = (label: string) =>
      page.getByTestId('import-stat').filter({ hasText: label }).innerText();
    await goTo(page, '/impor', 'Impor data warga');
    await pick(page, 'tests/fixtures/spreadsheets/prelist-nik-as-number.xlsx');
    await page.getByTestId('issue-table').waitFor({ timeout: 60_000 });
    expect(await stat('Baris valid')).toMatch(/\b0\b/);
    expect(await stat('Baris bermasalah')).toMatch(/\b6\b/);
    const why = page.getByText(/^Kolom NIK berformat angka; .*ubah format kolom menjadi Teks/);
    await expect.poll(() => why.count()).toBe(6);
    // The value shown is the one the file holds, not the NIK that was typed.
    await page.getByText('6271011506800010', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Impor 0 baris yang valid' }).isDisabled()).toBe(
      true,
    );
    await screenshot(page, 'impor-nik-berformat-angka');
    await page.getByRole('button', { name: 'Batal' }).click();

    await pick(page, 'tests/fixtures/spreadsheets/prelist-nik-as-text.xlsx');
    await page.getByRole('button', { name: 'Impor 6 baris yang valid' }).waitFor();
    expect(await stat('Baris bermasalah')).toMatch(/\b0\b/);
    await page.getByRole('button', { name: 'Batal' }).click();
    await page.getByText('Tidak ada data yang disimpan').waitFor();
  });

  it('asks for the columns of an unknown layout once, then remembers them', async () => {
    const { page } = session;
    const csv = Buffer.from(
      [
        'No KK;NIK;Nama Lengkap;Tgl Lahir;L/P;Hubungan;Alamat Tinggal;RT;RW',
        '6271019912200001;6271011203800001;Ahmad Yani;12/03/1980;L;Kepala Keluarga;Jl. Rajawali 4;2;3',
        '6271019912200001;6271015505820002;Rina Marlina;15/05/1982;P;Istri;Jl. Rajawali 4;2;3',
      ].join('\n'),
    );
    const file = { name: 'usulan-rw03.csv', mimeType: 'text/csv', buffer: csv };
    await goTo(page, '/impor', 'Impor data warga');
    await pick(page, file);
    await page.getByText('Tata letak kolom belum dikenal').waitFor();
    await expect.poll(() => page.getByText('Belum dipilih: Alamat.').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Kolom untuk Alamat' }).click();
    await page.getByRole('option', { name: 'Alamat Tinggal' }).click();
    await screenshot(page, 'impor-pemetaan-kolom');
    await page.getByRole('button', { name: 'Simpan pemetaan dan periksa' }).click();
    await page.getByRole('button', { name: 'Impor 2 baris yang valid' }).waitFor();
    await page.getByRole('button', { name: 'Batal' }).click();
    await page.getByText('Tidak ada data yang disimpan').waitFor();

    // Same columns again: straight to the report with the remembered mapping.
    await pick(page, file);
    await page.getByText('Pemetaan tersimpan: Tata letak usulan-rw03.csv').waitFor();
    await page.getByRole('button', { name: 'Batal' }).click();

    await goTo(page, '/', 'Beranda');
    await expect.poll(() => statValue(page, 'Warga terdaftar')).toMatch(/\b0\b/);
  });

  it('reports exactly the 40 bad rows of a 2,000-row prelist, saves the report, imports the rest', async () => {
    const { page } = session;
    const started = Date.now();
    const importButton = await importFixture(page, fixture);
    const checkSeconds = (Date.now() - started) / 1000;

    const stats = (await page.getByTestId('import-stat').allInnerTexts()).map((text) =>
      text.replace(/\s+/g, ' '),
    );
    expect(stats).toEqual(
      expect.arrayContaining([
        `Baris data ${number.format(2_000)}`,
        `Baris valid ${number.format(fixture.validRows)}`,
        'Baris bermasalah 40',
      ]),
    );
    const shownRows = (await page.getByTestId('issue-row').allInnerTexts()).map(Number);
    expect([...new Set(shownRows)]).toEqual(fixture.badRows);
    await screenshot(page, 'impor-laporan');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Simpan laporan (XLSX)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('laporan-impor-prelist-2000.xlsx');
    const report = XLSX.read(readFileSync(await saved.path()), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(report.Sheets.Laporan!, { header: 1 });
    const reportRows = rows.slice(REPORT_TABLE_HEADER_INDEX + 1).map((row) => Number(row[0]));
    expect([...new Set(reportRows)]).toEqual(fixture.badRows);

    const writeStarted = Date.now();
    await importButton.click();
    await page.getByTestId('import-done').waitFor({ timeout: 120_000 });
    const writeSeconds = (Date.now() - writeStarted) / 1000;
    const timing = await page.getByTestId('import-timing').innerText();
    console.info(
      `[ukur] impor 2.000 baris: baca+periksa ${checkSeconds.toFixed(1)} dtk, simpan ${writeSeconds.toFixed(1)} dtk (aplikasi: ${timing})`,
    );
    await screenshot(page, 'impor-selesai');

    await goTo(page, '/', 'Beranda');
    await expect
      .poll(() => statValue(page, 'Warga terdaftar'))
      .toContain(number.format(fixture.validRows));
    expect(await statValue(page, 'Keluarga terdaftar')).toContain(number.format(fixture.families));
    await screenshot(page, 'impor-beranda');
  });

  it('imports the same file again without duplicating anyone', async () => {
    const { page } = session;
    await importFixture(page, fixture);
    expect(
      await page.getByText(`${number.format(fixture.validRows)} warga sudah terdaftar`).count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Batal' }).click();
  });

  it('shows the planted duplicate side by side and merges it with an audit entry', async () => {
    const { page } = session;
    await goTo(page, '/duplikat', 'Kemungkinan duplikat');
    const pair = page
      .getByTestId('duplicate-pair')
      .filter({ hasText: fixture.duplicateName })
      .first();
    await pair.waitFor();
    expect(await pair.innerText()).toMatch(/nama dan tanggal lahir sama/i);
    expect(await pair.innerText()).not.toMatch(/\b62\d{14}\b/);
    await screenshot(page, 'duplikat-daftar');

    const before = await page.getByTestId('duplicate-pair').count();
    await pair.getByRole('radio', { name: 'Data kiri' }).check();
    await pair.getByRole('textbox', { name: 'Catatan keputusan' }).fill('Dicek dengan KK asli');
    await pair.getByRole('button', { name: 'Gabungkan' }).click();
    await page.getByRole('button', { name: 'Ya, gabungkan' }).click();
    await page.getByText('Data digabung ke').waitFor();
    await expect.poll(() => page.getByTestId('duplicate-pair').count()).toBeLessThan(before);

    const another = page.getByTestId('duplicate-pair').first();
    if ((await another.count()) > 0) {
      await another.getByRole('button', { name: 'Bukan duplikat' }).click();
      await page.getByText('Dicatat: bukan duplikat.').waitFor();
    }

    await goTo(page, '/', 'Beranda');
    await expect
      .poll(() => statValue(page, 'Warga terdaftar'))
      .toContain(number.format(fixture.validRows - 1));
    await goTo(page, '/log', 'Log aktivitas');
    await expect.poll(() => page.getByText('Data ganda digabung').count()).toBeGreaterThan(0);
  });

  it('lists all of 600 more pairs, drawing only the cards in view (issue 15.6)', async () => {
    const { page } = session;
    // 600 pairs of look-alikes (same name and birth date, different NIK), straight in IndexedDB.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const training = localStorage.getItem('dtks.activeDatabase') === 'training';
        const request = indexedDB.open(training ? 'dtks-kelurahan-latihan' : 'dtks-kelurahan');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('people', 'readwrite');
        const store = tx.objectStore('people');
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          const person = cursor.result?.value as { id: string } | undefined;
          if (!person) return;
          for (let i = 1; i <= 600; i++) {
            const nama = `ZULKIFLI UJI ${String(i).padStart(3, '0')}`;
            for (const side of [1, 2]) {
              const nik = `627101${side}${String(i).padStart(9, '0')}`;
              store.put({
                ...person,
                id: `${person.id}-ganda-${i}-${side}`,
                nik,
                // Unique per PC since schema v10 (the app's middleware sets it; raw puts must).
                nikKey: nik,
                nama,
                dupNameKey: `${nama.toLowerCase()}|1980-01-01`,
                dupMotherKey: `uji ${i} ${side}|1980-01-01`,
              });
            }
          }
        };
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    // Written past the app, so the Beranda summary (which every app write keeps, and which
    // gives the Duplikat page its repeated keys) knows nothing of them: "Periksa ulang angka"
    // counts again and puts it right, as it would after any drift.
    await goTo(page, '/', 'Beranda');
    await page.getByRole('button', { name: 'Periksa ulang angka' }).click();
    await page.getByText('Angka diperbaiki').waitFor({ timeout: 60_000 });
    await goTo(page, '/duplikat', 'Kemungkinan duplikat');
    await page.getByText(/^6\d\d pasangan belum diputuskan$/).waitFor({ timeout: 60_000 });
    const cards = page.getByTestId('duplicate-pair');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThan(10);
    await screenshot(page, 'duplikat-600');

    // A choice made on a card survives the card scrolling out of view and back.
    const first = cards.first();
    // The left record's name (row Nama, column Data kiri) tells the card apart.
    const name = await first.locator('tbody tr').first().locator('td').nth(1).innerText();
    await first.getByRole('radio', { name: 'Data kanan' }).check();
    const list = page.getByTestId('duplicate-list');
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const last = cards.filter({ hasText: 'ZULKIFLI UJI 600' });
    await last.waitFor();
    expect(await cards.count()).toBeLessThan(10);
    await screenshot(page, 'duplikat-600-akhir');
    await list.evaluate((element) => element.scrollTo({ top: 0 }));
    const again = cards.filter({ hasText: name }).first();
    await again.waitFor();
    expect(await again.getByRole('radio', { name: 'Data kanan' }).isChecked()).toBe(true);
  }, 120_000);
});

if (process.env.E2E_IMPORT_BIG !== '1') {
  console.info(
    'Impor 20.000 baris DILEWATI: berjalan beberapa menit; jalankan dengan E2E_IMPORT_BIG=1. Kecepatan diukur di npm run bench.',
  );
}

describe.skipIf(!hasChromium || process.env.E2E_IMPORT_BIG !== '1')(
  'ukur: impor prelist 20.000 baris',
  () => {
    it('parses, checks and writes 20,000 rows', async () => {
      const big = writePrelistFixture({
        people: 20_000,
        bad: 400,
        kodeWilayah: TEST_IDENTITY.kodeWilayah,
      });
      const session = await openSession();
      try {
        await session.page.goto(baseUrl);
        await completeFirstRun(session.page);
        // Cancelling while the rows are being written leaves nothing behind.
        const first = await importFixture(session.page, big);
        await first.click();
        await session.page.getByText('Menyimpan data…').waitFor();
        await session.page.getByRole('button', { name: 'Batalkan' }).click();
        await session.page.getByText('Dibatalkan. Tidak ada data yang disimpan.').waitFor();
        await goTo(session.page, '/', 'Beranda');
        await expect
          .poll(() => statValue(session.page, 'Warga terdaftar'), { timeout: 60_000 })
          .toMatch(/\b0\b/);

        const started = Date.now();
        const button = await importFixture(session.page, big);
        const checkSeconds = (Date.now() - started) / 1000;
        const stats = await session.page.getByTestId('import-stat').allInnerTexts();
        expect(stats.map((text) => text.replace(/\s+/g, ' '))).toContain('Baris bermasalah 400');
        const writeStarted = Date.now();
        await button.click();
        await session.page.getByTestId('import-done').waitFor({ timeout: 300_000 });
        const writeSeconds = (Date.now() - writeStarted) / 1000;
        console.info(
          `[ukur] impor 20.000 baris: baca+periksa ${checkSeconds.toFixed(1)} dtk, simpan ${writeSeconds.toFixed(1)} dtk`,
        );
        await goTo(session.page, '/duplikat', 'Kemungkinan duplikat');
        const duplicatesStarted = Date.now();
        await session.page.getByTestId('duplicate-pair').first().waitFor({ timeout: 120_000 });
        console.info(
          `[ukur] kemungkinan duplikat di antara ${number.format(big.validRows)} warga: ${((Date.now() - duplicatesStarted) / 1000).toFixed(1)} dtk`,
        );
      } finally {
        await session.close();
        removeProfile(session.profileDir);
      }
    }, 600_000);
  },
);
