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
import { download, pdfText, pdfToPng } from './support/downloads';
import { completeFirstRun } from './support/first-run';
import { addLurahAndTrainingData, nav, TEST_LURAH } from './support/setup';

if (!hasChromium) console.warn(skipReason);

/**
 * Since DTSEN an SPTJM signed by the Lurah in person may stand in for the meeting
 * (domain.md §1 step 3). The office decides without a hall, locks, and prints the SPTJM:
 * its number comes from the SPTJM register, the Lurah signs without "a.n.", and no
 * Berita Acara is offered for it.
 */
describe.skipIf(!hasChromium)('SPTJM Lurah menggantikan musyawarah', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('decides, locks and prints the SPTJM with its own number, signed by the Lurah', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await completeFirstRun(page);
    await addLurahAndTrainingData(page);

    await nav(page, 'Musyawarah');
    await page.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
    await page.getByText('SPTJM Lurah', { exact: true }).click();
    await page
      .getByTestId('number-from-register')
      .getByText(/Nomor SPTJM/)
      .waitFor();
    await page.getByLabel('Jam selesai').fill('10:00');
    await page.getByRole('button', { name: 'Buat sesi' }).click();

    await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
    const tally = page.getByTestId('tally');
    await tally.waitFor();
    const left = async () =>
      Number(/Belum diputuskan: (\d+)/.exec(await tally.innerText())?.[1] ?? NaN);
    const total = await left();
    expect(total).toBeGreaterThan(0);
    for (let i = 0; i < total; i += 1) {
      await page.getByTestId('decide-layak').click();
      await expect.poll(left).toBe(total - i - 1);
    }

    await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    await page.getByText('Siap dikunci').waitFor();
    await page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, kunci musyawarah' }).click();
    const hashBox = page.getByTestId('content-hash');
    await hashBox.waitFor();
    const hash = (await hashBox.getAttribute('data-hash')) ?? '';

    // One meeting, one legitimising document.
    expect(await page.getByRole('button', { name: 'Cetak Berita Acara' }).count()).toBe(0);
    const path = await download(
      page,
      () => page.getByRole('button', { name: 'Cetak SPTJM' }).click(),
      'sptjm-lurah.pdf',
    );
    const text = pdfText(path);
    expect(text).toContain('SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK');
    expect(text).toContain(TEST_LURAH.nama);
    expect(text).toContain(hash);
    // The Lurah signs in person: never on behalf of someone (a.n.).
    expect(text).not.toMatch(/\ba\.n\./);
    // Each kind in its own words (issue 14.2): removals approved, prelist families kept.
    const body = text.replace(/\s+/g, ' ');
    expect(body).toMatch(/Hasil verifikasi dan validasi tersebut: .*disetujui dinonaktifkan \d+/);
    expect(body).toMatch(/prelist DTSEN \(periksa ulang\): tetap \d+/);
    expect(body).not.toMatch(/tersebut: layak \d+ \(\w+\) keluarga, tidak layak/);
    // The wall copy by default: no full NIK.
    expect(text).not.toMatch(/\b627\d{13}\b/);
    pdfToPng(path);

    // Its number is the SPTJM register's first of the year.
    await nav(page, 'Surat');
    await page.getByRole('tab', { name: 'Buku agenda' }).click();
    const register = page.getByTestId('letter-register');
    const row = register.locator('tr[data-type="sptjm"]');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    const number = (await row.getAttribute('data-number')) ?? '';
    expect(number).not.toBe('');
    expect(text.replace(/\s+/g, '')).toContain(number.replace(/\s+/g, ''));
    expect(await register.locator('tr[data-type="berita_acara"]').count()).toBe(0);
    await screenshot(page, 'sptjm-buku-agenda');
  }, 300_000);
});
