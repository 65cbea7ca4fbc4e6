import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  baseUrl,
  hasChromium,
  openSession,
  removeProfile,
  RESULTS_DIR,
  screenshot,
  skipReason,
} from './support/browser';
import type { Session } from './support/browser';
import { download } from './support/downloads';
import { addLurahAndTrainingData, agreeWithCurrent, nav } from './support/setup';
import { completeFirstRun } from './support/first-run';

if (!hasChromium) console.warn(skipReason);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function undecided(page: Page): Promise<number> {
  const text = await page.getByTestId('tally').innerText();
  return Number(/Belum diputuskan: (\d+) dari/.exec(text)?.[1] ?? NaN);
}

/** The whole musyawarah through its screens: session, attendance, every decision, lock. */
async function runMeeting(page: Page): Promise<void> {
  await addLurahAndTrainingData(page);

  await nav(page, 'Musyawarah');
  await page.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
  await page.getByLabel('Jam selesai').fill('12:30');
  await page.getByLabel('Notulis').fill('Dewi Lestari');
  await page.getByRole('button', { name: 'Buat sesi' }).click();
  await page.getByRole('button', { name: 'Undang dari daftar kontak' }).click();
  const picker = page.getByRole('dialog', { name: 'Undang dari daftar kontak' });
  await picker.getByRole('button', { name: /Pilih semua yang tampil/ }).click();
  await picker.getByRole('button', { name: /^Undang \d+ orang$/ }).click();
  await picker.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Tandai semua hadir' }).click();

  await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
  await page.getByTestId('current-candidate').waitFor();
  const total = await undecided(page);
  for (let left = total; left > 0; left -= 1) {
    await agreeWithCurrent(page);
    await expect.poll(() => undecided(page)).toBe(left - 1);
  }
  await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
  await page.getByText('Siap dikunci').waitFor();
  await page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /kunci/i }).click();
  await page.getByTestId('content-hash').waitFor();
}

type Target = { personId: string; familyId: string; nama: string; nik: string };

/**
 * The one step not taken through the screens: two people of the locked meeting get
 * data the registry forms would refuse (an empty mother's name, a formula as the
 * occupation), written straight into IndexedDB, to prove the gate and the
 * formula neutralisation.
 */
async function injectBadData(page: Page): Promise<{ broken: Target; formula: Target }> {
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
    type Row = Record<string, unknown> & { id: string };
    const [decisions, proposals, people] = await Promise.all([
      all<Row>('decisions'),
      all<Row>('proposals'),
      all<Row>('people'),
    ]);
    const proposalById = new Map(proposals.map((row) => [row.id, row]));
    const sent = decisions
      .filter((row) => row.decision === 'layak')
      .map((row) => proposalById.get(row.proposalId as string))
      // Rows the package sends: a prelist family kept unchanged sends nothing, regional aid
      // goes to the city's own list, an approved removal is sent (issue 14.3, 14.4).
      .filter(
        (row) =>
          row &&
          row.programme !== 'Bansos Daerah' &&
          (row.kind === 'nonaktif' ||
            ((row.kind === 'baru' || row.kind === 'perbaikan') && row.source !== 'prelist')),
      )
      .sort((a, b) => Number(a?.kind === 'nonaktif') - Number(b?.kind === 'nonaktif'));
    const [first, second] = sent.map((row) => people.find((p) => p.id === row?.personId));
    if (!first || !second) throw new Error('musyawarah tanpa dua usulan yang dikirim');
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('people', 'readwrite');
      tx.objectStore('people').put({ ...first, namaIbuKandung: '' });
      tx.objectStore('people').put({ ...second, pekerjaan: '=1+1' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const pick = (row: Row) => ({
      personId: row.id,
      familyId: String(row.familyId),
      nama: String(row.nama),
      nik: String(row.nik),
    });
    return { broken: pick(first), formula: pick(second) };
  });
}

