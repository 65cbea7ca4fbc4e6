import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chance, createRng, pick, pickWeighted, randomInt, uuidFromRng } from './demo-rng';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const draw = (seed: number | string, count: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng());
};

describe('createRng', () => {
  it('repeats exactly for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
    expect(draw('demo', 100)).toEqual(draw('demo', 100));
  });

  it('differs between seeds, even neighbouring ones', () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
    expect(draw('a', 10)).not.toEqual(draw('b', 10));
  });

  it('returns floats in [0, 1) spread over the range', () => {
    const values = draw(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe('helpers', () => {
  it('randomInt stays within its inclusive bounds', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const rng = createRng(seed);
          for (let i = 0; i < 20; i++) {
            const value = randomInt(rng, min, min + span);
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(min);
            expect(value).toBeLessThanOrEqual(min + span);
          }
        },
      ),
    );
  });

  it('pickWeighted follows the weights and never picks a zero weight', () => {
    const rng = createRng('weights');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) {
      counts[
        pickWeighted(rng, [
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ]++;
    }
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.6);
    expect(counts.b / counts.a).toBeLessThan(3.4);
  });

  it('chance and pick behave at the edges', () => {
    const rng = createRng(3);
    expect(chance(rng, 0)).toBe(false);
    expect(chance(rng, 1)).toBe(true);
    expect(pick(rng, ['only'])).toBe('only');
    expect(() => pick(rng, [])).toThrow(RangeError);
    expect(() => pickWeighted(rng, [])).toThrow(RangeError);
  });
});

describe('uuidFromRng', () => {
  it('produces version-4 UUIDs, deterministically', () => {
    const a = createRng('ids');
    const b = createRng('ids');
    for (let i = 0; i < 1000; i++) {
      const id = uuidFromRng(a);
      expect(id).toMatch(UUID_V4);
      expect(uuidFromRng(b)).toBe(id);
    }
  });

  it('does not repeat over 100,000 draws', () => {
    const rng = createRng('unique');
    const ids = new Set<string>();
    for (let i = 0; i < 100_000; i++) ids.add(uuidFromRng(rng));
    expect(ids.size).toBe(100_000);
  });

  it('accepts any () => number in [0, 1), such as Math.random', () => {
    expect(uuidFromRng(Math.random)).toMatch(UUID_V4);
    expect(uuidFromRng(() => 0)).toBe('00000000-0000-4000-8000-000000000000');
    expect(uuidFromRng(() => 0.9999999999)).toMatch(UUID_V4);
  });
});
