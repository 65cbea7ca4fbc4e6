import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, MISSING_CHROMIUM_MESSAGE } from './chromium';

export const chromiumPath = inject('chromiumPath');
export const baseUrl = inject('baseUrl');
export const hasChromium = chromiumPath !== '';
export const skipReason = hasChromium ? '' : MISSING_CHROMIUM_MESSAGE;

export const RESULTS_DIR = 'test-results/e2e';

export type Session = {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  close: () => Promise<void>;
};

/**
 * A Chromium with a persistent profile directory, so IndexedDB survives
 * reloads and browser restarts exactly as it does on an office PC.
 */
export async function openSession(
  profileDir = mkdtempSync(join(tmpdir(), 'dtks-e2e-')),
): Promise<Session> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    profileDir,
    close: async () => {
      await context.close();
      if (errors.length > 0) console.warn('Kesalahan di halaman:', errors);
    },
  };
}

export function removeProfile(profileDir: string): void {
  rmSync(profileDir, { recursive: true, force: true });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  // A full-page capture draws the fixed header where the window is scrolled to, in the
  // middle of the page: capture from the top, then put the scroll back for the test.
  const scrolled = await page.evaluate(() => {
    const at = window.scrollY;
    window.scrollTo(0, 0);
    return at;
  });
  await page.screenshot({ path, fullPage: true });
  if (scrolled > 0) await page.evaluate((at) => window.scrollTo(0, at), scrolled);
  return path;
}