describe.skipIf(!hasChromium)('ekspor: batch, gerbang validasi, paket ZIP, unggah, hasil', () => {
  let session: Session;
  let targets: { broken: Target; formula: Target };
  let zipPath = '';

  beforeAll(async () => {
    session = await openSession();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('runs a musyawarah through its screens and locks it', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await completeFirstRun(page);
    await runMeeting(page);
    targets = await injectBadData(page);
    expect(targets.broken.personId).not.toBe(targets.formula.personId);
  });

  it('makes a batch from the locked meeting and blocks the export on an incomplete row', async () => {
    const { page } = session;
    await nav(page, 'Ekspor');
    await page.getByRole('button', { name: 'Buat batch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat batch dari musyawarah' });
    await screenshot(page, 'ekspor-buat-batch');
    await dialog.getByRole('button', { name: /^Buat batch dari musyawarah/ }).click();
    const report = page.getByTestId('validation-report');
    await report.getByText(/^1 kesalahan: batch belum dapat diekspor/).waitFor();
    const problems = page.getByTestId('problem-table');
    await problems.getByRole('cell', { name: targets.broken.nama, exact: true }).waitFor();
    expect(await problems.innerText()).toContain('Kesalahan: Belum diisi: nama ibu kandung');
    expect(await problems.innerText()).not.toContain(targets.broken.nik);
    await expect
      .poll(() => page.getByRole('button', { name: 'Ekspor paket ZIP' }).isDisabled())
      .toBe(true);
    expect(await page.getByTestId('export-blocker').innerText()).toMatch(/Masih ada 1 kesalahan/);
    await screenshot(page, 'ekspor-batch-gagal-validasi');
  });

  it('after the fix in the registry, re-checks into a new version that passes', async () => {
    const { page } = session;
    // The link opens the broken person's own form on the family page.
    await page
      .getByTestId('problem-table')
      .getByRole('link', { name: `Perbaiki data ${targets.broken.nama}` })
      .click();
    await page
      .getByRole('dialog', { name: `Ubah data anggota: ${targets.broken.nama}` })
      .getByLabel('Nama ibu kandung')
      .fill('Siti Aminah');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Simpan/ })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.goBack();
    await page.getByText('Data warga berubah sejak batch diperiksa').first().waitFor();
    await page.getByRole('button', { name: 'Periksa ulang' }).click();
    await page.getByRole('heading', { name: 'Batch 001, versi 2' }).waitFor();
    await page.getByText('Lolos validasi', { exact: true }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Ekspor paket ZIP' }).isEnabled())
      .toBe(true);
    await screenshot(page, 'ekspor-batch-tervalidasi');
  });

  it('exports the ZIP: name, manifest hashes, XLSX text cells, CSV with BOM and formula guard', async () => {
    const { page } = session;
    zipPath = await download(
      page,
      () => page.getByRole('button', { name: 'Ekspor paket ZIP' }).click(),
      'ekspor-paket.zip',
    );
    await page.getByTestId('export-saved').waitFor();
    const fileName = await page.getByTestId('export-saved').innerText();
    const name = /DTKS_\d{10}_\d{8}_\d{3}-v2\.zip/.exec(fileName)?.[0] ?? '';
    expect(name).toMatch(/^DTKS_6271011001_\d{8}_001-v2\.zip$/);

    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const base = name.replace(/\.zip$/, '');
    expect(Object.keys(files).sort()).toEqual(
      [`${base}.csv`, `${base}.xlsx`, `BERITA_ACARA_${base}.pdf`, 'manifest.json'].sort(),
    );
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as {
      batchId: string;
      version: number;
      templateVersion: string;
      counts: Record<string, number>;
      files: { name: string; sha256: string; bytes: number }[];
    };
    expect(manifest.batchId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(manifest.version).toBe(2);
    expect(manifest.templateVersion).toBe('siksng-usulan-2');
    expect(manifest.files).toHaveLength(3);
    for (const file of manifest.files) {
      expect(sha256(files[file.name]!)).toBe(file.sha256);
    }

    const csv = files[`${base}.csv`]!;
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = Buffer.from(csv).toString('utf8');
    expect(csvText).toContain(`,${targets.formula.nik},`);
    expect(csvText).toContain(",'=1+1,");
    expect(csvText.split('\r\n').length - 2).toBe(manifest.counts.total);

    const book = XLSX.read(files[`${base}.xlsx`], { type: 'buffer' });
    const expectedSheets = [
      ['baru', 'Usulan Baru'],
      ['perbaikan', 'Perbaikan Data'],
      ['nonaktif', 'Usulan Nonaktif'],
    ].flatMap(([kind, sheet]) => ((manifest.counts[kind!] ?? 0) > 0 ? [sheet] : []));
    expect(book.SheetNames).toEqual(expectedSheets);
    const cells = book.SheetNames.flatMap((sheet) =>
      XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheet]!, { header: 1 }).flat(),
    );
    // XLSX text cells are never run: the value arrives as recorded, with no apostrophe
    // (issue 21); only the CSV above carries the guard.
    expect(cells).toContain('=1+1');
    expect(cells).not.toContain("'=1+1");
    const formulaCells = book.SheetNames.flatMap((sheet) =>
      Object.values(book.Sheets[sheet]!).filter(
        (cell) => (cell as XLSX.CellObject | undefined)?.v === '=1+1',
      ),
    ) as XLSX.CellObject[];
    expect(formulaCells.map((cell) => [cell.t, cell.f])).toEqual([['s', undefined]]);
    const pdf = files[`BERITA_ACARA_${base}.pdf`]!;
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    await expect.poll(() => page.getByTestId('batch-state').textContent()).toBe('Diekspor');
    await screenshot(page, 'ekspor-paket-tersimpan');
  });

  it('shows the connection, the upload banner, and opens the portal', async () => {
    const { page, context } = session;
    await context.route('https://siks.kemensos.go.id/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>SIKS-NG</title>Portal' }),
    );
    await nav(page, 'Ekspor');
    await page.getByTestId('upload-banner').waitFor();
    expect(await page.getByTestId('upload-banner').innerText()).toContain(
      'Anda sedang online dan ada 1 batch menunggu diunggah',
    );
    await screenshot(page, 'ekspor-kotak-keluar-online');
    const [portal] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Unggah sekarang di portal' }).click(),
    ]);
    await portal.waitForURL('https://siks.kemensos.go.id/');
    await portal.close();

    await context.setOffline(true);
    await page.getByText('Offline', { exact: true }).waitFor();
    await page.getByTestId('upload-banner').waitFor({ state: 'detached' });
    await screenshot(page, 'ekspor-kotak-keluar-offline');
    await context.setOffline(false);
    await page.getByTestId('upload-banner').waitFor();

    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    const portalInput = page.getByLabel('Alamat portal');
    await expect.poll(() => portalInput.inputValue()).toBe('https://siks.kemensos.go.id/');
    await portalInput.fill('https://contoh-palsu.example.com/');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText(/^Alamat portal harus https/).waitFor();
    await portalInput.fill('https://siks.kemensos.go.id/');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await screenshot(page, 'ekspor-pengaturan');
    await page.getByRole('tab', { name: 'Kotak keluar' }).click();
  });

  it('records the upload, imports the results with one rejection, and proposes it again', async () => {
    const { page } = session;
    await page.getByTestId('outbox-table').getByRole('link', { name: '001-v2' }).click();
    // Saved without the receipt: the app's own message, not the browser's, and nothing recorded.
    await page.getByRole('button', { name: 'Catat unggahan' }).click();
    await page.getByText('Tulis nomor tanda terima atau referensi dari portal').first().waitFor();
    expect(await page.getByTestId('batch-state').textContent()).not.toBe('Diunggah');
    await page.getByLabel('Nomor tanda terima / referensi portal').fill('SIKSNG-2026-11-000123');
    await page.getByRole('button', { name: 'Catat unggahan' }).click();
    await page.getByText('referensi SIKSNG-2026-11-000123', { exact: false }).first().waitFor();

    await expect.poll(() => page.getByTestId('batch-state').textContent()).toBe('Diunggah');
    const packaged = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const csvName = Object.keys(packaged).find((name) => name.endsWith('.csv')) ?? '';
    const csv = Buffer.from(packaged[csvName]!).toString('utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const nikColumn = lines[0]!.split(',').indexOf('nomor_nik');
    const niks = lines.slice(1).map((line) => line.split(',')[nikColumn]!);
    const rejectedNik = targets.formula.nik;
    const results = [
      ['NIK', 'Nama', 'Status Padan', 'Status Usulan', 'Keterangan'],
      ...niks.map((nik) =>
        nik === rejectedNik
          ? [nik, targets.formula.nama, 'Tidak Padan', 'Ditolak', 'NIK tidak padan dengan Dukcapil']
          : [nik, '', 'Padan', 'Diterima', ''],
      ),
    ];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(results), 'Hasil');
    mkdirSync(RESULTS_DIR, { recursive: true });
    const resultsPath = join(RESULTS_DIR, 'ekspor-hasil-portal.xlsx');
    writeFileSync(resultsPath, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Pilih berkas hasil' }).click(),
    ]);
    await chooser.setFiles(resultsPath);
    const preview = page.getByTestId('feedback-preview');
    await preview.waitFor();
    expect(await preview.innerText()).toContain(
      `${niks.length} NIK terbaca: ${niks.length - 1} diterima, 1 ditolak untuk batch ini`,
    );
    expect(await page.getByLabel('Kolom NIK').inputValue()).toBe('nik');
    await screenshot(page, 'ekspor-impor-hasil');
    await page.getByRole('button', { name: 'Impor hasil' }).click();

    const rejected = page.getByTestId('rejected-table');
    await rejected.getByRole('cell', { name: targets.formula.nama, exact: true }).first().waitFor();
    expect(await rejected.innerText()).toContain('NIK tidak padan dengan Dukcapil');
    await expect.poll(() => page.getByTestId('batch-state').textContent()).toBe('Hasil diterima');
    await screenshot(page, 'ekspor-hasil-ditolak');

    // The portal sends the same layout next time: the confirmed columns come back.
    const [again] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Pilih berkas hasil' }).click(),
    ]);
    await again.setFiles(resultsPath);
    await page.getByTestId('feedback-mapping-remembered').waitFor();
    expect(await page.getByLabel('Kolom Alasan').inputValue()).toBe('keterangan');
    await preview.getByRole('button', { name: 'Batal' }).click();
    await page.getByTestId('feedback-mapping-remembered').waitFor({ state: 'detached' });

    await rejected.getByRole('button', { name: `Usulkan lagi ${targets.formula.nama}` }).click();
    const followUp = rejected.getByRole('link', { name: /^Sudah diusulkan lagi/ });
    await followUp.waitFor();
    await nav(page, 'Ekspor');
    await page.getByRole('tab', { name: 'Ditolak portal' }).click();
    await page.getByText('1 baris ditolak, 0 belum diusulkan lagi.').waitFor();
    await screenshot(page, 'ekspor-ditolak-portal');
    await page.getByRole('link', { name: /^Sudah diusulkan lagi/ }).click();
    await page
      .getByText('Diusulkan lagi setelah ditolak SIKS-NG', { exact: false })
      .first()
      .waitFor();
    await screenshot(page, 'ekspor-usulan-lagi');
  });
});
