import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { addLurahAndTrainingData } from './support/setup';
import { completeFirstRun } from './support/first-run';

if (!hasChromium) console.warn(skipReason);

const LURAH = {
  nama: 'Drs. Ahmad Yani, M.Si.',
  pangkat: 'Pembina (IV/a)',
  nip: '197805122003121004',
};

function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

const nav = (page: Page, label: string) =>
  page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: label });

/** Searches, picks the first resident found and returns the name shown. */
async function pickResident(page: Page, query: string, index = 0): Promise<string> {
  await page.getByLabel('Cari warga yang memohon surat').fill(query);
  const results = page.getByTestId('sktm-search-results');
  await results.waitFor();
  const row = results.locator('tbody tr').nth(index);
  const name = (await row.locator('td').first().innerText()).split('\n')[0]?.trim() ?? '';
  await row.getByRole('button', { name: /^Pilih / }).click();
  await page.getByTestId('sktm-preview').waitFor();
  return name;
}

async function fillAndIssue(page: Page, cover: string): Promise<string> {
  await page.getByLabel('Rincian keperluan (boleh kosong)').fill('di SMP Negeri 2 Palangka Raya');
  await page.getByLabel('Nomor surat pengantar RT/RW').fill(cover);
  await page.getByLabel('Tanggal surat pengantar').fill(today());
  await page.getByRole('button', { name: 'Terbitkan surat' }).click();
  const number = page.getByTestId('issued-number');
  await number.waitFor();
  return number.innerText();
}

