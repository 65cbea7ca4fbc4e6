import { indexedDB } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRng, rowIdFromRng } from '../../demo/demo-rng';
import { isRowId, newId, rowIdSchema, TIME_ALPHABET, timePrefix } from './ids';

/** `newId()` made with the clock at `ms`. */
function newIdAt(ms: number): string {
  vi.useFakeTimers({ toFake: ['Date'], now: ms });
  return newId();
}

describe('newId', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is 21 URL-safe characters, shorter than a UUID', () => {
    for (let i = 0; i < 1_000; i++) expect(newId()).toMatch(/^[A-Za-z0-9_-]{21}$/);
  });

  it('does not repeat over 100,000 keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 100_000; i++) keys.add(newId());
    expect(keys.size).toBe(100_000);
  });

  it('sorts by the time it was made, in the order IndexedDB compares keys', () => {
    // Code-unit order, as indexedDB.cmp and JavaScript's < compare strings.
    expect([...TIME_ALPHABET].sort().join('')).toBe(TIME_ALPHABET);
    const times = [
      0,
      1,
      63,
      64,
      Date.UTC(2026, 11, 6, 23, 59, 59, 999),
      Date.UTC(2026, 11, 7),
      Date.now(),
      62 ** 8 - 1,
    ];
    for (let i = 1; i < times.length; i++) {
      const [earlier, later] = [newIdAt(times[i - 1] as number), newIdAt(times[i] as number)];
      expect(earlier < later, `${earlier} < ${later}`).toBe(true);
      expect(indexedDbOrder(earlier, later)).toBe(-1);
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 62 ** 8 - 2 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (ms, later) => newIdAt(ms) < newIdAt(Math.min(62 ** 8 - 1, ms + later)),
      ),
    );
  });

  it('never begins with "-" or "_" (a spreadsheet formula, a command-line option)', () => {
    for (const ms of [0, Date.now(), Date.UTC(2100, 0, 1), 62 ** 8 - 1])
      expect(newIdAt(ms)).toMatch(/^[0-9A-Za-z]{8}[A-Za-z0-9_-]{13}$/);
    expect(newId()).toMatch(/^[0-9A-Za-z]/);
  });

  it('starts with the time in eight characters; the rest is random', () => {
    const ms = Date.UTC(2026, 11, 7, 8, 30);
    expect(timePrefix(ms)).toHaveLength(8);
    const ids = Array.from({ length: 2_000 }, () => newIdAt(ms));
    for (const id of ids) {
      expect(id.slice(0, 8)).toBe(timePrefix(ms));
      expect(isRowId(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // The 13 random characters use the whole alphabet.
    expect(new Set(ids.map((id) => id.slice(8)).join('')).size).toBe(64);
  });

  it('uses the whole alphabet, so its bits are not wasted', () => {
    const seen = new Set(Array.from({ length: 2_000 }, () => newId()).join(''));
    expect(seen.size).toBe(64);
  });
});

/** IndexedDB's comparison of two string keys (fake-indexeddb's, which follows the standard). */
function indexedDbOrder(a: string, b: string): number {
  return indexedDB.cmp(a, b);
}

describe('rowIdSchema', () => {
  const schema = rowIdSchema();

  it('accepts every key the app makes: newId(), the demo keys, and UUIDs (older rows, batches)', () => {
    const rng = createRng(21);
    const keys = [
      ...Array.from({ length: 2_000 }, () => newId()),
      ...Array.from({ length: 100 }, () => crypto.randomUUID()),
      ...Array.from({ length: 100 }, () => rowIdFromRng(rng)),
      crypto.randomUUID().toUpperCase(),
    ];
    for (const key of keys) {
      expect(isRowId(key), key).toBe(true);
      expect(schema.safeParse(key).success, key).toBe(true);
    }
  });

  it('accepts any 21 characters of the nanoid alphabet', () => {
    const char = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
    );
    fc.assert(
      fc.property(fc.array(char, { minLength: 21, maxLength: 21 }), (chars) =>
        isRowId(chars.join('')),
      ),
    );
  });

  it.each([
    '',
    'x',
    newId().slice(1),
    `${newId()}a`,
    `${newId().slice(0, 20)}.`,
    `${newId().slice(0, 20)}/`,
    `${newId().slice(0, 20)}#`,
    '../../../../../../etc',
    'x#/pengaturan/akun/abc',
    `{${crypto.randomUUID()}}`,
    crypto.randomUUID().replace(/-/g, ''),
    `${crypto.randomUUID()}\n`,
    'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  ])('refuses %j', (key) => {
    expect(isRowId(key)).toBe(false);
    expect(schema.safeParse(key).success).toBe(false);
  });

  it('refuses what is not a string, with the message it was given', () => {
    for (const value of [null, undefined, 21, {}, [newId()]]) expect(isRowId(value)).toBe(false);
    const result = rowIdSchema('Nomor sesi musyawarah tidak sah').safeParse('../x');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Nomor sesi musyawarah tidak sah');
  });
});
