import { describe, expect, it } from 'vitest';
import type { BatchCheck } from '../../db/ekspor/read';
import type { Batch } from '@shared/domain/core/entities';
import { exportBlocker } from './BatchActions';

const batch = (state: Batch['state']) => ({ state }) as Batch;
const check = (overrides: Partial<BatchCheck> = {}): BatchCheck => ({
  report: { batchProblems: [], rows: [], errors: 0, warnings: 0, ok: true },
  stale: false,
  corrupt: false,
  excluded: [],
  ...overrides,
});

describe('why the export button is disabled', () => {
  it('allows a validated batch whose data did not change', () => {
    expect(exportBlocker(batch('tervalidasi'), check())).toBeNull();
  });

  it('names the errors, the changed data, or the broken hash', () => {
    const failing = check({
      report: { batchProblems: [], rows: [], errors: 2, warnings: 0, ok: false },
    });
    expect(exportBlocker(batch('disiapkan'), failing)).toMatch(/^Masih ada 2 kesalahan/);
    expect(exportBlocker(batch('tervalidasi'), check({ stale: true }))).toMatch(/Periksa ulang/);
    expect(exportBlocker(batch('tervalidasi'), check({ corrupt: true }))).toMatch(/hash/);
    expect(exportBlocker(batch('tervalidasi'), undefined)).toMatch(/Menunggu/);
  });

  it('lets an exported batch be downloaded again even when the register moved on', () => {
    expect(exportBlocker(batch('diekspor'), check({ stale: true }))).toBeNull();
  });
});
