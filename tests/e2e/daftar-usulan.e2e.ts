import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../shared/demo/demo-data';
import {
  baseUrl,
  hasChromium,
  openSession,
  removeProfile,
  screenshot,
  skipReason,
} from './support/browser';
import type { Session } from './support/browser';
import { completeFirstRun, TEST_IDENTITY } from './support/first-run';
import { writePrelistFixture } from './support/prelist-fixture';
import type { PrelistFixture } from './support/prelist-fixture';

if (!hasChromium) console.warn(skipReason);

const number = new Intl.NumberFormat('id-ID');
const BIG = { people: 4_000, seed: 20_26 };

async function goTo(page: Page, hash: string, heading: string) {
  if (page.url() === `${baseUrl}#${hash}`) await page.reload();
  else await page.goto(`${baseUrl}#${hash}`);
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
}

async function statValue(page: Page, label: string): Promise<number> {
  const text = await page.getByTestId('stat-card').filter({ hasText: label }).innerText();
  return Number((text.match(/[\d.]+/)?.[0] ?? '0').replace(/\./g, ''));
}

async function registry(page: Page) {
  await goTo(page, '/', 'Beranda');
  // The Beranda first shows the previous visit's figures while it counts again: wait
  // for the fresh ones.
  await page
    .getByTestId('recap-period')
    .filter({ hasText: /^Periode/ })
    .filter({ hasNotText: 'sedang diperbarui' })
    .waitFor();
  for (const label of ['Warga terdaftar', 'Keluarga terdaftar']) {
    await page
      .getByTestId('stat-card')
      .filter({ hasText: label })
      .filter({ hasText: /\d/ })
      .waitFor();
  }
  return {
    warga: await statValue(page, 'Warga terdaftar'),
    keluarga: await statValue(page, 'Keluarga terdaftar'),
  };
}

/** Every text the progress line shows, recorded by the page itself as it changes. */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __figures: string[] }).__figures = seen;
    const read = () => {
      const figure = document.querySelector('[data-testid="import-progress-figure"]');
      const text = figure?.textContent ?? '';
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    };
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const figures = (page: Page) =>
  page.evaluate(() => (window as unknown as { __figures: string[] }).__figures);

async function importFile(page: Page, fixture: PrelistFixture) {
  await goTo(page, '/impor', 'Impor data warga');
  await recordProgress(page);
  await page.locator('input[type="file"]').setInputFiles(fixture.path);
  const button = page.getByRole('button', { name: /^Impor [\d.]+ baris yang valid$/ });
  await button.waitFor({ timeout: 180_000 });
  const checking = await figures(page);
  await recordProgress(page);
  await button.click();
  await page.getByTestId('import-done').waitFor({ timeout: 180_000 });
  return { checking, saving: await figures(page) };
}

