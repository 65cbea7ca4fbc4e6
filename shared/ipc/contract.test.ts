import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAllowedExternalUrl,
  MAX_SUGGESTED_NAME,
  safeFileNameSchema,
  saveFileRequestSchema,
  toSafeFileName,
} from './contract';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://siks.kemensos.go.id/',
    'https://kemensos.go.id',
    'https://cekbansos.kemensos.go.id/path?q=1#x',
    'https://www.bps.go.id/id',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'http://siks.kemensos.go.id/',
    'https://kemensos.go.id.evil.com/',
    'https://evilkemensos.go.id/',
    'https://user:pw@kemensos.go.id/',
    'https://kemensos.go.id@evil.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://kemensos.go.id\\@evil.com',
    '',
    'https://',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('file requests', () => {
  it('refuses names with folders or traversal', () => {
    for (const name of ['../x.pdf', 'a/b.pdf', 'a\\b.pdf', '.hidden', 'C:x.pdf', '']) {
      expect(safeFileNameSchema.safeParse(name).success, name).toBe(false);
    }
    expect(safeFileNameSchema.safeParse('SKTM 007-2026.pdf').success).toBe(true);
  });

  it('requires bytes', () => {
    expect(
      saveFileRequestSchema.safeParse({ suggestedName: 'a.pdf', kind: 'pdf', data: 'abc' }).success,
    ).toBe(false);
    expect(
      saveFileRequestSchema.safeParse({
        suggestedName: 'a.pdf',
        kind: 'pdf',
        data: new Uint8Array([1]),
      }).success,
    ).toBe(true);
  });
});

describe('toSafeFileName', () => {
  it('keeps a title readable', () => {
    expect(toSafeFileName('SKTM 400.9.2/007/KEL-PHD/XI/2026')).toBe(
      'SKTM 400.9.2-007-KEL-PHD-XI-2026',
    );
    expect(toSafeFileName('Berita\tAcara  005/BA')).toBe('Berita Acara 005-BA');
    expect(toSafeFileName('../..')).toBe('-..');
    expect(toSafeFileName(' . ')).toBe('dokumen');
    expect(toSafeFileName('x'.repeat(400))).toHaveLength(MAX_SUGGESTED_NAME);
  });

  it('always makes a name the save channel accepts, whatever the title holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 })),
        (title) => {
          const name = toSafeFileName(title);
          expect(safeFileNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(true);
          expect(name.length).toBeLessThanOrEqual(MAX_SUGGESTED_NAME);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
