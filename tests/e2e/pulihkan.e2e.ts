import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
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
import { completeFirstRun, signIn } from './support/first-run';
import { nav, TEST_LURAH } from './support/setup';

if (!hasChromium) console.warn(skipReason);

const BACKUP_PASS = 'cadangan kantor pahandut 2026';
const RESIDENT = {
  noKk: '6271010101150001',
  nik: '6271011203850001',
  nama: 'Budi Santoso',
};

function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The QR payloads of the letters in the register, read from the browser's database. */
async function letterPayloads(page: Page): Promise<{ number: string; qrPayload: string }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dtks-kelurahan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ number: string; qrPayload: string }[]>((resolve, reject) => {
      const request = db.transaction('letters').objectStore('letters').getAll();
      request.onsuccess = () => resolve(request.result as { number: string; qrPayload: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.map(({ number, qrPayload }) => ({ number, qrPayload }));
  });
}

/** A one-person walk-in family on the real database, the Lurah, and one SKTM for him. */
async function issueOneLetter(page: Page): Promise<string> {
  await nav(page, 'Pengaturan');
  await page.getByRole('tab', { name: 'Pejabat penanda tangan' }).click();
  await page.getByRole('button', { name: 'Tambah pejabat' }).click();
  await page.getByLabel('Nama lengkap dengan gelar').fill(TEST_LURAH.nama);
  await page.getByLabel('NIP (18 digit)').fill(TEST_LURAH.nip);
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByRole('cell', { name: TEST_LURAH.nama }).waitFor();

  await page.goto(`${baseUrl}#/warga/baru`);
  await page.getByRole('heading', { name: 'Daftarkan keluarga baru' }).waitFor();
  await page.locator('input[name="noKk"]').fill(RESIDENT.noKk);
  await page.locator('input[name="alamat"]').fill('Jl. Cilik Riwut Gg. Damai No. 7');
  await page.locator('input[name="rt"]').fill('3');
  await page.locator('input[name="rw"]').fill('2');
  await page.locator('input[name="rw"]').press('Enter');
  const form = page.locator('form').filter({ has: page.locator('#member-nik') });
  await form.locator('input[name="nik"]').fill(RESIDENT.nik);
  await form.locator('input[name="nama"]').fill(RESIDENT.nama);
  await form.locator('input[name="tempatLahir"]').fill('Palangka Raya');
  await form.locator('select[name="shdk"]').selectOption('1');
  await form.locator('select[name="statusKawin"]').selectOption('kawin');
  await form.locator('select[name="agama"]').selectOption('Islam');
  await form.locator('select[name="pendidikan"]').selectOption('SLTA/Sederajat');
  await form.locator('input[name="pekerjaan"]').fill('Buruh Harian Lepas');
  await form.locator('input[name="namaIbuKandung"]').fill('Sumiati');
  await form.locator('input[name="namaIbuKandung"]').press('Enter');
  await page.getByRole('button', { name: 'Simpan keluarga (1 anggota)' }).click();
  await page.getByRole('heading', { name: `Keluarga ${RESIDENT.nama}` }).waitFor();

  await nav(page, 'Surat');
  await page.getByRole('tab', { name: 'Buat SKTM' }).waitFor();
  await page.getByLabel('Cari warga yang memohon surat').fill(RESIDENT.nama);
  const results = page.getByTestId('sktm-search-results');
  await results.waitFor();
  await results
    .locator('tbody tr')
    .first()
    .getByRole('button', { name: /^Pilih / })
    .click();
  await page.getByTestId('sktm-preview').waitFor();
  await page.getByLabel('Nomor surat pengantar RT/RW').fill('12/RT.003/XI/2026');
  await page.getByLabel('Tanggal surat pengantar').fill(today());
  await page.getByRole('button', { name: 'Terbitkan surat' }).click();
  const number = page.getByTestId('issued-number');
  await number.waitFor();
  return number.innerText();
}

async function verify(page: Page, payload: string) {
  await nav(page, 'Surat');
  await page.getByRole('tab', { name: 'Verifikasi surat' }).click();
  const box = page.getByLabel('Kode dari QR surat');
  await box.fill(payload);
  await page.getByRole('button', { name: 'Periksa' }).click();
  const result = page.getByTestId('verify-result');
  await result.waitFor();
  return result;
}

describe.skipIf(!hasChromium)('pulihkan: komputer pengganti dari cadangan', () => {
  const sessions: Session[] = [];
  afterAll(async () => {
    for (const session of sessions) {
      await session.close();
      removeProfile(session.profileDir);
    }
  });

  let backupFile = '';
  let letterNumber = '';
  let payload = '';

  it('the old PC issues an SKTM and makes a backup', async () => {
    const old = await openSession();
    sessions.push(old);
    const { page } = old;
    await page.goto(baseUrl);
    await completeFirstRun(page);
    letterNumber = await issueOneLetter(page);
    const letters = await letterPayloads(page);
    expect(letters.map((l) => l.number)).toEqual([letterNumber]);
    payload = letters[0]!.qrPayload;
    const before = await verify(page, payload);
    await expect.poll(() => before.getAttribute('data-status')).toBe('valid');

    await page.goto(`${baseUrl}#/pengaturan`);
    await page.getByRole('tab', { name: 'Cadangan' }).click();
    await page.getByLabel('Kata sandi cadangan', { exact: true }).fill(BACKUP_PASS);
    await page.getByLabel('Ulangi kata sandi cadangan').fill(BACKUP_PASS);
    backupFile = await download(
      page,
      () => page.getByRole('button', { name: 'Buat dan unduh cadangan' }).click(),
      'pulihkan-kantor-lama.dtksbak',
    );
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('DTKSBAK1');
    // The old PC is gone (disk failure): its profile is never opened again.
    await old.close();
    sessions.splice(sessions.indexOf(old), 1);
    removeProfile(old.profileDir);
  });

  it('a new PC restores from its first screen, signs in with the old account and calls the old letter SAH', async () => {
    const fresh = await openSession();
    sessions.push(fresh);
    const { page } = fresh;
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Selamat datang di DTKS Kelurahan' }).waitFor();
    // Said before any data goes in: the files are only as safe as the disk's encryption.
    const notice = await page.getByTestId('data-safety').innerText();
    expect(notice).toContain('BitLocker');
    expect(notice).toContain('melindungi layar, bukan berkasnya');

    await page.getByRole('button', { name: 'Pulihkan dari cadangan' }).click();
    const panel = page.getByTestId('first-run-restore');
    await panel.locator('input[type="file"][accept^=".dtksbak"]').setInputFiles(backupFile);
    await panel.getByTestId('restore-preview').waitFor();
    expect(await panel.getByTestId('restore-preview').innerText()).toContain('Pahandut');
    await panel.getByLabel('Kata sandi cadangan', { exact: true }).fill(BACKUP_PASS);
    await panel.getByLabel('Saya paham seluruh data sekarang akan diganti').check();
    await screenshot(page, 'pulihkan-layar-pertama');
    await panel.getByRole('button', { name: 'Pulihkan data' }).click();

    // The identity came back: the app moves on to the sign-in by itself, or on the button.
    const login = page.getByRole('heading', { name: 'Masuk ke DTKS Kelurahan' });
    const next = page.getByRole('button', { name: 'Lanjut ke layar masuk' });
    await expect
      .poll(
        async () => {
          if ((await login.count()) === 0 && (await next.count()) > 0) {
            await next.click({ timeout: 2_000 }).catch(() => {});
          }
          return login.count();
        },
        { timeout: 60_000 },
      )
      .toBe(1);
    // No throw-away admin was made: the backup's account is the one that signs in.
    expect(await page.getByRole('heading', { name: 'Buat akun admin' }).count()).toBe(0);
    await signIn(page);

    const result = await verify(page, payload);
    await expect.poll(() => result.getAttribute('data-status')).toBe('valid');
    const text = await result.innerText();
    expect(text).toContain('SAH');
    expect(text).toContain(letterNumber);
    expect(text).toContain('kunci lama kantor ini');
    expect(text).toContain('Tercatat di buku agenda kantor ini');
    await screenshot(page, 'pulihkan-verifikasi-sah');
  });

  it('without the old key (a backup made before keys were carried) the register still vouches for the letter', async () => {
    const { page } = sessions[sessions.length - 1]!;
    // What a restore from an older backup leaves: the register, but not the old public key.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dtks-kelurahan');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('keys', 'readwrite');
        tx.objectStore('keys').clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    const result = await verify(page, payload);
    await expect.poll(() => result.getAttribute('data-status')).toBe('unknown_key');
    expect(await result.getAttribute('data-registered')).toBe('terbit');
    expect(await result.innerText()).toContain(
      'Tercatat di buku agenda kantor ini dengan nomor dan isi yang sama',
    );
    expect(await page.getByTestId('verify-register').innerText()).toContain(letterNumber);
    await screenshot(page, 'pulihkan-verifikasi-kunci-tak-dikenal');

    // A code that differs from the registered one is not vouched for.
    const [prefix, , signature] = payload.split('.');
    const body = JSON.parse(
      Buffer.from(payload.split('.')[1]!, 'base64url').toString(),
    ) as string[];
    body[2] = 'Orang Lain';
    const forged = `${prefix}.${Buffer.from(JSON.stringify(body)).toString('base64url')}.${signature}`;
    const other = await verify(page, forged);
    await expect.poll(() => other.getAttribute('data-registered')).toBeNull();
    expect(await other.innerText()).toContain('Bisa jadi surat dari kelurahan lain');
  });
});
