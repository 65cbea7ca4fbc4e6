import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { startSyncServer, type SyncTestServer } from '../../sync-server/server';
import { baseUrl, openSession, removeProfile, type Session } from './browser';
import { completeFirstRun } from './first-run';
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

/** An office of two PCs (two browser profiles) and the test server with its database. */
export type Office = { server: SyncTestServer; database: string; a: Session; b: Session };

/**
 * The test server with a new office database, and two PCs: A through its first run (identity
 * and admin), B on the app's first screen, for the spec to set up as it needs.
 */
export async function openOffice(databaseName: string): Promise<Office> {
  const server = await startSyncServer();
  const database = await server.createDatabase(databaseName);
  const a = await openSession();
  const b = await openSession();
  await a.page.goto(baseUrl);
  await completeFirstRun(a.page);
  await b.page.goto(baseUrl);
  return { server, database, a, b };
}

/** Both PCs closed and their profiles removed; the server stopped. */
export async function closeOffice(office: Office | undefined): Promise<void> {
  for (const session of [office?.a, office?.b]) {
    await session?.close();
    if (session) removeProfile(session.profileDir);
  }
  await office?.server.close();
}
