import { describe, expect, it } from 'vitest';
import { parseIdDtks } from './id-dtks';

describe('parseIdDtks', () => {
  it('accepts digits or letters and digits, trimmed, and empty for none', () => {
    expect(parseIdDtks('  3271012345678901234  ')).toEqual({
      ok: true,
      value: '3271012345678901234',
    });
    expect(parseIdDtks('DTSEN-62710110-000123')).toEqual({
      ok: true,
      value: 'DTSEN-62710110-000123',
    });
    expect(parseIdDtks('   ')).toEqual({ ok: true, value: '' });
  });

  it('refuses spaces inside, formula characters and other punctuation with a clear message', () => {
    expect(parseIdDtks('3271 0123')).toEqual({
      ok: false,
      reason: 'ID DTKS/DTSEN tidak boleh berisi spasi',
    });
    for (const formula of ['=HYPERLINK("x")', '+62', '-12', '@SUM(A1)']) {
      const result = parseIdDtks(formula);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain('tidak boleh diawali');
    }
    const odd = parseIdDtks('ID;123');
    expect(!odd.ok && odd.reason).toContain('hanya berisi angka dan huruf');
    expect(parseIdDtks('12--3').ok).toBe(false);
    expect(parseIdDtks('1'.repeat(41)).ok).toBe(false);
    expect(parseIdDtks('1'.repeat(40)).ok).toBe(true);
  });
});
