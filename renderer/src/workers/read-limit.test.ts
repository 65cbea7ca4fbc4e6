import { describe, expect, it } from 'vitest';
import { readTimeLimit } from './read-limit';

describe('readTimeLimit', () => {
  it('gives a small file 40 s and a large one 10 s more per MB, and says so in seconds', () => {
    expect(readTimeLimit(11_092).ms).toBe(40_000);
    expect(readTimeLimit(50 * 1_048_576).ms).toBe(530_000);
    expect(readTimeLimit(11_092).message).toMatch(/^Berkas tidak selesai dibaca dalam 40 detik/);
    expect(readTimeLimit(11_092).message).toContain('simpan ulang sebagai .xlsx');
  });
});
