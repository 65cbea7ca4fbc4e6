import { describe, expect, it } from 'vitest';
import { formatJam, normalizeJam } from './jam';

describe('normalizeJam', () => {
  it.each([
    ['9', '09:00'],
    ['09', '09:00'],
    ['0', '00:00'],
    ['9.30', '09:30'],
    ['09.30', '09:30'],
    ['09:30', '09:30'],
    [' 13 . 05 ', '13:05'],
    ['930', '09:30'],
    ['0930', '09:30'],
    ['2359', '23:59'],
  ])('reads %j as %s', (typed, time) => {
    expect(normalizeJam(typed)).toBe(time);
  });

  it.each(['', '24', '24.00', '9.60', '9.5', '12345', 'jam 9', '09:00 AM', '-1'])(
    'leaves %j as typed (trimmed) for the form to refuse',
    (typed) => {
      expect(normalizeJam(typed)).toBe(typed.trim());
    },
  );
});

describe('formatJam', () => {
  it('writes the time with a dot', () => {
    expect(formatJam('09:00')).toBe('09.00');
    expect(formatJam('')).toBe('');
  });
});