describe.skipIf(!hasChromium)('surat: SKTM, buku agenda, verifikasi', () => {
  let session: Session;
  let profileDir: string;
  const work = mkdtempSync(join(tmpdir(), 'dtks-surat-'));

  beforeAll(async () => {
    session = await openSession();
    profileDir = session.profileDir;
    mkdirSync(RESULTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await session?.close();
    if (profileDir) removeProfile(profileDir);
  });

  it('sets up the office, a Lurah and training data', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await completeFirstRun(page);
    await addLurahAndTrainingData(page, LURAH);
  });

  let firstNumber = '';
  let firstName = '';
  let payload = '';

  it('issues an SKTM for a found resident and saves a one-page PDF with its number', async () => {
    const { page } = session;
    await nav(page, 'Surat').click();
    await page.getByRole('tab', { name: 'Buat SKTM' }).waitFor();
    firstName = await pickResident(page, '6271');
    await screenshot(page, 'surat-form');
    firstNumber = await fillAndIssue(page, '12/RT.003/XI/2026');
    expect(firstNumber).toMatch(/^400\.9\.2\/001\/KEL-PHD\/[IVX]+\/\d{4}$/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Simpan PDF' }).click(),
    ]);
    const pdf = join(work, 'sktm-1.pdf');
    await download.saveAs(pdf);
    expect(download.suggestedFilename()).toMatch(/^SKTM 400\.9\.2-001-KEL-PHD-.*\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('SURAT KETERANGAN TIDAK MAMPU');
    expect(text).toContain(firstNumber);
    expect(text.toUpperCase()).toContain(firstName.toUpperCase());
    expect(text).toContain('KELURAHAN PAHANDUT');
    expect(text).toContain(`NIP ${'19780512 200312 1 004'}`);
    expect(text).toContain('pendidikan di SMP Negeri 2 Palangka Raya');
    // domain.md §5: the opening names the signer; the identity block is complete.
    expect(text).toContain('Yang bertanda tangan di bawah ini, Lurah Pahandut');
    expect(text).toMatch(/Kewarganegaraan\s+:\s+WNI/);
    expect(text).toMatch(/Status Perkawinan\s+:/);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'yang bersangkutan beserta keluarganya tergolong keluarga tidak mampu',
    );
    const pages = execFileSync('pdfinfo', [pdf]).toString();
    expect(pages).toMatch(/Pages:\s+1\b/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '200',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      join(RESULTS_DIR, 'surat-sktm-pdf'),
    ]);
    await screenshot(page, 'surat-terbit');
  });

  it('verifies the QR read from the printed page, and calls one changed character altered', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Verifikasi surat' }).click();
    await page.locator('input[type="file"]').setInputFiles(join(RESULTS_DIR, 'surat-sktm-pdf.png'));
    const result = page.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 20_000 }).toBe('valid');
    expect(await result.innerText()).toContain(firstNumber);
    await screenshot(page, 'surat-verifikasi-sah');

    const box = page.getByLabel('Kode dari QR surat');
    payload = await box.inputValue();
    expect(payload.startsWith('SKTM1.')).toBe(true);
    const at = Math.floor(payload.indexOf('.', 6) / 2) + 3;
    const altered =
      payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1);
    await box.fill(altered);
    await page.getByRole('button', { name: 'Periksa' }).click();
    await expect.poll(() => result.getAttribute('data-status')).toBe('altered');
    await screenshot(page, 'surat-verifikasi-diubah');

    // A USB scanner types the code and presses Enter.
    await box.fill('');
    await box.pressSequentially(payload, { delay: 0 });
    await box.press('Enter');
    await expect.poll(() => result.getAttribute('data-status')).toBe('valid');
  });

  it('compares the letter in the register with its issue entry in the log', async () => {
    const { page } = session;
    const note = page.getByTestId('letter-log-check');
    await expect.poll(() => note.getAttribute('data-status')).toBe('cocok');

    // The register's row changed straight in IndexedDB: the QR is still genuine, the row is not.
    const setName = (number: string, nama: string | null) =>
      page.evaluate(
        async ({ number, nama }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const training = localStorage.getItem('dtks.activeDatabase') === 'training';
            const request = indexedDB.open(training ? 'dtks-kelurahan-latihan' : 'dtks-kelurahan');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const before = await new Promise<string>((resolve, reject) => {
            const tx = db.transaction('letters', 'readwrite');
            const request = tx.objectStore('letters').index('number').get(number);
            request.onsuccess = () => {
              const letter = request.result as { subject: { nama: string } };
              const old = letter.subject.nama;
              if (nama !== null) {
                tx.objectStore('letters').put({ ...letter, subject: { ...letter.subject, nama } });
              }
              resolve(old);
            };
            request.onerror = () => reject(request.error);
          });
          db.close();
          return before;
        },
        { number, nama },
      );
    const original = await setName(firstNumber, 'Nama Yang Diganti');
    await page.getByRole('button', { name: 'Periksa' }).click();
    await expect.poll(() => note.getAttribute('data-status')).toBe('berbeda');
    expect(await note.innerText()).toContain('Isi surat berbeda dengan catatan log');
    await screenshot(page, 'surat-verifikasi-isi-berbeda');

    await setName(firstNumber, original);
    await page.getByRole('button', { name: 'Periksa' }).click();
    await expect.poll(() => note.getAttribute('data-status')).toBe('cocok');
  });

  it('cancels a letter with a reason; the next letter gets the next number', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Buku agenda' }).click();
    const row = page.locator(`tr[data-number="${firstNumber}"]`);
    await row.getByRole('button', { name: `Tindakan untuk surat ${firstNumber}` }).click();
    await page.getByRole('menuitem', { name: 'Batalkan surat' }).click();
    await page.getByLabel('Alasan pembatalan').fill('Salah keperluan, diganti surat baru');
    await page.getByRole('dialog').getByRole('button', { name: 'Batalkan surat' }).click();
    // The badge is upper-cased by CSS, and innerText reports what is shown.
    await expect.poll(async () => (await row.innerText()).toLowerCase()).toContain('batal');
    expect(await row.innerText()).toContain('Salah keperluan');

    // The signature stays valid, but the register says the letter no longer counts.
    await page.getByRole('tab', { name: 'Verifikasi surat' }).click();
    await page.getByLabel('Kode dari QR surat').fill(payload);
    await page.getByLabel('Kode dari QR surat').press('Enter');
    await expect
      .poll(() => page.getByTestId('verify-result').getAttribute('data-status'))
      .toBe('batal');

    await page.getByRole('tab', { name: 'Buat SKTM' }).click();
    await pickResident(page, '6271', 1);
    const start = Date.now();
    const second = await fillAndIssue(page, '13/RT.003/XI/2026');
    const issueMs = Date.now() - start;
    expect(second).toMatch(/^400\.9\.2\/002\/KEL-PHD\//);
    const pdfStart = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Simpan PDF' }).click(),
    ]);
    await download.path();
    const downloadMs = Date.now() - pdfStart;
    const renderMs = await page.evaluate(() =>
      performance.getEntriesByName('sktm:pdf').map((entry) => Math.round(entry.duration)),
    );
    console.info(
      `SKTM kedua: terbit ${issueMs} ms (termasuk isian), unduhan PDF ${downloadMs} ms, ` +
        `pembuatan PDF per surat ${renderMs.join(', ')} ms`,
    );

    await page.getByRole('tab', { name: 'Buku agenda' }).click();
    const rows = page.getByTestId('letter-register').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain(second);
    await screenshot(page, 'surat-buku-agenda');

    // The month filter speaks Indonesian (a native month input showed "December 2026").
    const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus'];
    const now = new Date();
    const other = months[(now.getMonth() + 1) % months.length] ?? 'Januari';
    const bulan = page.locator('input').and(page.getByLabel('Bulan', { exact: true }));
    await bulan.click();
    await page.getByRole('option', { name: other, exact: true }).click();
    await expect.poll(() => page.getByTestId('letter-register').innerText()).not.toContain(second);
    await bulan.click();
    await page.getByRole('option', { name: 'Semua bulan' }).click();
    expect(
      await page
        .locator('input')
        .and(page.getByLabel('Tahun', { exact: true }))
        .isDisabled(),
    ).toBe(true);
    await expect.poll(() => rows.count()).toBe(2);
  });

  it('records a reprint on the same number and exports the register', async () => {
    const { page } = session;
    const row = page.locator(`tr[data-number="${firstNumber}"]`);
    await row.getByRole('button', { name: `Tindakan untuk surat ${firstNumber}` }).click();
    const [reprint] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Simpan ulang PDF' }).click(),
    ]);
    const pdf = join(work, 'reprint.pdf');
    await reprint.saveAs(pdf);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain(firstNumber);
    expect(text).toContain('SURAT INI TELAH DIBATALKAN: Salah keperluan');
    await expect.poll(() => row.locator('td').nth(7).innerText()).toBe('1');
    expect(await page.getByTestId('letter-register').locator('tbody tr').count()).toBe(2);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor XLSX' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^Buku agenda surat keluar .*\.xlsx$/);
    const book = XLSX.read(readFileSync((await xlsx.path()) ?? ''), { type: 'buffer' });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    const rows = sheet ? XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 }) : [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Nomor surat');
    const first = rows.find((r) => r.includes(firstNumber));
    expect(first).toContain('Batal');
    expect(first).toContain('Salah keperluan, diganti surat baru');
  });

  it('shows the key fingerprint and the next number in the letter settings', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Pengaturan surat' }).click();
    await expect
      .poll(() => page.getByTestId('key-fingerprint').innerText())
      .toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    await expect.poll(() => page.getByTestId('next-number-preview').innerText()).toContain('/003/');
    await screenshot(page, 'surat-pengaturan');

    const fingerprint = await page.getByTestId('key-fingerprint').innerText();
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Simpan lembar kunci publik (PDF) untuk Dinsos' }).click(),
    ]);
    const pdf = join(work, 'kunci.pdf');
    await sheet.saveAs(pdf);
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    expect(text).toContain('KUNCI PUBLIK TANDA TANGAN SURAT');
    expect(text).toContain(fingerprint);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      pdf,
      join(RESULTS_DIR, 'surat-kunci-pdf'),
    ]);
  });

  it('draws only the rows in view of a register month holding 3,000 letters (issue 15.6)', async () => {
    const { page } = session;
    // 3,000 copies of the first letter, each with its own id and number, straight in IndexedDB.
    const added = await page.evaluate(async (number) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const training = localStorage.getItem('dtks.activeDatabase') === 'training';
        const request = indexedDB.open(training ? 'dtks-kelurahan-latihan' : 'dtks-kelurahan');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = await new Promise<number>((resolve, reject) => {
        const tx = db.transaction('letters', 'readwrite');
        const store = tx.objectStore('letters');
        const request = store.index('number').get(number);
        request.onsuccess = () => {
          const letter = request.result as { id: string; seq: number; number: string };
          for (let i = 1; i <= 3000; i++) {
            store.put({
              ...letter,
              id: `${letter.id}-massal-${i}`,
              seq: 1000 + i,
              number: `${letter.number}-M${String(i).padStart(4, '0')}`,
              reprints: [],
            });
          }
        };
        tx.oncomplete = () => resolve(3000);
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return count;
    }, firstNumber);
    expect(added).toBe(3000);

    await page.reload();
    await page.getByRole('tab', { name: 'Buku agenda' }).click();
    await page
      .getByTestId('letter-register-count')
      .filter({ hasText: /^3\.00\d surat$/ })
      .waitFor();
    const rows = page.getByTestId('letter-register').locator('tr[data-number]');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    expect(await rows.count()).toBeLessThan(60);
    await screenshot(page, 'surat-buku-agenda-3000');

    // Newest first: the month's first letter (the lowest number) is the last row; scroll to it.
    const scroller = page.getByTestId('letter-register-scroller');
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const last = page.locator(`tr[data-number="${firstNumber}"]`);
    await expect.poll(() => last.count()).toBe(1);
    await last.getByRole('button', { name: `Tindakan untuk surat ${firstNumber}` }).waitFor();
    expect(await rows.count()).toBeLessThan(60);
    await screenshot(page, 'surat-buku-agenda-3000-akhir');
  }, 120_000);
});
