import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, uuidFromRng } from '../../demo/demo-rng';
import { isRowId, newId, rowIdSchema } from './ids';

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

describe('rowIdSchema', () => {
  const schema = rowIdSchema();

  it('accepts every key the app makes: newId(), crypto UUIDs and the demo UUIDs', () => {
    const rng = createRng(21);
    const keys = [
      ...Array.from({ length: 2_000 }, () => newId()),
      ...Array.from({ length: 100 }, () => crypto.randomUUID()),
      ...Array.from({ length: 100 }, () => uuidFromRng(rng)),
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
