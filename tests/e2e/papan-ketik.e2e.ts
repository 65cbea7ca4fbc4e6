import type { Page } from 'playwright-core';
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
import { nav } from './support/setup';

if (!hasChromium) console.warn(skipReason);

type Focused = { name: string; text: string; label: string; tag: string };

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return {
      name: element?.getAttribute('name') ?? '',
      text: (element?.textContent ?? '').trim(),
      label: (element?.labels?.[0]?.textContent ?? element?.getAttribute('aria-label') ?? '')
        .replace(/\s*\*$/, '')
        .trim(),
      tag: element?.tagName.toLowerCase() ?? '',
    };
  });

/** Presses Tab until the focused element matches: what a clerk does without a mouse. */
async function tabTo(page: Page, match: (element: Focused) => boolean, what: string) {
  for (let presses = 0; presses < 120; presses += 1) {
    if (match(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab tidak pernah sampai ke ${what}`);
}

const field = (page: Page, name: string) => tabTo(page, (e) => e.name === name, name);

/** A closed native select changes with the arrow keys (Chromium on Linux and Windows). */
async function chooseWithArrows(page: Page, name: string, value: string) {
  await field(page, name);
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 40; presses += 1) {
    const current = await page.evaluate(
      () => (document.activeElement as HTMLSelectElement | null)?.value ?? '',
    );
    if (current === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Pilihan ${value} tidak ada di ${name}`);
}

type Member = {
  nik: string;
  nama: string;
  tempatLahir: string;
  shdk: string;
  statusKawin: string;
  pendidikan: string;
  pekerjaan: string;
  namaIbuKandung?: string;
};

const MEMBERS: Member[] = [
  {
    nik: '6271011506800001',
    nama: 'Ahmad Fauzi',
    tempatLahir: 'Palangka Raya',
    shdk: '1',
    statusKawin: 'kawin',
    pendidikan: 'SLTA/Sederajat',
    pekerjaan: 'Buruh Harian Lepas',
    namaIbuKandung: 'Salmah',
  },
  {
    nik: '6271015208840002',
    nama: 'Nurhayati',
    tempatLahir: 'Sampit',
    shdk: '3',
    statusKawin: 'kawin',
    pendidikan: 'SLTP/Sederajat',
    pekerjaan: 'Mengurus Rumah Tangga',
    namaIbuKandung: 'Jumiati',
  },
  {
    nik: '6271011003120003',
    nama: 'Rizky Pratama',
    tempatLahir: 'Palangka Raya',
    shdk: '4',
    statusKawin: 'belum_kawin',
    pendidikan: 'SD/Sederajat',
    pekerjaan: 'Pelajar/Mahasiswa',
  },
];

async function typeMember(page: Page, member: Member) {
  await expect.poll(async () => (await focused(page)).name).toBe('nik');
  await page.keyboard.type(member.nik);
  await page.keyboard.press('Tab');
  await page.keyboard.type(member.nama);
  await page.keyboard.press('Tab');
  await page.keyboard.type(member.tempatLahir);
  await chooseWithArrows(page, 'shdk', member.shdk);
  await chooseWithArrows(page, 'statusKawin', member.statusKawin);
  await chooseWithArrows(page, 'agama', 'Islam');
  await chooseWithArrows(page, 'pendidikan', member.pendidikan);
  await field(page, 'pekerjaan');
  await page.keyboard.type(member.pekerjaan);
  await page.keyboard.press('Escape'); // closes the suggestions, keeps the text
  await field(page, 'namaIbuKandung');
  if (member.namaIbuKandung) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(member.namaIbuKandung);
  }
  await page.keyboard.press('Enter');
}

describe.skipIf(!hasChromium)('papan ketik: formulir tanpa tetikus', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(baseUrl);
    await completeFirstRun(session.page);
  });

  afterAll(async () => {
    const dir = session?.profileDir;
    await session?.close();
    if (dir) removeProfile(dir);
  });

  it('the empty Beranda says where to start', async () => {
    const { page } = session;
    await page.getByTestId('start-here').waitFor();
    expect(await page.getByTestId('start-here').innerText()).toContain('Mulai dari sini');
    expect(await page.getByRole('radio', { name: 'EN' }).count()).toBe(0);
    await screenshot(page, 'papan-ketik-beranda-kosong');
  });

  it('asks before a change of screen loses a half-filled family', async () => {
    const { page } = session;
    await nav(page, 'Warga & Keluarga');
    await page.getByRole('link', { name: 'Daftarkan keluarga baru' }).click();
    await expect.poll(async () => (await focused(page)).name).toBe('noKk');
    await page.keyboard.type('6271010101150009');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Jl. Belum Disimpan No. 1');

    await nav(page, 'Usulan');
    const dialog = page.getByRole('dialog', { name: 'Isian belum disimpan' });
    await dialog.waitFor();
    await screenshot(page, 'papan-ketik-tanya-sebelum-pindah');
    expect(page.url()).toContain('#/warga/baru');
    await dialog.getByRole('button', { name: 'Tetap di sini' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('input[name="alamat"]').inputValue()).toBe(
      'Jl. Belum Disimpan No. 1',
    );

    // Leaving on purpose discards it.
    await nav(page, 'Usulan');
    await dialog.getByRole('button', { name: 'Tinggalkan tanpa menyimpan' }).click();
    await page.getByRole('heading', { name: 'Usulan', exact: true }).waitFor();
  });

  it('enters a family of three and its proposal with the keyboard only', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/`);
    await page.getByTestId('start-here').waitFor();
    await page.locator('body').focus();

    // From the Beranda's first steps to the family form.
    await tabTo(page, (e) => e.tag === 'a' && e.text === 'daftarkan keluarga', 'tautan keluarga');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Daftarkan keluarga baru' }).waitFor();

    // The cursor starts in the first field; Enter moves on to the members.
    await expect.poll(async () => (await focused(page)).name).toBe('noKk');
    await page.keyboard.type('6271010101150007');
    for (const value of ['Jl. Tjilik Riwut Km 5 Gg. Melati No. 12', '4', '3']) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }
    await page.keyboard.press('Enter');

    for (const [index, member] of MEMBERS.entries()) {
      await typeMember(page, member);
      await page.getByText(`Anggota ke-${index + 2}`).waitFor();
    }
    await screenshot(page, 'papan-ketik-keluarga');

    // Ctrl+S saves the family.
    await page.keyboard.press('Control+S');
    await page.getByRole('heading', { name: 'Keluarga Ahmad Fauzi' }).waitFor();
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(3);

    // The proposal, from the family page.
    await tabTo(page, (e) => e.tag === 'a' && e.text === 'Buat usulan', 'Buat usulan');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Usulan baru' }).waitFor();
    await tabTo(page, (e) => e.label === 'KTP', 'KTP');
    await page.keyboard.press('Space');
    await tabTo(page, (e) => e.label === 'Kartu Keluarga (KK)', 'KK');
    await page.keyboard.press('Space');
    await tabTo(page, (e) => e.label === 'Catatan', 'Catatan');
    await page.keyboard.type(
      'Datang sendiri ke kantor; suami buruh harian tanpa penghasilan tetap.',
    );
    await screenshot(page, 'papan-ketik-usulan');
    await page.keyboard.press('Control+S');
    await page.waitForURL(/#\/usulan\/(?!baru)[\w-]+$/);
    await page.getByText('Usulan tersimpan sebagai draf.').waitFor();
    await expect.poll(() => page.locator('#konten').innerText()).toContain('Ahmad Fauzi');
    await screenshot(page, 'papan-ketik-usulan-tersimpan');
  });

  it('puts the cursor on the first invalid field after a failed save', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/warga/baru`);
    await expect.poll(async () => (await focused(page)).name).toBe('noKk');
    await page.keyboard.press('Enter'); // to the member form
    await expect.poll(async () => (await focused(page)).name).toBe('nik');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tanpa NIK');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('nik');
    await screenshot(page, 'papan-ketik-kolom-salah');
  });
});
