import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('is 21 URL-safe characters, shorter than a UUID', () => {
    for (let i = 0; i < 1_000; i++) expect(newId()).toMatch(/^[A-Za-z0-9_-]{21}$/);
  });

  it('does not repeat over 100,000 keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 100_000; i++) keys.add(newId());
    expect(keys.size).toBe(100_000);
  });

  it('uses the whole alphabet, so its bits are not wasted', () => {
    const seen = new Set(Array.from({ length: 2_000 }, () => newId()).join(''));
    expect(seen.size).toBe(64);
  });
});
