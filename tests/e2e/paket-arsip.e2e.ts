import { createHash } from 'node:crypto';
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
 * Issue 14, points 5 and 11, as a clerk meets them: a prelist with a Desil column; the
 * decile on the family page, the candidate card and the Beranda; the masked Berita Acara
 * for the wall; the signed scan attached on the batch screen (a wrong file refused by its
 * content); and the package whose Berita Acara is the archival copy with full numbers,
 * the scan inside and its SHA-256 in the manifest.
 */

const STAMP = '2026-01-01T00:00:00.000Z';
const FIXTURES = join(tmpdir(), 'dtks-e2e-fixtures');

function family(n: number, rt: string): Family {
  return {
    id: `f${n}`,
    noKk: `627101010130000${n}`,
    alamat: `Jl. Arsip No. ${n}`,
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
    tanggalLahir: '1950-01-01',
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

const FAMILIES = [family(1, '001'), family(2, '002')];
const FIRST = person({ familyId: 'f1', nik: '6271010101500011', nama: 'SLAMET DESILDUA' });
const SECOND = person({
  familyId: 'f2',
  nik: '6271010203550012',
  nama: 'KARTO DESILTUJUH',
  tanggalLahir: '1955-03-02',
});
const DESIL: Record<string, string> = { f1: 'Desil 2', f2: '7' };

function writePrelist(): string {
  const byId = new Map(FAMILIES.map((f) => [f.id, f]));
  const rows = [FIRST, SECOND].map((p, i) => [
    ...prelistRow(p, byId.get(p.familyId) as Family, i + 1),
    DESIL[p.familyId],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([[...PRELIST_HEADERS, 'Desil'], ...rows]),
    'Prelist',
  );
  mkdirSync(FIXTURES, { recursive: true });
  const path = join(FIXTURES, 'prelist-dengan-desil.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

/** A real one-page PDF, as a scanner's software would save it. */
function scanPdf(): string {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  const path = join(FIXTURES, 'BA tertanda.pdf');
  writeFileSync(path, body);
  return path;
}

/** A PNG renamed to .pdf: the name lies, the bytes do not. */
function disguisedPng(): string {
  const path = join(FIXTURES, 'BA palsu.pdf');
  writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  return path;
}

const FULL_NIK = /\b62710\d{11}\b/;

async function undecided(page: Page): Promise<number> {
  const text = await page.getByTestId('tally').innerText();
  return Number(/Belum diputuskan: (\d+) dari/.exec(text)?.[1] ?? NaN);
}

describe.skipIf(!hasChromium)('paket arsip: desil dari prelist, pindaian BA, NIK lengkap', () => {
  let session: Session;
  let wallCopy = '';

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(baseUrl);
    await completeFirstRun(session.page);
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('imports a prelist with a Desil column; the family page and the Beranda show it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/impor`);
    await page.locator('input[type="file"]').setInputFiles(writePrelist());
    const importButton = page.getByRole('button', { name: 'Impor 2 baris yang valid' });
    await importButton.waitFor({ timeout: 60_000 });
    await importButton.click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-desil').innerText()).toContain('Desil 2 keluarga');

    await nav(page, 'Warga & Keluarga');
    await page.getByPlaceholder('Nama, NIK atau No. KK').fill(FIRST.nama);
    await page
      .getByRole('link', { name: new RegExp(FIRST.nama, 'i') })
      .first()
      .click();
    const desil = page.getByTestId('family-desil');
    await desil.waitFor();
    const text = (await desil.textContent()) ?? '';
    expect(text).toContain('Desil 2');
    expect(text).toContain('prelist-dengan-desil.xlsx');
    await screenshot(page, 'paket-arsip-keluarga-desil');

    await nav(page, 'Beranda');
    const chart = page.getByTestId('desil-chart');
    await chart.waitFor();
    await expect.poll(() => chart.innerText()).toMatch(/Desil 2\s+1\b/);
    expect(await chart.innerText()).toMatch(/Desil 7\s+1\b/);
    expect(await chart.innerText()).toMatch(/Desil 1–4 \(sasaran bansos\)\s+1\b/);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'paket-arsip-beranda-desil');
  });

  it('shows the decile on the candidate card, decides both families and locks', async () => {
    const { page } = session;
    await openMeetingWithGuest(page);
    expect(await page.getByTestId('candidate-desil').innerText()).toBe('Desil 2');
    await screenshot(page, 'paket-arsip-kartu-calon-desil');
    // Both heads died: both families leave the list, so both rows reach the package.
    for (const left of [1, 0]) {
      // A prelist family taken out: "Dikeluarkan", with the national reason.
      await page.getByTestId('decide-tidak_layak').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Meninggal dunia' }).click();
      await expect.poll(() => undecided(page)).toBe(left);
    }

    await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    await page.getByText('Siap dikunci').waitFor();
    await page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /kunci/i }).click();
    await page.getByTestId('content-hash').waitFor();
  });

  it('prints the wall copy masked by default', async () => {
    const { page } = session;
    wallCopy = await download(
      page,
      () => page.getByRole('button', { name: 'Cetak Berita Acara' }).click(),
      'paket-arsip-ba-tempel.pdf',
    );
    const text = pdfText(wallCopy);
    expect(text).toContain(FIRST.nama);
    expect(text).toContain(FIRST.nik.slice(-4));
    expect(text).not.toMatch(FULL_NIK);
    expect(text).not.toContain(FAMILIES[0]!.noKk);
    pdfToPng(wallCopy, 3); // Lampiran I, where the numbers are
  });

  it('attaches the signed scan on the batch screen, refusing a file that is not what it says', async () => {
    const { page } = session;
    await nav(page, 'Ekspor');
    await page.getByRole('button', { name: 'Buat batch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat batch dari musyawarah' });
    await dialog.getByRole('button', { name: /^Buat batch dari musyawarah/ }).click();
    const panel = page.getByTestId('signed-scan');
    await panel.waitFor();
    await panel.getByTestId('signed-scan-missing').waitFor();

    const chooser = async (path: string) => {
      const [picker] = await Promise.all([
        page.waitForEvent('filechooser'),
        panel.getByTestId('signed-scan-pick').click(),
      ]);
      await picker.setFiles(path);
    };
    await chooser(disguisedPng());
    const error = panel.getByTestId('signed-scan-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Berkas BA palsu.pdf bukan PDF atau JPEG');
    await screenshot(page, 'paket-arsip-pindaian-ditolak');

    await chooser(scanPdf());
    const info = panel.getByTestId('signed-scan-info');
    await info.waitFor();
    const sha = createHash('sha256').update(readFileSync(join(FIXTURES, 'BA tertanda.pdf')));
    expect(await info.innerText()).toContain(sha.digest('hex'));
    expect(await panel.getByTestId('signed-scan-error').count()).toBe(0);
    await screenshot(page, 'paket-arsip-pindaian-terlampir');
  });

  it('exports a package whose Berita Acara is the archival copy, with the scan and its hash', async () => {
    const { page } = session;
    await page.getByText('Lolos validasi', { exact: true }).waitFor();
    const zipPath = await download(
      page,
      () => page.getByRole('button', { name: 'Ekspor paket ZIP' }).click(),
      'paket-arsip.zip',
    );
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const names = Object.keys(files);
    const baName = names.find((name) => /^BERITA_ACARA_DTKS_.*\.pdf$/.test(name)) ?? '';
    const scanName = names.find((name) => /^BERITA_ACARA_TERTANDA_.*\.pdf$/.test(name)) ?? '';
    expect(baName).not.toBe('');
    expect(scanName).not.toBe('');

    const archival = join(RESULTS_DIR, 'paket-arsip-ba-arsip.pdf');
    writeFileSync(archival, files[baName]!);
    const text = pdfText(archival);
    expect(text).toMatch(FULL_NIK);
    expect(text).toContain(FIRST.nik);
    expect(text).toContain(SECOND.nik);
    expect(text).toContain(FAMILIES[0]!.noKk);
    pdfToPng(archival, 3);
    // Every page of the archival copy says what it is; the wall copy says nothing of it.
    const pages = text.match(/Halaman \d+ dari \d+/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(text.match(/SALINAN ARSIP — memuat NIK dan No\. KK lengkap/g)).toHaveLength(
      pages.length,
    );
    // The wall copy of the same minutes carries none of them.
    expect(pdfText(wallCopy)).not.toContain(FIRST.nik);
    expect(pdfText(wallCopy)).not.toContain('SALINAN ARSIP');

    const scanBytes = readFileSync(join(FIXTURES, 'BA tertanda.pdf'));
    expect(Buffer.from(files[scanName]!).equals(scanBytes)).toBe(true);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as {
      decisionDocument: { nik: string };
      signedScan: { name: string; bytes: number; sha256: string } | null;
      files: { name: string; sha256: string }[];
    };
    const sha = createHash('sha256').update(scanBytes).digest('hex');
    expect(manifest.signedScan).toEqual({ name: scanName, bytes: scanBytes.length, sha256: sha });
    expect(manifest.files).toContainEqual({ name: scanName, bytes: scanBytes.length, sha256: sha });
    expect(manifest.decisionDocument.nik).toBe('lengkap');
  });
});
