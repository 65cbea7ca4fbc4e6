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
import { completeFirstRun, signIn } from './support/first-run';
import { addLurahAndTrainingData, nav } from './support/setup';
import { seriousViolations } from './support/axe';

if (!hasChromium) console.warn(skipReason);

/** WCAG contrast of a computed `rgb(r, g, b)` colour against white. */
function contrastWithWhite(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

describe.skipIf(!hasChromium)('aksesibilitas: axe-core di setiap layar utama', () => {
  let session: Session;
  const found: Record<string, string[]> = {};

  async function check(page: Page, name: string): Promise<void> {
    // Let transitions and live queries settle before the scan.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const violations = await seriousViolations(page);
    // Dates are written for people ('12 Maret 1980'), never as in a file or month first.
    const rawDates = (await page.locator('body').innerText()).match(
      /\b\d{4}-\d{2}-\d{2}\b|\b\d{2}\/\d{2}\/\d{4}\b/g,
    );
    if (rawDates) violations.push(`tanggal mentah di layar: ${rawDates.slice(0, 5).join(', ')}`);
    if (violations.length > 0) found[name] = violations;
    if (process.env.E2E_AXE_SCREENSHOTS) await screenshot(page, `axe-${name}`);
  }

  async function go(page: Page, hash: string, ready: () => Promise<unknown>): Promise<void> {
    await page.goto(`${baseUrl}#${hash}`);
    await ready();
  }

  beforeAll(async () => {
    session = await openSession();
  });

  afterAll(async () => {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  });

  it('has no serious or critical violation (and no raw ISO date) on any main screen', async () => {
    const { page, context } = session;
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Selamat datang di DTKS Kelurahan' }).waitFor();
    await check(page, 'pertama-kali');
    await completeFirstRun(page);
    await addLurahAndTrainingData(page);

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk ke DTKS Kelurahan' }).waitFor();
    await check(page, 'masuk');
    // A text field with focus shows a 2px ring that stands out from white by at least 3:1.
    await page.getByLabel('Nama pengguna').focus();
    const ring = await page.getByLabel('Nama pengguna').evaluate((input) => {
      const style = getComputedStyle(input);
      return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
    });
    expect(ring.style).toBe('solid');
    expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
    expect(contrastWithWhite(ring.color)).toBeGreaterThanOrEqual(3);
    await signIn(page);

    await go(page, '/', () => page.getByTestId('rt-table').waitFor());
    await check(page, 'beranda');

    await nav(page, 'Warga');
    const firstFamily = page.locator('a[href*="#/warga/"]:not([href$="/baru"])').first();
    await firstFamily.waitFor();
    await check(page, 'warga');
    await firstFamily.click();
    await page.waitForURL(/#\/warga\/.+/);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await check(page, 'keluarga');

    const firstProposal = page.locator('a[href*="#/usulan/"]:not([href$="/baru"])').first();
    await go(page, '/usulan', () => firstProposal.waitFor());
    await check(page, 'usulan');
    await firstProposal.click();
    await page.waitForURL(/#\/usulan\/.+/);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await check(page, 'usulan-detail');

    await go(page, '/usulan/baru', () => page.getByRole('heading', { level: 2 }).first().waitFor());
    await check(page, 'usulan-baru');
    await go(page, '/warga/baru', () => page.locator('input[name="tanggalLahir"]').waitFor());
    await check(page, 'warga-baru');

    await go(page, '/impor', () => page.getByRole('heading', { level: 2 }).first().waitFor());
    await check(page, 'impor');
    await go(page, '/duplikat', () => page.getByRole('heading', { level: 2 }).first().waitFor());
    await check(page, 'duplikat');
    await go(page, '/log', () => page.getByTestId('log-count').waitFor());
    await check(page, 'log');

    // A meeting: its form, then the console and the projector.
    await nav(page, 'Musyawarah');
    await check(page, 'musyawarah');
    await page.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
    await page.getByLabel('Notulis').waitFor();
    await check(page, 'musyawarah-baru');
    await page.getByLabel('Notulis').fill('Dewi Lestari');
    await page.getByRole('button', { name: 'Buat sesi' }).click();
    await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
    await page.getByTestId('current-candidate').waitFor();
    await check(page, 'musyawarah-konsol');
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Buka proyektor' }).click(),
    ]);
    await projector.getByTestId('projector-name').waitFor();
    await check(projector, 'musyawarah-proyektor');
    await projector.close();
    // The whole list, drawn row by row as it scrolls (VirtualRows).
    await page.getByRole('tab', { name: 'Daftar calon' }).click();
    await page
      .getByRole('list', { name: 'Semua calon musyawarah' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await check(page, 'musyawarah-daftar-calon');
    // On a 1024-pixel screen the list scrolls sideways to its last column, "Keputusan",
    // instead of cutting it off, and a row's decision is there to read.
    await page.setViewportSize({ width: 1024, height: 768 });
    const calon = page.getByTestId('virtual-list');
    await calon.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const lastHeader = page.getByText('Keputusan', { exact: true }).first();
    const [box, view] = await Promise.all([lastHeader.boundingBox(), calon.boundingBox()]);
    expect(box && view && box.x + box.width <= view.x + view.width).toBe(true);
    // Each row clips what overflows it: the decision must lie inside its row, and in view.
    const cut = await page
      .getByTestId('calon-row')
      .first()
      .evaluate((row) => {
        const decision = row.lastElementChild?.getBoundingClientRect();
        const slot = row.closest('[data-index]')?.getBoundingClientRect();
        const list = row.closest('[data-testid="virtual-list"]')?.getBoundingClientRect();
        if (!decision || !slot || !list) return 'no row';
        return decision.right <= slot.right + 0.5 && decision.right <= list.right + 0.5
          ? ''
          : `decision ends at ${decision.right}, row at ${slot.right}, list at ${list.right}`;
      });
    expect(cut).toBe('');
    await screenshot(page, 'musyawarah-daftar-calon-1024');
    await page.setViewportSize({ width: 1366, height: 768 });

    await nav(page, 'Surat');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await check(page, 'surat');
    await page.getByRole('tab', { name: 'Buku agenda' }).click();
    await check(page, 'surat-agenda');

    await nav(page, 'Ekspor');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await check(page, 'ekspor');

    await nav(page, 'Pengaturan');
    await page.getByRole('tab', { name: 'Identitas kelurahan' }).waitFor();
    const names = await page.getByRole('tab').allInnerTexts();
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      await page.getByRole('tab', { name, exact: true }).click();
      await check(page, `pengaturan-${name}`);
    }

    const report = Object.entries(found)
      .map(([screen, lines]) => `${screen}:\n  ${lines.join('\n  ')}`)
      .join('\n');
    expect(report).toBe('');
  });
});
