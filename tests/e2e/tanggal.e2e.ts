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
import { completeFirstRun } from './support/first-run';

if (!hasChromium) console.warn(skipReason);

describe.skipIf(!hasChromium)(
  'tanggal: diketik hari-bulan-tahun, ditampilkan berbahasa Indonesia',
  () => {
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

    it('types a birth date DD-MM-YYYY, refuses impossible ones, stores and shows it in Indonesian', async () => {
      const { page } = session;
      await page.goto(`${baseUrl}#/warga/baru`);
      await page.getByRole('heading', { name: 'Daftarkan keluarga baru' }).waitFor();
      await page.locator('input[name="noKk"]').fill('6271010101150009');
      await page.locator('input[name="alamat"]').fill('Jl. Tjilik Riwut No. 3');
      await page.locator('input[name="rt"]').fill('3');
      await page.locator('input[name="rw"]').fill('2');
      await page.locator('input[name="rw"]').press('Enter');

      const form = page.locator('form').filter({ has: page.locator('#member-nik') });
      await form.locator('input[name="nik"]').fill('6271011203850009');
      await form.locator('input[name="nama"]').fill('Yohanes Pratama');
      await form.locator('input[name="tempatLahir"]').fill('Palangka Raya');
      const birth = form.locator('input[name="tanggalLahir"]');

      // Impossible and ambiguous dates are refused in Indonesian, next to the field.
      await birth.fill('31-02-1985');
      await birth.blur();
      await form
        .getByText('Tanggal 31 Februari 1985 tidak ada: bulan itu hanya sampai tanggal 28.')
        .waitFor();
      await birth.fill('12-03-85');
      await birth.blur();
      await form.getByText('Tulis tahun dengan empat angka (misalnya 1980, bukan 85).').waitFor();

      // Day first, as typed by a clerk, whatever the computer's language.
      await birth.fill('');
      await birth.pressSequentially('20-3-1985');
      await birth.blur();
      expect(await birth.inputValue()).toBe('20-03-1985');
      expect(await form.getByText(/tidak ada|empat angka/).count()).toBe(0);

      // The calendar beside the field speaks Indonesian and opens on the typed month.
      await form.getByRole('button', { name: 'Pilih dari kalender' }).click();
      const calendar = page.locator('.mantine-Popover-dropdown');
      await calendar.getByText('Maret 1985').waitFor();
      await screenshot(page, 'tanggal-kalender');
      await calendar.getByRole('button', { name: '12 Maret 1985', exact: true }).click();
      await expect.poll(() => birth.inputValue()).toBe('12-03-1985');

      await form.locator('select[name="shdk"]').selectOption('1');
      await form.locator('select[name="statusKawin"]').selectOption('kawin');
      await form.locator('select[name="agama"]').selectOption('Islam');
      await form.locator('select[name="pendidikan"]').selectOption('SLTA/Sederajat');
      await form.locator('input[name="pekerjaan"]').fill('Buruh Harian Lepas');
      await form.locator('input[name="namaIbuKandung"]').fill('Maria');
      await form.locator('input[name="namaIbuKandung"]').press('Enter');
      await page.getByText('Anggota ke-2').waitFor();
      const pending = page.getByRole('table', { name: 'Anggota yang akan disimpan' });
      expect(await pending.innerText()).toContain('12 Maret 1985');

      await page.getByRole('button', { name: /^Simpan keluarga/ }).click();
      await page.getByRole('heading', { name: 'Keluarga Yohanes Pratama' }).waitFor();

      // Stored: still there after a reload, shown in Indonesian, never 03/12/1985.
      await page.reload();
      const row = page.getByTestId('member-row').first();
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain('Palangka Raya, 12 Maret 1985');
      expect(text).not.toMatch(/\d{2}\/\d{2}\/\d{4}|1985-03-12/);
      await screenshot(page, 'tanggal-detail-keluarga');
    });
  },
);
