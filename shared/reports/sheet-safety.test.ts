import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, textCell, textCells } from './sheet-safety';

describe('neutralizeCell (CSV only)', () => {
  it.each(['=1+1', '+62 812', '-2+3', '@SUM(A1)', '\t=1', '=HYPERLINK("http://x")', '--1'])(
    'neutralises %s',
    (value) => {
      expect(neutralizeCell(value)).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text, a lone dash and numbers alone', () => {
    expect(neutralizeCell('Siti')).toBe('Siti');
    // An empty address written "-" cannot run; "'-" would reach the national system.
    expect(neutralizeCell('-')).toBe('-');
    expect(neutralizeCell(-5)).toBe(-5);
  });

  it('never leaves a string that a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const safe = String(neutralizeCell(value));
        expect(safe === '-' || !/^[=+\-@\t\r]/.test(safe)).toBe(true);
      }),
    );
  });
});

describe('textCell (XLSX)', () => {
  it('writes text as a text cell, exactly as given', () => {
    expect(textCell('-')).toEqual({ t: 's', v: '-' });
    expect(textCell('=HYPERLINK("http://x")')).toEqual({ t: 's', v: '=HYPERLINK("http://x")' });
    expect(textCell('6271011203900001')).toEqual({ t: 's', v: '6271011203900001' });
    expect(textCell(3)).toEqual({ t: 'n', v: 3 });
    expect(textCell(true)).toEqual({ t: 'b', v: true });
    expect(textCell(null)).toBeUndefined();
    expect(textCells([['a', 1, '=x']])).toEqual([
      [
        { t: 's', v: 'a' },
        { t: 'n', v: 1 },
        { t: 's', v: '=x' },
      ],
    ]);
  });

  it('keeps every string unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(textCell(value)).toEqual({ t: 's', v: value });
      }),
    );
  });
});
