import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEMO_KEY_EPOCH,
  chance,
  createRng,
  pick,
  pickWeighted,
  randomInt,
  rowIdFromRng,
} from './demo-rng';
import { isRowId, newId, timePrefix } from '../domain/core/ids';

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

describe('rowIdFromRng', () => {
  it('makes keys in the shape newId() makes: eight characters of time, thirteen random', () => {
    const rng = createRng('shape');
    for (let i = 0; i < 1000; i++) {
      const id = rowIdFromRng(rng);
      expect(isRowId(id), id).toBe(true);
      expect(id).toHaveLength(newId().length);
      expect(id.slice(0, 8)).toBe(timePrefix(DEMO_KEY_EPOCH + i));
      expect(id.slice(8)).toMatch(/^[A-Za-z0-9_-]{13}$/);
    }
  });

  it('is deterministic: the same seed gives the same keys', () => {
    const a = createRng('ids');
    const b = createRng('ids');
    for (let i = 0; i < 1000; i++) expect(rowIdFromRng(b)).toBe(rowIdFromRng(a));
  });

  it("sorts one generator's keys in the order it made them, as IndexedDB compares them", () => {
    const rng = createRng('order');
    const ids = Array.from({ length: 5_000 }, () => rowIdFromRng(rng));
    expect([...ids].sort()).toEqual(ids);
  });

  it('does not repeat over 100,000 draws, and uses the whole alphabet', () => {
    const rng = createRng('unique');
    const ids = new Set<string>();
    const random = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const id = rowIdFromRng(rng);
      ids.add(id);
      for (const char of id.slice(8)) random.add(char);
    }
    expect(ids.size).toBe(100_000);
    expect(random.size).toBe(64);
    // The random part differs even between two generators that share a time.
    expect(rowIdFromRng(createRng('x')).slice(8)).not.toBe(rowIdFromRng(createRng('y')).slice(8));
  });

  it('takes four draws per key, as the UUIDs before it did, so the rest of the data is unchanged', () => {
    const a = createRng('draws');
    const b = createRng('draws');
    rowIdFromRng(a);
    for (let i = 0; i < 4; i++) b();
    expect(a()).toBe(b());
  });
});
