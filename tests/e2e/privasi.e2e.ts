import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAV_ITEMS } from '../../renderer/src/app/routes';
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
import { addLurahAndTrainingData, agreeWithCurrent, nav } from './support/setup';

if (!hasChromium) console.warn(skipReason);

/**
 * The privacy scan (issue 21, point 5): with training data loaded, every
 * route and every tab of the app is opened and its visible text searched for
 * a full NIK or No. KK. Nothing is revealed on purpose, so any 16-digit run is
 * a leak; the one deliberate reveal at the end must be logged first.
 *
 * A run is 16 digits standing as one token, written plainly or in groups of
 * four (`6271 0101 1203 0001`, `6271.0101...`). Tokens that merely contain 16
 * digits are not numbers a reader could copy as a NIK: an 18-digit NIP (public,
 * printed under the Lurah's signature) or a hex hash.
 */
const SIXTEEN = /(?<![0-9A-Za-z])\d{4}([ .-]?)\d{4}\1\d{4}\1\d{4}(?![0-9A-Za-z])/g;

/** Visible text of the page plus the values of visible form fields. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fields = [
      ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'input:not([type="hidden"]):not([type="password"]), textarea',
      ),
    ]
      .filter((field) => field.offsetParent !== null)
      .map((field) => field.value);
    return [document.body.innerText, ...fields].join('\n');
  });
}

type Leak = { screen: string; run: string; context: string };

/** Route patterns of the app as declared in App.tsx and each feature's routes file. */
function declaredRoutes(): string[] {
  const read = (file: string) => readFileSync(`renderer/src/${file}`, 'utf8');
  const paths = (source: string) =>
    [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((m) => m[1]!);
  const features: Record<string, string> = {
    '/warga/*': 'features/warga/WargaRoutes.tsx',
    '/impor/*': 'features/impor/ImportRoutes.tsx',
    '/usulan/*': 'features/usulan/UsulanRoutes.tsx',
    '/musyawarah/*': 'features/musyawarah/MusyawarahRoutes.tsx',
    '/surat/*': 'features/surat/SuratRoutes.tsx',
    '/ekspor/*': 'features/ekspor/EksporRoutes.tsx',
  };
  const out: string[] = [];
  for (const path of paths(read('app/App.tsx'))) {
    if (path === '*') continue;
    const file = features[path];
    const base = path.replace(/\/\*$/, '');
    // A feature's index screen is its base path; a bare "/x/*" (the projector) is any path under it.
    out.push(file ? base : path);
    if (!file) continue;
    for (const child of paths(read(file))) {
      if (child !== '*') out.push(`${base}/${child}`);
    }
  }
  return out;
}

function matches(pattern: string, visited: string): boolean {
  let regex = '^';
  for (const part of pattern.split('/').filter(Boolean)) {
    if (part === '*') regex += '(?:/.*)?';
    else if (part.startsWith(':')) regex += part.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+';
    else regex += `/${part}`;
  }
  return new RegExp(`${regex}/?$`).test(visited);
}

/** The ids the detail screens need, read from the training database. */
async function trainingIds(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dtks-kelurahan-latihan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const first = (store: string) =>
      new Promise<{ id: string; familyId?: string } | undefined>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).openCursor();
        request.onsuccess = () =>
          resolve((request.result?.value as { id: string; familyId?: string }) ?? undefined);
        request.onerror = () => reject(request.error);
      });
    const [family, proposal, meeting, batch] = await Promise.all([
      first('families'),
      first('proposals'),
      first('meetings'),
      first('batches'),
    ]);
    db.close();
    return {
      familyId: family?.id ?? '',
      proposalId: proposal?.id ?? '',
      meetingId: meeting?.id ?? '',
      batchId: batch?.id ?? '',
    };
  });
}

async function countViews(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dtks-kelurahan-latihan');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ action: string; entity: string }[]>((resolve, reject) => {
      const request = db.transaction('audit').objectStore('audit').getAll();
      request.onsuccess = () => resolve(request.result as { action: string; entity: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.filter((row) => row.action === 'view' && row.entity === 'nik').length;
  });
}

async function undecided(page: Page): Promise<number> {
  const text = await page.getByTestId('tally').innerText();
  return Number(/Belum diputuskan: (\d+) dari/.exec(text)?.[1] ?? NaN);
}

function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

