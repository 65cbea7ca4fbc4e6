import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../renderer/src/workers/spreadsheet-read';

/** Inputs that `npm run fuzz` found, kept so they stay fixed (tests/fixtures/fuzz). */

const finding = (name: string) =>
  new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures/fuzz', name)));

describe('fuzz findings', () => {
  it('a damaged XLS declaring 51,467 columns is refused at once, not read for a second', async () => {
    await readSpreadsheet(new TextEncoder().encode('a,b\n1,2\n')); // loads SheetJS
    const started = performance.now();
    const result = await readSpreadsheet(finding('xls-51467-kolom.bin'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('lebih dari 16.384 kolom');
  });

  it('a damaged XLS declaring 620 million rows for 9 is read as its 9 rows', async () => {
    // Before, every declared row became a blank row: the fuzz worker ran out of memory.
    const started = performance.now();
    const result = await readSpreadsheet(finding('xls-620-juta-baris.bin'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.ok && result.table.rows.length).toBeLessThan(10);
  });

  it.each([
    ['xls-rumus-tak-berujung.bin', 'an XLS formula ending inside a token'],
    ['xls-rumus-tak-berujung-2.bin', 'an XLS formula ending inside a token'],
    ['xlsx-zip-tak-berujung.bin', 'an XLSX whose zip gives a code no bits'],
  ])('a damaged file is read or refused, not looped over for ever: %s (%s)', async (name) => {
    // SheetJS 0.20.3 looped for ever on each (parse_Rgce, inflate; scripts/patch-xlsx.mjs
    // fixes both at install). Both of its builds are tried in a child process first, so a
    // regression fails here after 20 s instead of freezing the whole test run.
    const file = `tests/fixtures/fuzz/${name}`;
    // The very call spreadsheet-read.ts makes: a Uint8Array, type 'array' (a Buffer takes
    // another path, which one of these files does not loop on).
    const read = `try { XLSX.read(new Uint8Array(require('node:fs').readFileSync('${file}')), { type: 'array', dense: true }); } catch {}`;
    for (const [how, script] of [
      ['xlsx.js', `const XLSX = require('xlsx'); ${read}`],
      [
        'xlsx.mjs',
        `import * as XLSX from 'xlsx'; import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${read}`,
      ],
    ] as const) {
      const args = how === 'xlsx.mjs' ? ['--input-type=module', '-e', script] : ['-e', script];
      const child = spawnSync(process.execPath, args, { timeout: 20_000, encoding: 'utf8' });
      expect({ how, timedOut: child.error !== undefined, status: child.status }).toEqual({
        how,
        timedOut: false,
        status: 0,
      });
    }
    const started = performance.now();
    const result = await readSpreadsheet(finding(name));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(typeof result.ok).toBe('boolean');
  });
});
