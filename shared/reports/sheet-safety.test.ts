import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, neutralizeRows } from './sheet-safety';

describe('neutralizeCell', () => {
  it.each(['=1+1', '+62 812', '-2+3', '@SUM(A1)', '\t=1', '=HYPERLINK("http://x")'])(
    'neutralises %s',
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text and numbers alone', () => {
    expect(neutralizeCell('Siti')).toBe('Siti');
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeRows([['a', 1, '=x']])).toEqual([['a', 1, "'=x"]]);
  });

  it('never leaves a string that starts with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(/^[=+\-@\t\r]/.test(String(neutralizeCell(value)))).toBe(false);
      }),
    );
  });
});
