import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncTestServer } from '../sync-server/server';
import { baseUrl, hasChromium, screenshot, skipReason } from './support/browser';
import type { Session } from './support/browser';
import { closeOffice, openOffice, syncNow, type Office } from './support/sinkron';
import { completeFirstRun, TEST_IDENTITY } from './support/first-run';
import { writePrelistFixture } from './support/prelist-fixture';
import type { PrelistFixture } from './support/prelist-fixture';
import { agreeWithCurrent, nav, openMeetingWithGuest } from './support/setup';

if (!hasChromium) console.warn(skipReason);

/**
 * Issue 18: a meeting on two PCs of one office (two browser profiles, one CouchDB-protocol
 * server). One PC drives it at a time; a stale copy's edit of a locked meeting is refused.
 */

async function syncSettings(page: Page): Promise<void> {
  await nav(page, 'Pengaturan');
  await page.getByRole('tab', { name: 'Sinkronisasi kantor' }).click();
}

async function setUpSync(page: Page, server: SyncTestServer, database: string): Promise<void> {
  await syncSettings(page);
  await page.getByLabel('Alamat server').fill(server.url);
  await page.getByLabel('Nama database kantor').fill(database);
  await page.getByLabel('Nama pengguna server').fill(server.username);
  await page.getByLabel('Kata sandi server').fill(server.password);
  await page.getByLabel('Sinkronisasi aktif').check();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByTestId('sinkron-header').waitFor();
}

/** Switches this PC's office sync off or back on (its copy goes stale meanwhile). */
async function switchSync(page: Page, on: boolean): Promise<void> {
  await syncSettings(page);
  const box = page.getByLabel('Sinkronisasi aktif');
  await expect.poll(() => box.isChecked()).toBe(!on);
  if (on) await box.check();
  else await box.uncheck();
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page
    .getByTestId('sinkron-header')
    .waitFor({ state: on ? 'visible' : 'detached', timeout: 10_000 });
}

