import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Family, Person } from '../../shared/domain/core/entities';
import { PRELIST_HEADERS, prelistRow } from '../../shared/domain/impor/prelist-test-data';
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
import { completeFirstRun, TEST_IDENTITY } from './support/first-run';
import { nav, openMeetingWithGuest } from './support/setup';

if (!hasChromium) console.warn(skipReason);

/**
 * Issue 22, as a clerk meets it: a prelist carries no status kawin (nor religion,
 * education or job). Three families are re-checked: one corrected and kept, one kept but
 * never completed, one removed because the head died. Both kept families had a birth place
 * corrected, so they go as perbaikan (issue 14.3: a family kept unchanged sends nothing).
 * The completed row and the removal reach the package; the uncompleted one is held with its
 * reason and a link to its form.
 */

const STAMP = '2026-01-01T00:00:00.000Z';

function family(n: number, rt: string): Family {
  return {
    id: `f${n}`,
    noKk: `627101010120000${n}`,
    alamat: `Jl. Prelist No. ${n}`,
    rt,
    rw: '001',
    kodeWilayah: TEST_IDENTITY.kodeWilayah,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function person(over: Partial<Person> & Pick<Person, 'nik' | 'nama' | 'familyId'>): Person {
  return {
    id: over.nik,
    tempatLahir: 'Palangka Raya',
    tanggalLahir: '1980-03-12',
    jenisKelamin: 'L',
    shdk: 1,
    pekerjaan: '',
    namaIbuKandung: 'Ibu Kandung',
    statusKeberadaan: 'ada',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

const FAMILIES = [family(1, '001'), family(2, '002'), family(3, '003')];
const PEOPLE: Person[] = [
  person({ familyId: 'f1', nik: '6271011203800001', nama: 'AHMAD PERBAIKAN' }),
  person({
    familyId: 'f1',
    nik: '6271015505820002',
    nama: 'RINA PERBAIKAN',
    tanggalLahir: '1982-05-15',
    jenisKelamin: 'P',
    shdk: 3,
  }),
  person({
    familyId: 'f2',
    nik: '6271011404790003',
    nama: 'BAMBANG BELUM',
    tanggalLahir: '1979-04-14',
  }),
  person({
    familyId: 'f3',
    nik: '6271010101500004',
    nama: 'DARMO ALMARHUM',
    tanggalLahir: '1950-01-01',
  }),
];
const [CORRECTED, , UNCORRECTED, DECEASED] = PEOPLE as [Person, Person, Person, Person];

function writePrelist(): string {
  const byId = new Map(FAMILIES.map((f) => [f.id, f]));
  const rows = PEOPLE.map((p, i) => prelistRow(p, byId.get(p.familyId) as Family, i + 1));
  expect(PRELIST_HEADERS).not.toContain('status_kawin');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([PRELIST_HEADERS, ...rows]),
    'Prelist',
  );
  const dir = join(tmpdir(), 'dtks-e2e-fixtures');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'prelist-tanpa-status-kawin.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

async function undecided(page: Page): Promise<number> {
  const text = await page.getByTestId('tally').innerText();
  return Number(/Belum diputuskan: (\d+) dari/.exec(text)?.[1] ?? NaN);
}

async function openFamilyOf(page: Page, nama: string): Promise<void> {
  await nav(page, 'Warga & Keluarga');
  await page.getByPlaceholder('Nama, NIK atau No. KK').fill(nama);
  await page
    .getByRole('link', { name: new RegExp(nama, 'i') })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name: /^Keluarga / }).waitFor();
}

describe.skipIf(!hasChromium)('prelist tanpa status kawin sampai paket ekspor', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(baseUrl);
    await completeFirstRun(session.page);
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('imports the prelist and shows, per person, what is still to be filled', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/impor`);
    await page.locator('input[type="file"]').setInputFiles(writePrelist());
    const importButton = page.getByRole('button', { name: 'Impor 4 baris yang valid' });
    await importButton.waitFor({ timeout: 60_000 });
    await importButton.click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });

    await openFamilyOf(page, 'BAMBANG BELUM');
    await page.getByTestId('family-missing').waitFor();
    const missing = await page.getByTestId('member-missing').first().innerText();
    expect(missing).toContain('status perkawinan, agama, pendidikan terakhir dan pekerjaan');
    // No guessed religion or education anywhere on the card.
    const card = await page.getByRole('table', { name: 'Anggota keluarga' }).innerText();
    expect(card).toContain('belum diisi');
    expect(card).not.toContain('Islam');
    await screenshot(page, 'prelist-keluarga-belum-diisi');
  });

  it('corrects one person: confirms the suggested status and types the job', async () => {
    const { page } = session;
    await openFamilyOf(page, CORRECTED.nama);
    await page.getByRole('button', { name: `Aksi untuk ${CORRECTED.nama}` }).click();
    await page.getByRole('menuitem', { name: 'Ubah data' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('confirm-statusKawin').click();
    await dialog.getByTestId('confirmed-statusKawin').waitFor();
    await dialog.getByLabel('Pekerjaan').fill('Buruh Harian Lepas');
    // A correction of what the prelist listed: the family is sent as a perbaikan.
    await dialog.getByLabel('Tempat lahir').fill('Kuala Kapuas');
    await screenshot(page, 'prelist-konfirmasi-status-kawin');
    // Religion and education stay "belum diisi": saving must not force a guess.
    await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('member-row').filter({ hasText: CORRECTED.nama });
    await expect.poll(() => row.innerText()).toContain('Kawin');
    expect(await row.innerText()).toContain('Belum diisi: agama dan pendidikan terakhir');
  });

  it('corrects the birth place of the other kept family, leaving its status unknown', async () => {
    const { page } = session;
    await openFamilyOf(page, UNCORRECTED.nama);
    await page.getByRole('button', { name: `Aksi untuk ${UNCORRECTED.nama}` }).click();
    await page.getByRole('menuitem', { name: 'Ubah data' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tempat lahir').fill('Sampit');
    await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('decides the three families and locks the meeting', async () => {
    const { page } = session;
    await openMeetingWithGuest(page);
    expect(await undecided(page)).toBe(3);
    // In RT order: kept, kept, removed because the head died. A prelist family is kept
    // with P ("tetap") and taken out with X ("dikeluarkan"), never L or T (issue 14.2).
    await page.keyboard.press('l');
    await page.getByText(/Tombol L bukan untuk calon ini/).waitFor();
    expect(await undecided(page)).toBe(3);
    await page.keyboard.press('p');
    await expect.poll(() => undecided(page)).toBe(2);
    await page.keyboard.press('p');
    await expect.poll(() => undecided(page)).toBe(1);
    await expect
      .poll(() => page.getByTestId('current-candidate').innerText())
      .toContain(DECEASED.nama);
    await page.keyboard.press('x');
    await page.getByRole('dialog').getByRole('button', { name: 'Meninggal dunia' }).click();
    await expect.poll(() => undecided(page)).toBe(0);

    await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    await page.getByText('Siap dikunci').waitFor();
    await page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /kunci/i }).click();
    await page.getByTestId('content-hash').waitFor();
  });

  it('sends the corrected row and the removal; holds the uncorrected one with its reason and a link', async () => {
    const { page } = session;
    await nav(page, 'Ekspor');
    await page.getByRole('button', { name: 'Buat batch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat batch dari musyawarah' });
    await dialog.getByRole('button', { name: /^Buat batch dari musyawarah/ }).click();
    const problems = page.getByTestId('problem-table');
    await problems.waitFor();
    const text = await problems.innerText();
    expect(text).toContain(UNCORRECTED.nama);
    expect(text).toContain('Belum diisi: status kawin, pekerjaan');
    expect(text).not.toContain(CORRECTED.nama);
    expect(text).not.toContain(DECEASED.nama);
    await screenshot(page, 'prelist-batch-tertahan');

    // The link opens the blocked person's own form.
    await problems.getByRole('link', { name: `Perbaiki data ${UNCORRECTED.nama}` }).click();
    const form = page.getByRole('dialog', { name: `Ubah data anggota: ${UNCORRECTED.nama}` });
    await form.waitFor();
    await form.getByTestId('to-complete-statusKawin').waitFor();
    await screenshot(page, 'prelist-formulir-dari-batch');
    await form.getByRole('button', { name: 'Batal' }).click();
    await form.waitFor({ state: 'detached' });
    await page.goBack();
    await page.getByTestId('problem-table').waitFor();

    // What the package would carry today: the batch's own rows.
    const rows = await page.getByTestId('batch-rows').innerText();
    expect(rows).toContain(CORRECTED.nama);
    expect(rows).toContain(DECEASED.nama);
    expect(rows).toMatch(/Nonaktif\s*\(meninggal\)/);
  });

  it('once the last one is completed too, exports a package whose minutes agree with it', async () => {
    const { page } = session;
    // The clerk completes the held one through the same link, so the export opens.
    await page
      .getByTestId('problem-table')
      .getByRole('link', { name: /^Perbaiki data/ })
      .click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Status perkawinan').selectOption('belum_kawin');
    await form.getByLabel('Pekerjaan').fill('Petani/Pekebun');
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await form.waitFor({ state: 'detached' });
    await page.goBack();
    await page.getByRole('button', { name: 'Periksa ulang' }).click();
    await page.getByText('Lolos validasi', { exact: true }).waitFor();

    const zipPath = await download(
      page,
      () => page.getByRole('button', { name: 'Ekspor paket ZIP' }).click(),
      'prelist-paket.zip',
    );
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const csvName = Object.keys(files).find((name) => name.endsWith('.csv')) ?? '';
    const [header, ...lines] = Buffer.from(files[csvName]!)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    const col = (name: string) => header!.indexOf(name);
    const byNik = new Map(lines.map((cells) => [cells[col('nomor_nik')], cells]));
    expect(byNik.get(CORRECTED.nik)?.[col('jenis_usulan')]).toBe('PERBAIKAN DATA');
    expect(byNik.get(CORRECTED.nik)?.[col('status_kawin')]).toBe('KAWIN');
    expect(byNik.get(DECEASED.nik)?.[col('jenis_usulan')]).toBe('NONAKTIF');
    expect(byNik.get(DECEASED.nik)?.[col('alasan_nonaktif')]).toBe('MENINGGAL');

    const pdfName = Object.keys(files).find((name) => name.endsWith('.pdf')) ?? '';
    const pdfPath = join(tmpdir(), 'dtks-e2e-fixtures', 'prelist-berita-acara.pdf');
    writeFileSync(pdfPath, files[pdfName]!);
    const { execFileSync } = await import('node:child_process');
    const pdfText = execFileSync('pdftotext', [pdfPath, '-']).toString('utf8');
    // Lampiran I words the removal as the package sends it (the cell may wrap).
    expect(pdfText).toContain('Prelist DTSEN');
    expect(pdfText).toMatch(/Nonaktif:\s+meninggal/);
    expect(pdfText).toContain('Dikeluarkan');
    expect(pdfText).toContain('Tetap');
    expect(pdfText).not.toMatch(/Perbaikan data \(prelist\)/);
  });

  it('refuses an SKTM while the religion is unconfirmed, and issues it once confirmed', async () => {
    const { page } = session;
    // Issue 14.1: the prelist carried no religion; the letter must never print a guess.
    const pick = async () => {
      await nav(page, 'Surat');
      await page.getByRole('tab', { name: 'Buat SKTM' }).waitFor();
      await page.getByLabel('Cari warga yang memohon surat').fill(UNCORRECTED.nik);
      const results = page.getByTestId('sktm-search-results');
      await results.waitFor();
      await results
        .locator('tbody tr')
        .first()
        .getByRole('button', { name: /^Pilih / })
        .click();
      await page.getByTestId('sktm-preview').waitFor();
    };
    await pick();
    const blocked = page.getByTestId('letter-blocked');
    await blocked.waitFor();
    expect(await blocked.innerText()).toMatch(/agama/i);
    expect(await page.getByRole('button', { name: 'Terbitkan surat' }).isDisabled()).toBe(true);
    await screenshot(page, 'prelist-sktm-ditolak');

    // The refusal links to the person's own form; the clerk confirms the religion there.
    await blocked.getByRole('link', { name: `Buka formulir ${UNCORRECTED.nama}` }).click();
    const form = page.getByRole('dialog', { name: `Ubah data anggota: ${UNCORRECTED.nama}` });
    await form.getByLabel('Agama').selectOption('Kristen');
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await form.waitFor({ state: 'detached' });

    await pick();
    expect(await page.getByTestId('letter-blocked').count()).toBe(0);
    await page.getByLabel('Nomor surat pengantar RT/RW').fill('07/RT.002/XII/2026');
    await page.getByLabel('Tanggal surat pengantar').fill('01-12-2026');
    await page.getByRole('button', { name: 'Terbitkan surat' }).click();
    await page.getByTestId('issued-number').waitFor();
    const pdfPath = await download(
      page,
      () => page.getByRole('button', { name: 'Simpan PDF' }).click(),
      'prelist-sktm.pdf',
    );
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
    expect(text).toMatch(/Agama\s+:\s+Kristen/);
    expect(text).not.toContain('Islam');
    expect(text.toUpperCase()).toContain(UNCORRECTED.nama);
  });
});
