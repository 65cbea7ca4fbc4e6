import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { addLurahAndTrainingData, nav } from './support/setup';
import { completeFirstRun } from './support/first-run';

if (!hasChromium) console.warn(skipReason);

async function undecided(page: Page): Promise<{ left: number; total: number }> {
  const text = await page.getByTestId('tally').innerText();
  const match = /Belum diputuskan: (\d+) dari (\d+)/.exec(text);
  return { left: Number(match?.[1] ?? NaN), total: Number(match?.[2] ?? NaN) };
}

const currentName = (page: Page) =>
  page.getByTestId('current-candidate').getByRole('heading', { level: 3 }).innerText();

/** The key the console shows on a decision button for the current candidate's kind. */
async function decisionKey(page: Page, decision: 'layak' | 'tidak_layak'): Promise<string> {
  const label = await page.getByTestId(`decide-${decision}`).innerText();
  return (/\((\w)\)\s*$/.exec(label)?.[1] ?? '').toLowerCase();
}

const AGREED = ['Layak', 'Tetap', 'Disetujui dinonaktifkan', 'Sanggahan diterima'];
const REFUSED = ['Tidak layak', 'Dikeluarkan', 'Ditolak', 'Sanggahan ditolak'];

/** Sums a tally's words into agreed and refused, whatever kinds the meeting holds. */
function tallyCounts(text: string, separator = ': '): { agreed: number; refused: number } {
  const sum = (labels: string[]) =>
    labels.reduce((total, label) => {
      const match = new RegExp(`(?:^|\\s)${label}${separator}(\\d+)`).exec(text);
      return total + Number(match?.[1] ?? 0);
    }, 0);
  return { agreed: sum(AGREED), refused: sum(REFUSED) };
}