async function importPrelist(page: Page, fixture: PrelistFixture): Promise<void> {
  await page.goto(`${baseUrl}#/impor`);
  await page.getByRole('heading', { level: 2, name: 'Impor data warga' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles(fixture.path);
  const button = page.getByRole('button', { name: /^Impor [\d.]+ baris yang valid$/ });
  await button.waitFor({ timeout: 120_000 });
  await button.click();
  await page.getByTestId('import-done').waitFor({ timeout: 120_000 });
}

async function undecided(page: Page): Promise<number> {
  const text = await page.getByTestId('tally').innerText();
  return Number(/Belum diputuskan: (\d+)/.exec(text)?.[1] ?? NaN);
}

async function openConsole(page: Page, meetingUrl: string): Promise<void> {
  await page.goto(meetingUrl);
  await page.getByTestId('current-candidate').waitFor({ timeout: 20_000 });
}

describe.skipIf(!hasChromium)('musyawarah di dua PC: satu kemudi, salinan lama ditolak', () => {
  let office: Office | undefined;
  let server: SyncTestServer;
  let database = '';
  let a: Session;
  let b: Session;
  let meetingUrl = '';
  let fixture: PrelistFixture;

  beforeAll(async () => {
    fixture = writePrelistFixture({
      people: 10,
      bad: 0,
      seed: 18,
      kodeWilayah: TEST_IDENTITY.kodeWilayah,
      name: 'prelist-kemudi.xlsx',
    });
    office = await openOffice('dtks-kemudi');
    ({ server, database, a, b } = office);
    await completeFirstRun(b.page, { ...TEST_IDENTITY, operator: 'Dewi Lestari' });
  });

  afterAll(() => closeOffice(office));

  it('PC A drives the meeting; PC B sees who drives and cannot decide', async () => {
    await setUpSync(a.page, server, database);
    // The hall's laptop gets a name the other PCs show instead of its code.
    await a.page.getByLabel('Nama PC ini').fill('Laptop Aula');
    await a.page.getByRole('button', { name: 'Ganti nama PC' }).click();
    await a.page.getByText('Nama PC ini: Laptop Aula.').waitFor();
    await screenshot(a.page, 'sinkron-nama-pc');
    await setUpSync(b.page, server, database);
    await importPrelist(a.page, fixture);
    await openMeetingWithGuest(a.page);
    meetingUrl = a.page.url();
    await expect
      .poll(() => a.page.getByTestId('kemudi').innerText(), { timeout: 15_000 })
      .toContain('PC ini memegang kemudi');
    await syncNow(a.page);
    await syncNow(b.page);

    await openConsole(b.page, meetingUrl);
    await expect
      .poll(() => b.page.getByTestId('kemudi').innerText(), { timeout: 15_000 })
      .toMatch(/Musyawarah ini sedang dipimpin dari PC Laptop Aula sejak \d{2}\.\d{2}/);
    expect(await b.page.getByTestId('decide-layak').isDisabled()).toBe(true);
    // The keyboard does not decide either: it says why.
    const before = await undecided(b.page);
    const key = /\((\w)\)/.exec(await b.page.getByTestId('decide-layak').innerText())?.[1] ?? '';
    expect(key).toMatch(/^\w$/);
    await b.page.keyboard.press(key.toLowerCase());
    await b.page.getByText(/tidak memegang kemudi .*keputusan tidak dicatat di PC ini/).waitFor();
    expect(await undecided(b.page)).toBe(before);
    await screenshot(b.page, 'sinkron-kemudi-dipegang-pc-lain');
    // Nor does B change who came: the attendance belongs to the PC that drives.
    await b.page.getByRole('tab', { name: 'Peserta & kehadiran' }).click();
    await b.page.getByRole('button', { name: 'Tandai semua hadir' }).click();
    await b.page
      .getByText(/sedang dipimpin dari PC \w+ .*Peserta dan kehadiran hanya dapat diubah di PC itu/)
      .first()
      .waitFor();
    await screenshot(b.page, 'sinkron-kemudi-kehadiran-ditolak');

    // A decides every candidate.
    await a.page.bringToFront();
    const total = await undecided(a.page);
    expect(total).toBeGreaterThan(1);
    for (let left = total; left > 0; left -= 1) {
      await agreeWithCurrent(a.page);
      await expect.poll(() => undecided(a.page)).toBe(left - 1);
    }
    await screenshot(a.page, 'sinkron-kemudi-pc-ini');
  });

  it('a stale copy editing a locked meeting is refused; every PC ends with the locked version', async () => {
    await syncNow(a.page);
    await syncNow(b.page);
    await openConsole(b.page, meetingUrl);
    await expect.poll(() => undecided(b.page), { timeout: 15_000 }).toBe(0);
    const decidedTally = await a.page.getByTestId('tally').innerText();

    // B goes stale: its sync is off, so it decides on its own copy, as a single PC would.
    await switchSync(b.page, false);
    await openConsole(b.page, meetingUrl);
    await b.page.getByTestId('decide-tidak_layak').click();
    await b.page.getByRole('dialog').getByRole('button', { name: /^1\s/ }).waitFor();
    await b.page.keyboard.press('1');
    await expect.poll(() => b.page.getByTestId('tally').innerText()).not.toBe(decidedTally);

    // Meanwhile A locks the meeting and syncs.
    await a.page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    await a.page.getByText('Siap dikunci').waitFor();
    await a.page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
    await a.page.getByRole('dialog').getByRole('button', { name: 'Ya, kunci musyawarah' }).click();
    await a.page.getByTestId('content-hash').waitFor();
    const hash = await a.page.getByTestId('content-hash').getAttribute('data-hash');
    await syncNow(a.page);

    // B reconnects: its change is refused, with the reason, and it takes the locked version.
    await switchSync(b.page, true);
    await syncNow(b.page);
    await syncNow(b.page);
    await expect
      .poll(() => b.page.getByTestId('sinkron-konflik').innerText(), { timeout: 15_000 })
      .toMatch(/\d+ ditolak/i);
    await syncSettings(b.page);
    await expect
      .poll(() => b.page.getByTestId('sinkron-daftar').innerText())
      .toContain('ditolak: musyawarahnya sudah dikunci di PC lain');
    await screenshot(b.page, 'sinkron-salinan-lama-ditolak');

    await openConsole(b.page, meetingUrl);
    await b.page.getByText('Musyawarah sudah dikunci').first().waitFor();
    await expect.poll(() => b.page.getByTestId('tally').innerText()).toBe(decidedTally);
    await b.page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    await expect
      .poll(() => b.page.getByTestId('content-hash').getAttribute('data-hash'))
      .toBe(hash);

    // A's data is unchanged by B's attempt.
    await syncNow(a.page);
    await openConsole(a.page, meetingUrl);
    expect(await a.page.getByTestId('tally').innerText()).toBe(decidedTally);
    await a.page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
    expect(await a.page.getByTestId('content-hash').getAttribute('data-hash')).toBe(hash);
  });
});
