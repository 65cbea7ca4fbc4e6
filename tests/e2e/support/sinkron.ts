import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * "Sinkronkan sekarang", then this run's own answer. An earlier run's "Sinkron selesai" or
 * "Sinkronisasi gagal" may still be on screen: it is closed first, so the wait is for this one.
 */
export async function syncNow(page: Page): Promise<void> {
  const said = page.locator('.mantine-Notification-root', {
    hasText: /Sinkron selesai|Sinkronisasi gagal/,
  });
  for (const close of await said.locator('.mantine-Notification-closeButton').all()) {
    await close.click().catch(() => undefined); // it may have closed by itself meanwhile
  }
  await expect.poll(() => said.count()).toBe(0);
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  await said.first().waitFor();
}