describe.skipIf(!hasChromium)('daftar usulan lengkap dan impor yang bisa dibatalkan', () => {
  let session: Session;
  let small: PrelistFixture;
  let big: PrelistFixture;
  const bigData = generateDemoData({
    seed: BIG.seed,
    people: BIG.people,
    kodeWilayah: TEST_IDENTITY.kodeWilayah,
  });
  let before: { warga: number; keluarga: number };

  beforeAll(async () => {
    small = writePrelistFixture({
      people: 120,
      bad: 0,
      seed: 7,
      kodeWilayah: TEST_IDENTITY.kodeWilayah,
      name: 'usulan-rt-01.xlsx',
    });
    big = writePrelistFixture({
      people: BIG.people,
      bad: 10,
      seed: BIG.seed,
      kodeWilayah: TEST_IDENTITY.kodeWilayah,
      name: 'prelist-besar.xlsx',
    });
    session = await openSession();
    await session.page.goto(baseUrl);
    await completeFirstRun(session.page);
    await importFile(session.page, small);
    before = await registry(session.page);
    expect(before.warga).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('shows moving figures in the clerk’s units while a large file is checked and saved', async () => {
    const { page } = session;
    const { checking, saving } = await importFile(page, big);
    console.info('[progres] periksa:', checking.join(' | '));
    console.info('[progres] simpan:', saving.join(' | '));
    const withFigure = (list: string[], unit: RegExp) =>
      list.filter((text) => /\d+ dari [\d.]+/.test(text) && unit.test(text));
    // The check moves through the registry lookup and the rows, never stuck at "0 dari".
    expect(withFigure(checking, /baris|NIK/).length).toBeGreaterThan(1);
    // The save counts people with a total that does not change.
    const people = withFigure(saving, /warga$/);
    expect(people.length).toBeGreaterThan(1);
    const totals = new Set(people.map((text) => text.match(/dari ([\d.]+)/)?.[1]));
    expect(totals.size).toBe(1);
    await screenshot(page, 'impor-besar-selesai');
  });

  it('lists every proposal, virtualised: more than 500 rows, reachable by scrolling', async () => {
    const { page } = session;
    await goTo(page, '/usulan', 'Usulan');
    const count = page.getByTestId('usulan-count');
    await expect.poll(() => count.innerText(), { timeout: 30_000 }).toMatch(/usulan$/);
    const total = Number((await count.innerText()).replace(/\D/g, ''));
    expect(total).toBeGreaterThan(500);
    const list = page.getByRole('list', { name: 'Daftar usulan' });
    expect(await list.getByRole('listitem').count()).toBeLessThan(80);
    await screenshot(page, 'usulan-daftar-lengkap');

    await page.getByTestId('virtual-list').evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    const last = list.locator(`[data-row-index="${total - 1}"]`);
    await last.waitFor({ timeout: 15_000 });
    expect(await last.innerText()).not.toContain('Memuat');
    await screenshot(page, 'usulan-daftar-akhir');
  });

  it('finds a proposal by name and by a NIK prefix, and filters by status', async () => {
    const { page } = session;
    const family = bigData.families[bigData.families.length - 3];
    const head = bigData.people.find((p) => p.familyId === family?.id && p.shdk === 1);
    if (!head) throw new Error('kepala keluarga tidak ada');
    await goTo(page, '/usulan', 'Usulan');
    const list = page.getByRole('list', { name: 'Daftar usulan' });
    const search = page.getByLabel('Cari usulan');

    await search.fill(head.nama);
    // The head's proposal can be in view before the search applies (the newest families'
    // proposals head the list): wait for the count to fall, not for the row to show.
    const shown = async () =>
      Number((await page.getByTestId('usulan-count').innerText()).replace(/\D/g, ''));
    await expect.poll(shown, { timeout: 15_000 }).toBeLessThan(20);
    expect(await shown()).toBeGreaterThan(0);
    await list.getByRole('listitem').filter({ hasText: head.nama }).first().waitFor();
    await screenshot(page, 'usulan-cari-nama');

    await search.fill(head.nik.slice(0, 12));
    await expect
      .poll(() => list.getByRole('listitem').filter({ hasText: head.nama }).count())
      .toBe(1);
    // The NIK stays masked in the list even when searched in full.
    expect(await list.innerText()).not.toContain(head.nik);
    await search.fill('');

    const tabs = page.getByRole('tab');
    const labels = await tabs.allInnerTexts();
    const counts = labels.map((text) =>
      Number(text.match(/\(([\d.]+)\)/)?.[1]?.replace(/\./g, '')),
    );
    const busiest = labels.findIndex(
      (_, index) => index > 0 && counts[index] === Math.max(...counts.slice(1)),
    );
    await tabs.nth(busiest).click();
    const name = (labels[busiest] ?? '').replace(/\s*\(.*$/, '');
    await expect
      .poll(() => page.getByTestId('usulan-count').innerText())
      .toBe(`${number.format(counts[busiest] ?? 0)} usulan`);
    const badges = list.getByTestId('status-badge');
    await badges.first().waitFor();
    for (const text of await badges.allInnerTexts())
      expect(text.toLowerCase()).toBe(name.toLowerCase());

    // No badge is cut: its label fits its box.
    await goTo(page, '/usulan?urut=status', 'Usulan');
    await badges.first().waitFor();
    const cut = await badges.evaluateAll(
      (elements) =>
        elements.filter((badge) => {
          const label = badge.querySelector('.mantine-Badge-label') ?? badge;
          return label.scrollWidth > label.clientWidth + 1;
        }).length,
    );
    expect(cut).toBe(0);
    await screenshot(page, 'usulan-urut-status');
  });

  it('undoes the large import from the import history: the registry is as before, and logged', async () => {
    const { page } = session;
    await goTo(page, '/impor', 'Impor data warga');
    const history = page.getByRole('table', { name: 'Riwayat impor' });
    const row = history.getByRole('row').filter({ hasText: 'prelist-besar' });
    await row.getByRole('button', { name: 'Batalkan impor' }).click();
    const dialog = page.getByRole('dialog', { name: /Batalkan impor prelist-besar/ });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('warga dan');
    await screenshot(page, 'impor-batalkan-konfirmasi');
    await dialog.getByRole('button', { name: 'Batalkan impor' }).click();
    await row.getByText(/^Dibatalkan/).waitFor({ timeout: 60_000 });
    // The small import is still there and can still be undone.
    await history
      .getByRole('row')
      .filter({ hasText: 'usulan-rt-01' })
      .getByRole('button', { name: 'Batalkan impor' })
      .waitFor();
    await screenshot(page, 'impor-riwayat-dibatalkan');

    expect(await registry(page)).toEqual(before);
    await goTo(page, '/log', 'Log aktivitas');
    await expect
      .poll(() => page.getByText(/Impor prelist-besar.*dibatalkan/).count())
      .toBeGreaterThan(0);
  });
});
