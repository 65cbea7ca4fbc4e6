import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
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
import { download, pdfPages, pdfText, pdfToPng } from './support/downloads';
import { completeFirstRun } from './support/first-run';
import { addLurahAndTrainingData, agreeWithCurrent, nav } from './support/setup';

if (!hasChromium) console.warn(skipReason);

async function undecided(page: Page): Promise<number> {
  const text = await page.getByTestId('tally').innerText();
  return Number(/Belum diputuskan: (\d+) dari/.exec(text)?.[1] ?? NaN);
}

/** The sequence part of a register number: "400.9.2/002/UND/…" → 2. */
const seqOf = (number: string) => Number(number.split('/')[1]);

describe.skipIf(!hasChromium)('surat di sekitar musyawarah (issue 20, 14.9)', () => {
  let session: Session;
  let meetingUrl = '';
  let zipHash = '';

  beforeAll(async () => {
    session = await openSession();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('plans a meeting, sends the invitations and lists the invitees', async () => {
    const { page } = session;
    await page.goto(baseUrl);
    await completeFirstRun(page);
    await addLurahAndTrainingData(page);

    await nav(page, 'Musyawarah');
    await page.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
    // 14.9: the number is not typed; the form says where it comes from.
    expect(await page.getByLabel('Nomor Berita Acara').count()).toBe(0);
    await page.getByTestId('number-from-register').waitFor();
    await page.getByLabel('Jam selesai').fill('12:30');
    await page.getByLabel('Notulis').fill('Dewi Lestari');
    await page.getByRole('button', { name: 'Buat sesi' }).click();

    await page.getByRole('button', { name: 'Undang dari daftar kontak' }).click();
    const picker = page.getByRole('dialog', { name: 'Undang dari daftar kontak' });
    await picker.getByRole('button', { name: /Pilih semua yang tampil/ }).click();
    await picker.getByRole('button', { name: /^Undang \d+ orang$/ }).click();
    await picker.waitFor({ state: 'detached' });
    meetingUrl = page.url().replace(/\/peserta$/, '');
    const invitedBoxes = page.getByRole('checkbox', { name: / diundang$/ });
    const invitees = await invitedBoxes.count();
    expect(invitees).toBeGreaterThan(2);
    // One contact unmarked: sending the invitation marks every contact invited again.
    const first = invitedBoxes.first();
    await first.click();
    await expect.poll(() => first.isChecked()).toBe(false);

    await page.getByRole('tab', { name: 'Undangan & surat' }).click();
    await screenshot(page, 'surat-musyawarah-undangan');
    const undanganPath = await download(
      page,
      () => page.getByRole('button', { name: /Terbitkan & simpan undangan/ }).click(),
      'surat-musyawarah-undangan.pdf',
    );
    expect(pdfPages(undanganPath)).toBe(invitees);
    const undangan = pdfText(undanganPath);
    expect(undangan).toContain('Undangan Musyawarah Kelurahan');
    expect(undangan).toMatch(/\/001\/UND\/KEL-/);
    expect(undangan).toContain('LURAH');
    expect(undangan).toContain('NIP 19720315 199803 1 004');
    expect(undangan).toMatch(/s\.d\. selesai/);
    pdfToPng(undanganPath);

    // The list for the RT/RW group chat.
    const table = page.getByTestId('meeting-letters');
    const row = table.locator('tr[data-type="undangan"]');
    await row.waitFor();
    const xlsxPath = await download(
      page,
      () => row.getByRole('button', { name: 'Daftar XLSX' }).click(),
      'surat-musyawarah-daftar-undangan.xlsx',
    );
    const book = XLSX.read(readFileSync(xlsxPath));
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet!, { header: 1 });
    expect(rows[0]).toEqual([
      'No',
      'Nama',
      'Unsur',
      'Jabatan',
      'Nomor undangan',
      'Hari/tanggal',
      'Waktu',
      'Tempat',
    ]);
    expect(rows).toHaveLength(invitees + 1);
    expect(JSON.stringify(rows)).not.toMatch(/\d{16}/);

    await page.getByRole('tab', { name: 'Peserta & kehadiran' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('checkbox', { name: / diundang$/ })
          .first()
          .isChecked(),
      )
      .toBe(true);

    // A second sending (a participant added late) takes the next number of the type.
    await page.getByRole('tab', { name: 'Undangan & surat' }).click();
    await download(
      page,
      () => page.getByRole('button', { name: /Terbitkan & simpan undangan/ }).click(),
      'surat-musyawarah-undangan-2.pdf',
    );
    await expect.poll(() => table.locator('tr[data-type="undangan"]').count()).toBe(2);
  }, 300_000);

  it('locks the meeting: the Berita Acara number comes from the register', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Peserta & kehadiran' }).click();
    await page.getByRole('button', { name: 'Tandai semua hadir' }).click();
    await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
    await page.getByTestId('current-candidate').waitFor();
    const total = await undecided(page);
    for (let left = total; left > 0; left -= 1) {
      // Each kind has its own key (issue 14.2): agree in the current candidate's words.
      await agreeWithCurrent(page);
      await expect.poll(() => undecided(page)).toBe(left - 1);
    }
    await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    await page.getByText('Siap dikunci').waitFor();
    await page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, kunci musyawarah' }).click();
    await page.getByTestId('content-hash').waitFor();
    await page
      .getByText(/Nomor \d[\d.]*\/001\/BA-MUSKEL\/KEL-/)
      .first()
      .waitFor();
  }, 300_000);

  it('prints the public notice: masked NIKs only, how to object', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: 'Undangan & surat' }).click();
    // The deadline is typed day first whatever the PC's language (a browser date field on an
    // English PC would read 05-01 as May 1st) and printed as that day.
    const deadline = new Date(Date.now() + 10 * 86_400_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const until = page.getByLabel('Batas pengajuan sanggahan');
    await until.fill(
      `${two(deadline.getDate())}-${two(deadline.getMonth() + 1)}-${deadline.getFullYear()}`,
    );
    const path = await download(
      page,
      () => page.getByRole('button', { name: /Terbitkan & simpan pengumuman/ }).click(),
      'surat-musyawarah-pengumuman.pdf',
    );
    const text = pdfText(path);
    expect(text).toContain('PENGUMUMAN');
    expect(text).toMatch(/\/001\/PENG\/KEL-/);
    expect(text).toMatch(/RW \d{3} \/ RT \d{3}/);
    expect(text).toContain('Sanggahan');
    expect(text).toContain('paling lambat');
    const month = new Intl.DateTimeFormat('id-ID', { month: 'long' }).format(deadline);
    expect(text.replace(/\s+/g, ' ')).toContain(
      `${deadline.getDate()} ${month} ${deadline.getFullYear()}`,
    );
    expect(text).toMatch(/\*{12}\d{4}/);
    // No 16-digit run anywhere: the notice hangs on a public board.
    expect(text.replace(/\s+/g, ' ')).not.toMatch(/\d{16}/);
    expect(text).not.toMatch(/\d{16}/);
    // Nothing but name, masked NIK, RT/RW, kind and outcome: no reasons of the room.
    expect(text).not.toContain('Alasan');
    pdfToPng(path);
    await screenshot(page, 'surat-musyawarah-terkunci');
  }, 180_000);

  it('exports the batch and prints the cover letter to Dinas Sosial with its hash', async () => {
    const { page } = session;
    await nav(page, 'Ekspor');
    await page.getByRole('button', { name: 'Buat batch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat batch dari musyawarah' });
    await dialog.getByRole('button', { name: /^Buat batch dari musyawarah/ }).click();
    await page.getByText('Lolos validasi', { exact: true }).waitFor({ timeout: 60_000 });
    const zipPath = await download(
      page,
      () => page.getByRole('button', { name: 'Ekspor paket ZIP' }).click(),
      'surat-musyawarah-paket.zip',
    );
    await page.getByTestId('export-saved').waitFor();
    zipHash = createHash('sha256').update(readFileSync(zipPath)).digest('hex');

    await page.goto(`${meetingUrl}/surat`);
    await page.getByRole('heading', { name: 'Surat pengantar ke Dinas Sosial' }).waitFor();
    await expect
      .poll(() =>
        page.getByRole('button', { name: /Terbitkan & simpan surat pengantar/ }).isEnabled(),
      )
      .toBe(true);
    const path = await download(
      page,
      () => page.getByRole('button', { name: /Terbitkan & simpan surat pengantar/ }).click(),
      'surat-musyawarah-pengantar.pdf',
    );
    const text = pdfText(path);
    expect(text).toMatch(/\/001\/PGT\/KEL-/);
    expect(text).toContain('Kepala Dinas Sosial');
    expect(text).toMatch(/BA-MUSKEL/);
    expect(text).toContain('batch nomor 1');
    expect(text.replace(/\s+/g, '')).toContain(zipHash);
    pdfToPng(path);
  }, 300_000);

  it('finds every letter in the register with consecutive numbers per type', async () => {
    const { page } = session;
    await nav(page, 'Surat');
    await page.getByRole('tab', { name: 'Buku agenda' }).click();
    const register = page.getByTestId('letter-register');
    await register.locator('tr[data-type="pengantar_dinsos"]').waitFor();
    const numbers = async (type: string) =>
      register
        .locator(`tr[data-type="${type}"]`)
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-number') ?? ''));
    const undangan = await numbers('undangan');
    expect(undangan.map(seqOf).sort()).toEqual([1, 2]);
    expect((await numbers('pengumuman')).map(seqOf)).toEqual([1]);
    expect((await numbers('pengantar_dinsos')).map(seqOf)).toEqual([1]);
    expect((await numbers('berita_acara')).map(seqOf)).toEqual([1]);
    expect(await register.innerText()).toContain('Papan pengumuman kelurahan');
    expect(await register.innerText()).toContain('Kepala Dinas Sosial');

    // A reprint is logged on the row; a cancelled letter keeps its number.
    const notice = register.locator('tr[data-type="pengumuman"]');
    await notice.getByRole('button', { name: /Tindakan untuk surat/ }).click();
    await download(
      page,
      () => page.getByRole('menuitem', { name: 'Simpan ulang PDF' }).click(),
      'surat-musyawarah-pengumuman-ulang.pdf',
    );
    await expect.poll(() => notice.locator('td').nth(7).innerText()).toBe('1');
    const firstInvitation = register.locator(`tr[data-number="${undangan.sort()[0]}"]`);
    // From the keyboard: the reprint's menu and notifications may still cover the table.
    await page.keyboard.press('Escape');
    await firstInvitation.getByRole('button', { name: /Tindakan untuk surat/ }).press('Enter');
    // From the keyboard: the notification of the reprint may cover the menu.
    // Scoped to this letter's menu: the reprint's menu may still be closing.
    await page
      .getByRole('menu', { name: `Tindakan untuk surat ${undangan.sort()[0]}` })
      .getByRole('menuitem', { name: 'Batalkan surat' })
      .press('Enter');
    const cancel = page.getByRole('dialog', { name: 'Batalkan surat' });
    await cancel.getByLabel('Alasan pembatalan').fill('Dikirim ulang dengan peserta tambahan');
    await cancel
      .getByRole('button', { name: /Batalkan/ })
      .last()
      .click();
    await cancel.waitFor({ state: 'detached' });
    await expect.poll(() => firstInvitation.innerText()).toMatch(/\bbatal\b/i);
    expect(await register.locator('tr[data-type="undangan"]').count()).toBe(2);
    await screenshot(page, 'surat-musyawarah-buku-agenda');
  }, 180_000);

  it('records a Cek Bansos filing on a family and warns of a duplicate proposal', async () => {
    const { page } = session;
    const familyId = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('dtks-kelurahan-latihan');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('families').objectStore('families').getAll();
            request.onsuccess = () => resolve((request.result as { id: string }[])[0]?.id ?? '');
            request.onerror = () => reject(request.error);
          };
        }),
    );
    expect(familyId).not.toBe('');
    await page.goto(meetingUrl.replace(/#\/.*$/, `#/warga/${familyId}`));
    const section = page.getByTestId('cek-bansos');
    await page.keyboard.press('Escape');
    await section.getByRole('button', { name: 'Catat Cek Bansos' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Catat Cek Bansos' });
    await dialog.getByText('Usul oleh warga').click();
    // Bad input: a clear message, nothing stored.
    await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
    await dialog.getByText('Nomor/kode pendaftaran dari aplikasi wajib diisi').waitFor();
    await dialog.getByLabel('Nomor/kode pendaftaran di aplikasi').fill('USL-2026-0042');
    await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText('Pengajuan warga masih berjalan').waitFor();
    expect(await section.innerText()).toContain('USL-2026-0042');
    await screenshot(page, 'surat-musyawarah-cek-bansos');

    await page.goto(meetingUrl.replace(/#\/.*$/, `#/usulan/baru?familyId=${familyId}`));
    const warning = page.getByTestId('cek-bansos-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('USL-2026-0042');
  }, 120_000);
});
