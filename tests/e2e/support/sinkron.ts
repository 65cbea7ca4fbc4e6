import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { nav } from './setup';

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

/** Pengaturan → Sinkronisasi kantor filled in and switched on (the settings spec tests the form). */
export async function enableSync(
  page: Page,
  server: { url: string; username: string; password: string },
  database: string,
): Promise<void> {
  await nav(page, 'Pengaturan');
  await page.getByRole('tab', { name: 'Sinkronisasi kantor' }).click();
  await page.getByLabel('Alamat server').fill(server.url);
  await page.getByLabel('Nama database kantor').fill(database);
  await page.getByLabel('Nama pengguna server').fill(server.username);
  await page.getByLabel('Kata sandi server').fill(server.password);
  await page.getByLabel('Sinkronisasi aktif').check();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.getByTestId('sinkron-header').waitFor();
}