describe.skipIf(!hasChromium)(
  'privasi: tidak ada NIK/No. KK lengkap di layar tanpa dibuka tercatat',
  () => {
    let session: Session;
    const leaks: Leak[] = [];
    const visited: string[] = [];
    const scanned: string[] = [];

    async function scan(page: Page, screen: string): Promise<void> {
      // Let lazy screens load and live queries settle.
      await page
        .getByLabel('Memuat layar')
        .waitFor({ state: 'detached' })
        .catch(() => {});
      await page.waitForTimeout(500);
      scanned.push(screen);
      const text = await visibleText(page);
      for (const match of text.matchAll(SIXTEEN)) {
        const at = match.index ?? 0;
        leaks.push({
          screen,
          run: match[0],
          context: text.slice(Math.max(0, at - 40), at + 20).replace(/\s+/g, ' '),
        });
      }
    }

    /** Opens a route, scans it, then clicks each of its tabs in turn and scans again. */
    async function visit(page: Page, route: string): Promise<void> {
      await page.goto(`${baseUrl}#${route}`);
      await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
      visited.push(route);
      await scan(page, route);
      const tabs = page.getByRole('tab');
      const names = await tabs.allInnerTexts();
      for (const name of names) {
        const tab = page.getByRole('tab', { name, exact: true }).first();
        if ((await tab.count()) === 0 || (await tab.isDisabled())) continue;
        await tab.click();
        await scan(page, `${route} › ${name}`);
      }
    }

    beforeAll(async () => {
      session = await openSession();
    });

    afterAll(async () => {
      await session?.close();
      if (session) removeProfile(session.profileDir);
    });

    it('fills the training database and takes it through a meeting, a batch and a letter', async () => {
      const { page } = session;
      await page.goto(baseUrl);
      await completeFirstRun(page);
      await addLurahAndTrainingData(page);

      await nav(page, 'Musyawarah');
      await page.getByRole('link', { name: 'Sesi musyawarah baru' }).click();
      await page.getByLabel('Jam selesai').fill('12:30');
      await page.getByLabel('Notulis').fill('Dewi Lestari');
      await page.getByRole('button', { name: 'Buat sesi' }).click();
      await page.getByRole('button', { name: 'Undang dari daftar kontak' }).click();
      const picker = page.getByRole('dialog', { name: 'Undang dari daftar kontak' });
      await picker.getByRole('button', { name: /Pilih semua yang tampil/ }).click();
      await picker.getByRole('button', { name: /^Undang \d+ orang$/ }).click();
      await picker.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Tandai semua hadir' }).click();
      await page.getByRole('tab', { name: 'Jalannya musyawarah' }).click();
      await page.getByTestId('current-candidate').waitFor();
      const total = await undecided(page);
      for (let left = total; left > 0; left -= 1) {
        await agreeWithCurrent(page);
        await expect.poll(() => undecided(page)).toBe(left - 1);
      }
      await page.getByRole('tab', { name: 'Finalisasi & cetak' }).click();
      await page.getByText('Siap dikunci').waitFor();
      await page.getByRole('button', { name: 'Kunci musyawarah…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: /kunci/i }).click();
      await page.getByTestId('content-hash').waitFor();

      await nav(page, 'Ekspor');
      await page.getByRole('button', { name: 'Buat batch' }).click();
      const dialog = page.getByRole('dialog', { name: 'Buat batch dari musyawarah' });
      await dialog.getByRole('button', { name: /^Buat batch dari musyawarah/ }).click();
      await dialog.waitFor({ state: 'detached' });

      await nav(page, 'Surat');
      await page.getByLabel('Cari warga yang memohon surat').fill('6271');
      const results = page.getByTestId('sktm-search-results');
      await results.waitFor();
      await results
        .locator('tbody tr')
        .first()
        .getByRole('button', { name: /^Pilih / })
        .click();
      await page.getByTestId('sktm-preview').waitFor();
      await scan(page, '/surat (warga dipilih, pratinjau)');
      await page.getByLabel('Nomor surat pengantar RT/RW').fill('12/RT.003/XI/2026');
      await page.getByLabel('Tanggal surat pengantar').fill(today());
      await page.getByRole('button', { name: 'Terbitkan surat' }).click();
      await page.getByTestId('issued-number').waitFor();
      await scan(page, '/surat (surat terbit)');
    });

    it('no screen shows a full NIK or No. KK unrevealed', async () => {
      const { page, context } = session;
      const ids = await trainingIds(page);
      expect(Object.values(ids).every(Boolean)).toBe(true);

      const routes = [
        ...new Set([
          ...NAV_ITEMS.flatMap((item) => [item.path, ...(item.children ?? []).map((c) => c.path)]),
          '/warga/baru',
          `/warga/${ids.familyId}`,
          '/impor',
          '/duplikat',
          '/log',
          '/usulan/baru',
          `/usulan/${ids.proposalId}`,
          '/musyawarah/baru',
          ...['sesi', 'peserta', 'calon', 'jalannya', 'hasil'].map(
            (tab) => `/musyawarah/${ids.meetingId}/${tab}`,
          ),
          '/surat/agenda',
          '/surat/verifikasi',
          '/surat/pengaturan',
          `/ekspor/batch/${ids.batchId}`,
          '/ekspor/ditolak',
          '/ekspor/pengaturan',
        ]),
      ];
      for (const route of routes) await visit(page, route);

      // The meeting console with its projector window, as the room sees it.
      await page.goto(`${baseUrl}#/musyawarah/${ids.meetingId}/jalannya`);
      await page.getByTestId('current-candidate').waitFor();
      const [projector] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: 'Buka proyektor' }).click(),
      ]);
      await projector.getByTestId('projector').waitFor();
      visited.push(new URL(projector.url()).hash.slice(1));
      await scan(projector, 'proyektor');
      await projector.close();

      // Every route the app declares was opened.
      const missing = declaredRoutes().filter(
        (pattern) => !visited.some((route) => matches(pattern, route)),
      );
      expect(missing).toEqual([]);

      console.info(`Pindai privasi: ${scanned.length} layar/tab dari ${visited.length} rute`);
      if (leaks.length > 0) await screenshot(page, 'privasi-bocor');
      expect(leaks).toEqual([]);
    });

    it('a full NIK shows only after a logged reveal (proposal detail)', async () => {
      const { page } = session;
      const { proposalId } = await trainingIds(page);
      await page.goto(`${baseUrl}#/usulan/${proposalId}`);
      const button = page.getByRole('button', { name: /^Tampilkan NIK / });
      await button.first().waitFor();
      const before = await countViews(page);
      expect((await visibleText(page)).match(SIXTEEN)).toBeNull();
      await button.first().click();
      await expect.poll(async () => (await visibleText(page)).match(SIXTEEN)?.length ?? 0).toBe(1);
      expect(await countViews(page)).toBe(before + 1);
      await screenshot(page, 'privasi-usulan-nik-dibuka');
    });
  },
);
