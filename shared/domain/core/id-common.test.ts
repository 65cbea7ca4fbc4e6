import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isDigits,
  isLeapYear,
  isRealDate,
  maskNumber,
  parseIsoDate,
  stripSeparators,
} from './id-common';

describe('stripSeparators', () => {
  it('removes spaces, non-breaking spaces, dots and hyphens', () => {
    expect(stripSeparators(' 6271 0112\u00a00390-0001 ')).toBe('6271011203900001');
    expect(stripSeparators('62.71.01.1001')).toBe('6271011001');
    expect(stripSeparators('62\u201371')).toBe('6271');
  });

  it('keeps letters and other symbols so they still fail validation', () => {
    expect(stripSeparators('62A1/01')).toBe('62A1/01');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const once = stripSeparators(value);
        expect(stripSeparators(once)).toBe(once);
      }),
    );
  });
});

describe('isDigits', () => {
  it('accepts only ASCII digits of the exact length', () => {
    expect(isDigits('123', 3)).toBe(true);
    expect(isDigits('1234', 3)).toBe(false);
    expect(isDigits('12a', 3)).toBe(false);
    expect(isDigits('１２３', 3)).toBe(false);
    expect(isDigits('', 0)).toBe(false);
  });
});

describe('calendar', () => {
  it('knows the Gregorian leap years', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2025)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('agrees with Date about which dates exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const date = new Date(Date.UTC(year, month - 1, day));
          const real =
            month >= 1 &&
            date.getUTCFullYear() === year &&
            date.getUTCMonth() === month - 1 &&
            date.getUTCDate() === day;
          expect(isRealDate(year, month, day)).toBe(real);
        },
      ),
    );
  });

  it('parses strict ISO calendar dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-2-9')).toBeUndefined();
    expect(parseIsoDate('2024-02-29T00:00:00Z')).toBeUndefined();
  });
});

describe('maskNumber', () => {
  it('shows only the last four characters by default', () => {
    expect(maskNumber('6271011203900001')).toBe('************0001');
  });

  it('takes another number of visible characters', () => {
    expect(maskNumber('6271011203900001', 6)).toBe('**********900001');
    expect(maskNumber('6271011203900001', 0)).toBe('****************');
  });

  it('masks short values entirely instead of showing them whole', () => {
    expect(maskNumber('1234')).toBe('****');
    expect(maskNumber('12')).toBe('**');
    expect(maskNumber('')).toBe('');
  });

  it('keeps the length and never reveals more than asked', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 20 }), (value, visible) => {
        const masked = maskNumber(value, visible);
        const chars = Array.from(value);
        expect(Array.from(masked)).toHaveLength(chars.length);
        const shown = Array.from(masked).filter((char, i) => char === chars[i] && char !== '*');
        expect(shown.length).toBeLessThanOrEqual(visible);
      }),
    );
  });
});
