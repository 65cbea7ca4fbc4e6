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
  RESULTS_DIR,
  screenshot,
  skipReason,
} from './support/browser';
import type { Session } from './support/browser';
import { download, pdfText, pdfToPng } from './support/downloads';
import { completeFirstRun, TEST_IDENTITY } from './support/first-run';
import { nav, openMeetingWithGuest } from './support/setup';

if (!hasChromium) console.warn(skipReason);

/**
 * Issue 14.2–14.4 as the office meets it: one meeting with a new entry, a removal (the
 * head died), a prelist family kept, a prelist family taken out, and a regional-aid
 * proposal. Each decision is taken with its own kind's key and printed in its own words;
 * the package holds exactly the new entry and the two removals, the removals with the
 * family's ID DTKS; the regional one goes to the city's own list.
 */

const STAMP = '2026-01-01T00:00:00.000Z';

function family(n: number, extra: Partial<Family> = {}): Family {
  return {
    id: `f${n}`,
    noKk: `627101010130000${n}`,
    alamat: `Jl. Keputusan No. ${n}`,
    rt: `00${n}`,
    rw: '001',
    kodeWilayah: TEST_IDENTITY.kodeWilayah,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  };
}

function person(n: number, nama: string, nik: string, tanggalLahir: string): Person {
  return {
    id: `p${n}`,
    familyId: `f${n}`,
    nik,
    nama,
    tempatLahir: 'Palangka Raya',
    tanggalLahir,
    jenisKelamin: 'L',
    shdk: 1,
    statusKawin: 'kawin',
    agama: 'Islam',
    pendidikan: 'SD/Sederajat',
    pekerjaan: 'Buruh Harian Lepas',
    namaIbuKandung: 'Ibu Kandung',
    statusKeberadaan: 'ada',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

// Prelist families: the ID DTKS comes from the file (DTKS0000001, DTKS0000002).
const KEPT = person(1, 'TETAP SENTOSA', '6271011203800001', '1980-03-12');
const REMOVED = person(2, 'KELUAR ALMARHUM', '6271010101500002', '1950-01-01');
// Proposals of the office's own.
const NEW = person(3, 'BARU HARAPAN', '6271011504850003', '1985-04-15');
const DIED = person(4, 'NONAKTIF WAFAT', '6271012002450004', '1945-02-20');
const REGIONAL = person(5, 'DAERAH BANTU', '6271010505900005', '1990-05-05');
const DIED_ID = 'DTKS-9990004';

function writePrelist(): string {
  const rows = [KEPT, REMOVED].map((p, i) => prelistRow(p, family(Number(p.id.slice(1))), i));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([PRELIST_HEADERS, ...rows]),
    'Prelist',
  );
  const dir = join(tmpdir(), 'dtks-e2e-fixtures');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'prelist-keputusan-jenis.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

/**
 * The one step not taken through the screens: three proposals ready for the meeting
 * (the proposal forms have their own specs), written with their families into IndexedDB.
 * The removal's family carries an ID DTKS of its own, as a prelist would have left it.
 */
async function seedProposals(page: Page): Promise<void> {
  const families = [family(3), family(4, { idDtks: DIED_ID }), family(5)];
  const people = [NEW, DIED, REGIONAL].map((p) => ({
    ...p,
    searchTokens: p.nama.toLowerCase().split(' '),
    dupNameKey: `${p.nama.toLowerCase()}|${p.tanggalLahir}`,
    dupMotherKey: `ibu kandung|${p.tanggalLahir}`,
  }));
  const proposal = (n: number, extra: Record<string, unknown>) => ({
    id: `u${n}`,
    familyId: `f${n}`,
    personId: `p${n}`,
    source: 'mandiri',
    programme: 'DTKS Non-Bansos',
    documents: { ktp: true, kk: true, suratPengantar: true, fotoRumah: true },
    status: 'siap_musyawarah',
    history: [{ from: null, to: 'siap_musyawarah', at: STAMP, by: 'Uji', reason: 'Disiapkan uji' }],
    period: 'November 2026',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  });
  const proposals = [
    proposal(3, { kind: 'baru' }),
    proposal(4, { kind: 'nonaktif', nonaktifReason: 'meninggal' }),
    proposal(5, { kind: 'baru', programme: 'Bansos Daerah' }),
  ];
  await page.evaluate(
    async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dtks-kelurahan');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['families', 'people', 'proposals'], 'readwrite');
        for (const row of rows.families) tx.objectStore('families').put(row);
        for (const row of rows.people) tx.objectStore('people').put(row);
        for (const row of rows.proposals) tx.objectStore('proposals').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { families, people, proposals },
  );
}

async function undecided(page: Page): Promise<number> {
  const text = await page.getByTestId('tally').innerText();
  return Number(/Belum diputuskan: (\d+) dari/.exec(text)?.[1] ?? NaN);
}

/** The console ignores keys while any dialog is in the page, closing ones included. */
async function noDialog(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
}

async function current(page: Page): Promise<string> {
  return page.getByTestId('current-candidate').innerText();
}

describe.skipIf(!hasChromium)('keputusan menurut jenis usulan sampai paket dan daftar kota', () => {
  let session: Session;
  let pdf = '';

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(baseUrl);
    await completeFirstRun(session.page);
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('imports the prelist, keeps its ID DTKS on the family, and readies three proposals', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/impor`);
    await page.locator('input[type="file"]').setInputFiles(writePrelist());
    const importButton = page.getByRole('button', { name: 'Impor 2 baris yang valid' });
    await importButton.waitFor({ timeout: 60_000 });
    await importButton.click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });

    await nav(page, 'Warga & Keluarga');
    await page.getByPlaceholder('Nama, NIK atau No. KK').fill(REMOVED.nama);
    await page
      .getByRole('link', { name: new RegExp(REMOVED.nama, 'i') })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: /^Keluarga / }).waitFor();
    expect(await page.getByTestId('family-iddtks').innerText()).toBe('ID DTKS/DTSEN: DTKS0000002');
    await screenshot(page, 'keputusan-jenis-keluarga-iddtks');

    // The clerk can correct the ID by hand: a formula or a space is refused, a good one
    // is saved trimmed; then it is put back for the package below.
    const editId = async (value: string) => {
      await page.getByRole('button', { name: 'Ubah data keluarga', exact: true }).click();
      const form = page.getByRole('dialog', { name: 'Ubah data keluarga' });
      await form.getByLabel('ID DTKS/DTSEN').fill(value);
      await form.getByRole('button', { name: 'Simpan' }).click();
      return form;
    };
    const refused = await editId('=HYPERLINK("x")');
    await refused.getByText('ID DTKS/DTSEN tidak boleh diawali').waitFor();
    await refused.getByLabel('ID DTKS/DTSEN').fill('DTKS 0000002');
    await refused.getByRole('button', { name: 'Simpan' }).click();
    await refused.getByText('ID DTKS/DTSEN tidak boleh berisi spasi').waitFor();
    await screenshot(page, 'keputusan-jenis-iddtks-ditolak');
    await refused.getByLabel('ID DTKS/DTSEN').fill('  DTSEN-BARU-02  ');
    await refused.getByRole('button', { name: 'Simpan' }).click();
    await refused.waitFor({ state: 'hidden' });
    await page.getByTestId('family-iddtks').getByText('DTSEN-BARU-02', { exact: true }).waitFor();
    await (await editId('DTKS0000002')).waitFor({ state: 'hidden' });
    // The page shows the stored row once the write has landed.
    await page.getByTestId('family-iddtks').getByText('DTKS0000002', { exact: true }).waitFor();
    expect(await page.getByTestId('family-iddtks').innerText()).toBe('ID DTKS/DTSEN: DTKS0000002');

    await seedProposals(page);
  });

  it('decides each kind with its own keys and words, and locks the meeting', async () => {
    const { page } = session;
    await openMeetingWithGuest(page);
    expect(await undecided(page)).toBe(5);

    // RT 001: the prelist family kept. Its buttons say so; L (layak) decides nothing.
    expect(await current(page)).toContain(KEPT.nama);
    expect(await page.getByTestId('decide-layak').innerText()).toBe('Tetap (P)');
    expect(await page.getByTestId('decide-tidak_layak').innerText()).toBe('Keluarkan (X)');
    await page.keyboard.press('l');
    await page.getByText(/Tombol L bukan untuk calon ini/).waitFor();
    expect(await undecided(page)).toBe(5);
    await page.keyboard.press('p');
    await expect.poll(() => undecided(page)).toBe(4);

    // RT 002: the prelist family taken out, because the head died.
    expect(await current(page)).toContain(REMOVED.nama);
    await page.keyboard.press('x');
    const reasons = page.getByRole('dialog', { name: `Dikeluarkan: ${REMOVED.nama}` });
    await reasons.getByRole('button', { name: 'Meninggal dunia' }).click();
    await noDialog(page);
    await expect.poll(() => undecided(page)).toBe(3);

    // RT 003: the new entry, layak.
    expect(await current(page)).toContain(NEW.nama);
    await page.keyboard.press('l');
    await expect.poll(() => undecided(page)).toBe(2);

    // RT 004: the removal. T ("tidak layak") must not refuse it by habit; its refusal
    // reasons never say the family should go.
    expect(await current(page)).toContain(DIED.nama);
    await page.keyboard.press('t');
    await page.getByText(/Tombol T bukan untuk calon ini/).waitFor();
    expect(await undecided(page)).toBe(2);
    await page.keyboard.press('o');
    const refusal = page.getByRole('dialog', { name: `Ditolak: ${DIED.nama}` });
    await refusal.getByRole('button', { name: /Masih tinggal di alamat/ }).waitFor();
    expect(await refusal.innerText()).not.toContain('Meninggal dunia');
    await screenshot(page, 'keputusan-jenis-alasan-tolak-nonaktif');
    await page.keyboard.press('Escape');
    await noDialog(page);
    await page.keyboard.press('s');
    await expect.poll(() => undecided(page)).toBe(1);

    // RT 005: regional aid, layak.
    expect(await current(page)).toContain(REGIONAL.nama);
    await page.keyboard.press('l');
    await expect.poll(() => undecided(page)).toBe(0);

    const tally = await page.getByTestId('tally').innerText();
    for (const words of [
      'Layak: 2',
      'Tidak layak: 0',
      'Tetap: 1',
      'Dikeluarkan: 1',
      'Disetujui dinonaktifkan: 1',
      'Ditolak: 0',
      'Ditunda: 0',
    ]) {
      expect(tally).toContain(words);
    }
    await screenshot(page, 'keputusan-jenis-konsol');

    await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    await page.getByText('Siap dikunci').waitFor();
    await page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /kunci/i }).click();
    await page.getByTestId('content-hash').waitFor();
  });

  it("saves the city's list of regional aid: only the regional family", async () => {
    const { page } = session;
    const xlsxPath = await download(
      page,
      () => page.getByRole('button', { name: 'Simpan daftar bansos daerah (XLSX)' }).click(),
      'keputusan-jenis-bansos-daerah.xlsx',
    );
    const book = XLSX.read(readFileSync(xlsxPath), { type: 'buffer' });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(sheet!, {
      raw: false,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Nama: REGIONAL.nama,
      NIK: REGIONAL.nik,
      'Jenis usulan': 'Usulan baru',
      'Keputusan musyawarah': 'Layak',
    });

    const listPdf = await download(
      page,
      () => page.getByRole('button', { name: 'Simpan daftar bansos daerah (PDF)' }).click(),
      'keputusan-jenis-bansos-daerah.pdf',
    );
    const text = pdfText(listPdf);
    expect(text).toContain('DAFTAR USULAN BANSOS DAERAH');
    expect(text).toContain(REGIONAL.nik);
    for (const other of [KEPT, REMOVED, NEW, DIED]) expect(text).not.toContain(other.nik);
    expect(text).toContain('Jumlah: 1 keluarga.');
    pdfToPng(listPdf);
  });

  it('exports a package with exactly the new entry and both removals, with their ID DTKS', async () => {
    const { page } = session;
    await nav(page, 'Ekspor');
    await page.getByRole('button', { name: 'Buat batch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat batch dari musyawarah' });
    await dialog.getByRole('button', { name: /^Buat batch dari musyawarah/ }).click();
    await page.getByTestId('batch-rows').waitFor();
    await page.getByText('Lolos validasi', { exact: true }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'keputusan-jenis-batch');

    const zipPath = await download(
      page,
      () => page.getByRole('button', { name: 'Ekspor paket ZIP' }).click(),
      'keputusan-jenis-paket.zip',
    );
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const xlsxName = Object.keys(files).find((name) => name.endsWith('.xlsx')) ?? '';
    const book = XLSX.read(files[xlsxName], { type: 'buffer' });
    const sent = book.SheetNames.flatMap((name) =>
      XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets[name]!, { raw: false }),
    );
    const byNik = new Map(sent.map((row) => [row.nomor_nik, row]));
    expect([...byNik.keys()].sort()).toEqual([NEW.nik, DIED.nik, REMOVED.nik].sort());
    expect(byNik.get(NEW.nik)).toMatchObject({ jenis_usulan: 'USULAN BARU' });
    expect(byNik.get(NEW.nik)?.iddtks ?? '').toBe('');
    expect(byNik.get(DIED.nik)).toMatchObject({
      jenis_usulan: 'NONAKTIF',
      alasan_nonaktif: 'MENINGGAL',
      iddtks: DIED_ID,
    });
    expect(byNik.get(REMOVED.nik)).toMatchObject({
      jenis_usulan: 'NONAKTIF',
      alasan_nonaktif: 'MENINGGAL',
      iddtks: 'DTKS0000002',
    });

    const pdfName = Object.keys(files).find((name) => name.endsWith('.pdf')) ?? '';
    pdf = join(RESULTS_DIR, 'keputusan-jenis-berita-acara.pdf');
    writeFileSync(pdf, files[pdfName]!);
  });

  it('words every decision of the Berita Acara in its own kind', () => {
    const text = pdfText(pdf);
    // Section E: each category in its own words, never "Layak" for the prelist or a removal.
    expect(text).toMatch(/Usulan baru\s+Layak: 2\s+Tidak layak: 0/);
    expect(text).toMatch(/Usulan nonaktif\s+Disetujui dinonaktifkan: 1\s+Ditolak: 0/);
    // A 2026 period: the prelist is DTSEN's (regime per period, issue 14.6).
    expect(text).toMatch(/Prelist DTSEN\s+\(periksa\s+Tetap: 1\s+Dikeluarkan: 1/);
    expect(text).not.toContain('Prelist DTKS');
    expect(text).toMatch(/Jumlah\s+Diputuskan: 5\s+0\s+5/);
    // Lampiran I: one line per family, kind and decision as the package reads them.
    const line = (nama: string) =>
      text.split('\n').find((row) => row.includes(nama.split(' ')[0] ?? nama)) ?? '';
    expect(line(KEPT.nama)).toMatch(/Prelist DTSEN\s+Tetap/);
    expect(line(REMOVED.nama)).toMatch(/Dikeluarkan\s+Meninggal dunia/);
    expect(line(NEW.nama)).toMatch(/Usulan baru\s+Layak/);
    // "Disetujui dinonaktifkan" wraps in its cell; the first line is enough to tell.
    expect(line(DIED.nama)).toMatch(/Nonaktif: meninggal\s+Disetujui/);
    expect(text).toMatch(/Disetujui\s+dinonaktifkan/);
    expect(line(DIED.nama)).not.toMatch(/\bLayak\b/);
    expect(line(REGIONAL.nama)).toMatch(/Usulan baru – bansos\s+Layak/);
    // Look at them: section E and Lampiran I.
    pdfToPng(pdf, 1);
    pdfToPng(pdf, 2);
    pdfToPng(pdf, 3);
  });
});
