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
});