describe.skipIf(!hasChromium)('musyawarah kelurahan: sesi, proyektor, kunci, Berita Acara', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('runs a meeting from the keyboard with a projector and prints the minutes', async () => {
    const { page, context } = session;
    await page.goto(baseUrl);
    await completeFirstRun(page);

    // The Lurah who chairs and signs; training families, proposals and contacts.
    await addLurahAndTrainingData(page);

    // A new session.
    await nav(page, 'Musyawarah');
    await page.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
    // Times are typed 24-hour whatever the PC's language, and shown as letters print them.
    expect(await page.getByLabel('Jam mulai').inputValue()).toBe('09.00');
    const end = page.getByLabel('Jam selesai');
    await end.pressSequentially('1230');
    await end.press('Tab');
    expect(await end.inputValue()).toBe('12.30');
    await page.getByLabel('Notulis').fill('Dewi Lestari');
    await page.getByRole('button', { name: 'Buat sesi' }).click();

    // Participants from the contact list, attendance marked.
    await page.getByRole('button', { name: 'Undang dari daftar kontak' }).click();
    const picker = page.getByRole('dialog', { name: 'Undang dari daftar kontak' });
    await picker.getByRole('button', { name: /Pilih semua yang tampil/ }).click();
    await picker.getByRole('button', { name: /^Undang \d+ orang$/ }).click();
    await picker.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Tandai semua hadir' }).click();
    const counts = page.getByTestId('attendance-counts');
    await expect
      .poll(() => counts.getByRole('row').last().innerText())
      .toMatch(/Jumlah\s+(\d+)\s+\1/);
    const firstAbsent = page.getByRole('checkbox', { name: / hadir$/ }).first();
    // A controlled checkbox: its state changes once the write is stored.
    await firstAbsent.click();
    await expect.poll(() => firstAbsent.isChecked()).toBe(false);
    await expect
      .poll(async () => {
        const total = await counts.getByRole('row').last().innerText();
        const [, invited, present] = /Jumlah\s+(\d+)\s+(\d+)/.exec(total) ?? [];
        return Number(invited) - Number(present);
      })
      .toBe(1);
    await screenshot(page, 'musyawarah-peserta');

    // The console and the projector.
    await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
    await page.getByTestId('current-candidate').waitFor();
    const { total: candidates } = await undecided(page);
    expect(candidates).toBeGreaterThan(3);

    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Buka proyektor' }).click(),
    ]);
    await projector.setViewportSize({ width: 1024, height: 768 });
    const projectorName = projector.getByTestId('projector-name');
    await expect.poll(() => projectorName.innerText()).toBe(await currentName(page));
    const nik = await projector.getByTestId('projector-nik').innerText();
    expect(nik).toMatch(/^(•••• ){3}\d{4}$/);
    const projectorText = await projector.getByTestId('projector').innerText();
    expect(projectorText).not.toMatch(/\d{5,}/);
    expect(projectorText).not.toContain('Catatan petugas');

    // Next, previous, decide: the projector follows.
    await page.keyboard.press('ArrowRight');
    const second = await currentName(page);
    await expect.poll(() => projectorName.innerText()).toBe(second);
    await expect
      .poll(() => projector.getByTestId('projector-position').innerText())
      .toBe(`Calon 2 dari ${candidates}`);
    await page.keyboard.press('k');
    const first = await currentName(page);
    await expect.poll(() => projectorName.innerText()).toBe(first);
    // The side list draws only the rows in view and says how long it is; the current
    // candidate is marked there.
    const sideList = page.getByRole('list', { name: 'Daftar calon' });
    await expect.poll(() => sideList.locator('[aria-current="true"]').innerText()).toContain(first);
    const setSize = await sideList.getByRole('listitem').first().getAttribute('aria-setsize');
    expect(Number(setSize)).toBeGreaterThan(candidates);
    await screenshot(page, 'musyawarah-konsol');
    await projector.screenshot({ path: join(RESULTS_DIR, 'musyawarah-proyektor.png') });

    // Decide every candidate by keyboard, each with its own kind's keys (issue 14.2): one
    // refusal with a reason, one undo.
    let refusedReason = '';
    for (let i = 0; i < candidates; i += 1) {
      const name = await currentName(page);
      if (i === 1) {
        await page.keyboard.press(await decisionKey(page, 'tidak_layak'));
        const dialog = page.getByRole('dialog');
        const first = dialog.getByRole('button', { name: /^1\s/ });
        await first.waitFor();
        refusedReason = (await first.innerText()).replace(/^\s*1\s*/, '').trim();
        await page.keyboard.press('1');
        await dialog.waitFor({ state: 'detached' });
      } else {
        await page.keyboard.press(await decisionKey(page, 'layak'));
      }
      await expect.poll(async () => (await undecided(page)).left).toBe(candidates - i - 1);
      if (i === 0) {
        await expect
          .poll(() => projector.getByTestId('projector-tally').innerText())
          .toMatch(/(Layak|Tetap|Disetujui dinonaktifkan|Sanggahan diterima) 1/);
      }
      if (i === 2) {
        await page.keyboard.press('u');
        await expect.poll(async () => (await undecided(page)).left).toBe(candidates - i);
        expect(await currentName(page)).toBe(name);
        await page.keyboard.press(await decisionKey(page, 'layak'));
        await expect.poll(async () => (await undecided(page)).left).toBe(candidates - i - 1);
      }
    }
    const tally = tallyCounts(await page.getByTestId('tally').innerText());
    expect(tally.refused).toBe(1);
    expect(tally.agreed).toBe(candidates - 1);
    await expect
      .poll(async () =>
        tallyCounts(await projector.getByTestId('projector-tally').innerText(), ' '),
      )
      .toEqual({ agreed: candidates - 1, refused: 1 });

    // Finalise.
    await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    await page.getByText('Siap dikunci').waitFor();
    await page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, kunci musyawarah' }).click();
    const hashBox = page.getByTestId('content-hash');
    await hashBox.waitFor();
    const hash = (await hashBox.getAttribute('data-hash')) ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await screenshot(page, 'musyawarah-terkunci');

    // A change after the lock is refused by the data layer.
    await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
    await page.getByTestId('current-candidate').waitFor();
    const before = await page.getByTestId('tally').innerText();
    await page.keyboard.press(await decisionKey(page, 'tidak_layak'));
    await page.getByRole('dialog').getByRole('button', { name: /^1\s/ }).waitFor();
    await page.keyboard.press('1');
    await page
      .getByText(/Musyawarah sudah dikunci: keputusan/)
      .first()
      .waitFor();
    expect(await page.getByTestId('tally').innerText()).toBe(before);
    await expect
      .poll(() => projector.getByTestId('projector-tally').innerText())
      .toContain('Hasil terkunci');
    await projector.screenshot({ path: join(RESULTS_DIR, 'musyawarah-proyektor-terkunci.png') });

    // The Berita Acara, rendered in the worker and downloaded.
    await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Cetak Berita Acara' }).click(),
    ]);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const pdfPath = join(RESULTS_DIR, 'musyawarah-berita-acara.pdf');
    await download.saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
    expect(text).toContain('BERITA ACARA MUSYAWARAH KELURAHAN');
    expect(text).toContain(hash);
    expect(text).toContain('Halaman 1 dari');
    // The refusal's reason, from the list that fits the candidate's kind (may wrap).
    expect(text).toContain(refusedReason.slice(0, 14));
    expect(text).toContain('Drs. H. Ahmad Yani, M.Si.');
    expect(text).toContain('NIP 19720315 199803 1 004');
    expect(text).not.toMatch(/\b627\d{13}\b/);
    const pages = Number(/Halaman 1 dari (\d+)/.exec(text)?.[1] ?? 0);
    expect(pages).toBeGreaterThanOrEqual(4);
    const lampiranPage =
      text
        .split('\f')
        .findIndex(
          (pageText) => pageText.includes('LAMPIRAN I\n') || /LAMPIRAN I\s/.test(pageText),
        ) + 1;
    expect(lampiranPage).toBeGreaterThan(1);
    for (const [first, label] of [
      [1, 'ba-halaman-1'],
      [lampiranPage, 'ba-lampiran-1'],
    ] as const) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        String(first),
        '-l',
        String(first),
        '-singlefile',
        pdfPath,
        join(RESULTS_DIR, `musyawarah-${label}`),
      ]);
    }

    // The archive's copy on F4 paper with full NIK. A meeting has one legitimising
    // document, whose number it carries: no SPTJM is offered for a meeting with minutes.
    expect(await page.getByRole('button', { name: 'Cetak SPTJM' }).count()).toBe(0);
    await page.getByText('F4 (folio)').click();
    await page.getByLabel('Lengkap (salinan arsip kantor)').check();
    // The unmasked copy says what it is before it is printed (and is logged first).
    await page.getByTestId('archival-print-warning').waitFor();
    const [archiveDownload] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Cetak Berita Acara' }).click(),
    ]);
    const archivePath = join(RESULTS_DIR, 'musyawarah-berita-acara-arsip.pdf');
    await archiveDownload.saveAs(archivePath);
    const archive = execFileSync('pdftotext', ['-layout', archivePath, '-']).toString();
    expect(archive).toContain('BERITA ACARA MUSYAWARAH KELURAHAN');
    expect(archive).toContain(hash);
    expect(archive).toMatch(/\b627\d{13}\b/);
    expect(archive).toContain('SALINAN ARSIP');
    const size = execFileSync('pdfinfo', [archivePath]).toString();
    expect(size).toMatch(/Page size:\s+609\.4\d? x 935\.4/);
    await projector.close();
  }, 300_000);

  it('keeps the contact list: a new RT head, a corrected name, a contact set inactive', async () => {
    const { page } = session;
    await nav(page, 'Pengaturan');
    await page.getByRole('tab', { name: 'Kontak musyawarah' }).click();
    const table = page.getByTestId('contacts-table');
    await table.waitFor();
    const before = await table.getByRole('row').count();

    await page.getByRole('button', { name: 'Tambah kontak' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kontak baru' });
    await dialog.getByLabel('Nama').fill('Rahmat Hidayat');
    await dialog.getByLabel('Jabatan').fill('Ketua RT 009 / RW 003');
    // The sex and the unsur are chosen, never assumed: the minutes count attendance by both.
    await dialog.getByRole('button', { name: 'Simpan kontak' }).click();
    await dialog.getByText('Pilih jenis kelamin').waitFor();
    await dialog.getByText('Pilih unsur').waitFor();
    await dialog.getByRole('combobox', { name: 'Unsur' }).click();
    await page.getByRole('option', { name: 'RT', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Jenis kelamin' }).click();
    await page.getByRole('option', { name: 'Laki-laki' }).click();
    await dialog.getByRole('button', { name: 'Simpan kontak' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => table.getByRole('row').count()).toBe(before + 1);

    // A mistyped name, corrected; the form opens with what was stored.
    await page.getByRole('button', { name: 'Ubah Rahmat Hidayat' }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah kontak' });
    expect(await edit.getByLabel('Jabatan').inputValue()).toBe('Ketua RT 009 / RW 003');
    await edit.getByLabel('Nama').fill('Rachmat Hidayat');
    await edit.getByRole('button', { name: 'Simpan kontak' }).click();
    await edit.waitFor({ state: 'detached' });
    const row = table.getByRole('row', { name: /Rachmat Hidayat/ });
    await row.waitFor();
    expect(await table.getByRole('row').count()).toBe(before + 1);

    // A long list: the clerk narrows it by name or title.
    await page.getByLabel('Cari kontak').fill('rt 009 / rw 003');
    await expect.poll(() => table.getByRole('row').count()).toBeLessThan(before);
    await row.waitFor();
    await page.getByRole('button', { name: 'Nonaktifkan Rachmat Hidayat' }).click();
    // The badge is upper-cased by CSS, which innerText reflects.
    await expect.poll(() => row.innerText()).toMatch(/tidak aktif/i);
    await screenshot(page, 'musyawarah-kontak');
    // From the keyboard: the notifications stacked at the top right may cover the button.
    await page.getByRole('button', { name: 'Aktifkan Rachmat Hidayat' }).press('Enter');
    await expect.poll(() => row.innerText()).not.toMatch(/tidak aktif/i);
  });
});
