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
import { completeFirstRun, TEST_ADMIN } from './support/first-run';
import { addLurahAndTrainingData, nav, TEST_LURAH } from './support/setup';

if (!hasChromium) console.warn(skipReason);

const currentName = (page: Page) =>
  page.getByTestId('current-candidate').getByRole('heading', { level: 3 }).innerText();

/** Sizes of text on the projector, as fractions of the screen's height. */
function measure(projector: Page) {
  return projector.evaluate(() => {
    const height = window.innerHeight;
    const name = document.querySelector('[data-testid="projector-name"]');
    const box = name?.getBoundingClientRect();
    const nameFont = name ? parseFloat(getComputedStyle(name).fontSize) : 0;
    let smallest = Infinity;
    let smallestText = '';
    const walker = document.createTreeWalker(
      document.querySelector('[data-testid="projector"]') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < smallest) {
        smallest = size;
        smallestText = node.textContent.trim();
      }
    }
    const list = document.querySelector('ol[aria-label="Daftar calon"]');
    const items = [...(list?.querySelectorAll('li') ?? [])];
    const listBottom = list?.getBoundingClientRect().bottom ?? 0;
    const lastBottom = items.at(-1)?.getBoundingClientRect().bottom ?? 0;
    const rowHeight = items[0]?.getBoundingClientRect().height ?? 0;
    const position = document.querySelector('[data-testid="projector-position"]')?.textContent;
    return {
      nameHeight: (box?.height ?? 0) / height,
      nameFont: nameFont / height,
      smallest: smallest / height,
      smallestText,
      rows: items.length,
      total: Number(/dari (\d+)/.exec(position ?? '')?.[1] ?? 0),
      listFits: lastBottom <= listBottom + 1,
      /** Room left under the last row, in rows: less than one when the list is fitted. */
      spareRows: rowHeight > 0 ? (listBottom - lastBottom) / rowHeight : 0,
      pageFits: document.documentElement.scrollHeight <= height,
    };
  });
}

describe.skipIf(!hasChromium)('proyektor: skala layar dan kunci otomatis', () => {
  let session: Session;
  let projector: Page;

  beforeAll(async () => {
    session = await openSession();
    // The idle time is the app's own (10 minutes); the test moves the clock instead of waiting.
    await session.context.clock.install();
    const { page, context } = session;
    await page.goto(baseUrl);
    await completeFirstRun(page);
    // 2,000 residents: a candidate list longer than any screen holds.
    await addLurahAndTrainingData(page, TEST_LURAH, '2.000');
    await nav(page, 'Musyawarah');
    await page.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
    await page.getByLabel('Notulis').fill('Dewi Lestari');
    await page.getByRole('button', { name: 'Buat sesi' }).click();
    await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
    await page.getByTestId('current-candidate').waitFor();
    [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Buka proyektor' }).click(),
    ]);
    await projector.getByTestId('projector-name').waitFor();
  }, 240_000);

  afterAll(async () => {
    const dir = session?.profileDir;
    await session?.close();
    if (dir) removeProfile(dir);
  });

  it.each([
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ])('sizes the type to a %i×%i screen', async (width, height) => {
    await projector.setViewportSize({ width, height });
    await expect.poll(() => projector.evaluate(() => window.innerHeight)).toBe(height);
    // The list re-measures on resize.
    await expect.poll(async () => (await measure(projector)).listFits).toBe(true);
    const sizes = await measure(projector);
    console.info(`proyektor ${width}×${height}:`, sizes);
    await projector.screenshot({ path: join(RESULTS_DIR, `proyektor-${width}x${height}.png`) });
    expect(sizes.nameFont).toBeGreaterThanOrEqual(0.06);
    expect(sizes.nameHeight).toBeGreaterThanOrEqual(0.06);
    expect(sizes.smallest, sizes.smallestText).toBeGreaterThanOrEqual(0.025);
    expect(sizes.pageFits).toBe(true);
    // The list uses the height it has: no row cut off, and no room left for another row.
    expect(sizes.total).toBeGreaterThan(sizes.rows);
    expect(sizes.rows).toBeGreaterThan(3);
    expect(sizes.spareRows).toBeLessThan(1);
  });

  it('fits whole rows at 1024×768 when decisions take a second line', async () => {
    const { page } = session;
    await projector.setViewportSize({ width: 1024, height: 768 });
    await page.bringToFront();
    await page.keyboard.press('Escape');
    // Decide four with the layak letter of each one's kind: "Disetujui dinonaktifkan" and
    // the like wrap under RT/RW, so the rows are no longer all as tall as the first.
    for (let i = 0; i < 4; i += 1) {
      const label = await page.getByTestId('decide-layak').innerText();
      const letter = /\(([A-Z])\)/.exec(label)?.[1] ?? 'L';
      const before = await page.getByTestId('tally').innerText();
      await page.keyboard.press(letter.toLowerCase());
      await expect.poll(() => page.getByTestId('tally').innerText()).not.toBe(before);
    }
    // Back to the first, so the decided rows are in the projector's list.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await measure(projector)).listFits).toBe(true);
    const sizes = await measure(projector);
    await projector.screenshot({ path: join(RESULTS_DIR, 'proyektor-1024x768-keputusan.png') });
    expect(sizes.rows).toBeGreaterThan(3);
  });

  it('keeps notifications to three, clear of the rows', async () => {
    const { page } = session;
    await page.keyboard.press('Escape');
    for (let press = 0; press < 5; press += 1) await page.keyboard.press('u');
    const toasts = page.locator('.mantine-Notification-root');
    await expect.poll(() => toasts.count()).toBeGreaterThan(0);
    await expect.poll(() => toasts.count()).toBeLessThanOrEqual(3);
    const navbar = await page.getByRole('navigation', { name: 'Navigasi utama' }).boundingBox();
    for (const box of await toasts.evaluateAll((all) =>
      all.map((toast) => toast.getBoundingClientRect().toJSON() as DOMRect),
    ))
      expect(box.right).toBeLessThanOrEqual((navbar?.x ?? 0) + (navbar?.width ?? 0));
    await screenshot(page, 'proyektor-notifikasi');
  });

  it('stays on while the facilitator window locks itself, and unlocks at the same candidate', async () => {
    const { page, context } = session;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const name = await currentName(page);
    await expect.poll(() => projector.getByTestId('projector-name').innerText()).toBe(name);

    await context.clock.fastForward('10:30');
    await page.getByRole('heading', { name: 'Aplikasi terkunci' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'proyektor-jendela-utama-terkunci');
    // The projector's own checks run every 5 s: give it several.
    for (let check = 0; check < 3; check += 1) {
      await context.clock.fastForward(6_000);
      await page.waitForTimeout(300);
      expect(await projector.getByText('Tampilan proyektor dijeda').count()).toBe(0);
      expect(await projector.getByTestId('projector-name').innerText()).toBe(name);
    }
    await projector.screenshot({ path: join(RESULTS_DIR, 'proyektor-saat-terkunci.png') });

    await page.locator('input[name="password"]').fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByRole('heading', { name: 'Aplikasi terkunci' }).waitFor({ state: 'detached' });
    expect(await currentName(page)).toBe(name);
  });

  it('blanks when the main window closes', async () => {
    // pagehide drops the markers; the storage event reaches the projector at once.
    await session.page.close({ runBeforeUnload: true });
    await projector.getByText('Tampilan proyektor dijeda').waitFor({ timeout: 15_000 });
  });
});
