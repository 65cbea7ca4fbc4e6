import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  baseUrl,
  hasChromium,
  openSession,
  removeProfile,
  screenshot,
  skipReason,
} from './support/browser';
import type { Session } from './support/browser';
import { download, pdfPages, pdfText, pdfToPng, readBytes } from './support/downloads';
import { completeFirstRun } from './support/first-run';

if (!hasChromium) console.warn(skipReason);

describe.skipIf(!hasChromium)('Beranda: ringkasan periode dengan data latihan', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(baseUrl);
    await completeFirstRun(session.page);
    await session.page.goto(`${baseUrl}#/pengaturan`);
    await session.page.getByRole('tab', { name: 'Data latihan' }).click();
    await session.page.getByTestId('demo-size').click();
    await session.page.getByRole('option', { name: '2.000' }).click();
    await session.page.getByTestId('load-demo').click();
    await session.page.getByTestId('training-banner').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('shows the registry, proposals per status and per RT/RW', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await expect.poll(() => page.getByTestId('stat-card').nth(1).innerText()).toContain('2.000');
    const siap = Number((await page.getByTestId('stat-siap').innerText()).replace(/\D/g, ''));
    expect(siap).toBeGreaterThan(0);
    const rows = page.getByTestId('rt-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    // The RT table's people column adds up to the registry count.
    const people = await rows.evaluateAll((trs) =>
      trs.reduce(
        (sum, tr) => sum + Number((tr.children[3]?.textContent ?? '0').replace(/\D/g, '')),
        0,
      ),
    );
    expect(people).toBe(2000);
    await screenshot(page, 'beranda');
  });

  it('exports the recap as XLSX and a one-page PDF', async () => {
    const { page } = session;
    const xlsxPath = await download(
      page,
      () => page.getByRole('button', { name: 'Unduh rekap (XLSX)' }).click(),
      'rekap.xlsx',
    );
    const book = XLSX.read(readBytes(xlsxPath));
    expect(book.SheetNames).toEqual(['Ringkasan', 'Per RT-RW', 'Per desil', 'Kriteria']);
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Ringkasan ?? {}, { header: 1 });
    expect(summary).toContainEqual(['Warga terdaftar', 2000]);

    const pdfPath = await download(
      page,
      () => page.getByRole('button', { name: 'Unduh ringkasan (PDF)' }).click(),
      'rekap.pdf',
    );
    expect(pdfPages(pdfPath)).toBe(1);
    const text = pdfText(pdfPath);
    // The demo period is in 2026: its regime is DTSEN (domain.md, legal basis).
    expect(text).toContain('REKAPITULASI DTSEN KELURAHAN PAHANDUT');
    expect(text).not.toContain('REKAPITULASI DTKS');
    expect(text).toContain('Siap musyawarah');
    // Demo families carry a decile: the summary counts them per desil.
    expect(text).toMatch(/Keluarga per desil: Desil 1 [1-9]/);
    pdfToPng(pdfPath);
  });

  it('"Periksa ulang angka" counts the registry again and says the figures were right', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Periksa ulang angka' }).click();
    await page.getByText('Angka sudah benar').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByText('Semua angka Beranda cocok dengan hitungan ulang').count())
      .toBe(1);
    await screenshot(page, 'beranda-periksa-ulang');
    // The figures did not move.
    expect(await page.getByTestId('stat-card').nth(1).innerText()).toContain('2.000');
  });
});
