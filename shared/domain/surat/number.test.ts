import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLetterTemplate,
  DEFAULT_SKTM_TEMPLATE,
  formatLetterNumber,
  MAX_NUMBER_WIDTH,
  romanMonth,
} from './number';

const ctx = (seq: number, date = new Date(2026, 10, 27)) => ({
  seq,
  date,
  code: '400.9.2',
  unitCode: 'KEL-PHD',
});

describe('formatLetterNumber', () => {
  it('fills the domain example', () => {
    expect(formatLetterNumber(DEFAULT_SKTM_TEMPLATE, ctx(7))).toBe('400.9.2/007/KEL-PHD/XI/2026');
  });

  it('pads {nomor:N} and leaves {nomor} unpadded, never truncating a long sequence', () => {
    expect(formatLetterNumber('{nomor}', ctx(7))).toBe('7');
    expect(formatLetterNumber('{nomor:4}', ctx(7))).toBe('0007');
    expect(formatLetterNumber('{nomor:2}', ctx(1234))).toBe('1234');
  });

  it('writes the month in two digits and in Roman numerals, the year in four', () => {
    expect(formatLetterNumber('{bulan}-{bulan_romawi}-{tahun}', ctx(1, new Date(2027, 0, 3)))).toBe(
      '01-I-2027',
    );
    expect(
      Array.from({ length: 12 }, (_, m) =>
        formatLetterNumber('{bulan_romawi}', ctx(1, new Date(2026, m, 15))),
      ),
    ).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    expect(romanMonth(13)).toBe('?');
  });

  it('keeps unknown tokens and text as typed', () => {
    expect(formatLetterNumber('SKTM-{nomor}-{foo}/{tahun}', ctx(3))).toBe('SKTM-3-{foo}/2026');
    expect(formatLetterNumber('{kode:3}', ctx(3))).toBe('{kode:3}');
  });

  it('never crashes and always puts the sequence in when the template has {nomor}', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (text, seq, width, date, code, unitCode) => {
          const template = `${text}{nomor:${width}}`;
          const out = formatLetterNumber(template, { seq, date, code, unitCode });
          const padded = String(seq).padStart(Math.min(width, MAX_NUMBER_WIDTH), '0');
          expect(out.endsWith(padded)).toBe(true);
          expect(out.length).toBeLessThan(template.length + 200);
        },
      ),
    );
  });

  it('never crashes on arbitrary templates, sequences and dates, even invalid ones', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc
            .array(
              fc.constantFrom(
                '{kode}',
                '{nomor}',
                '{nomor:3}',
                '{nomor:999999999999}',
                '{kode_kelurahan}',
                '{bulan_romawi}',
                '{bulan}',
                '{tahun}',
                '{',
                '}',
                '/',
                'x',
              ),
              { maxLength: 12 },
            )
            .map((parts) => parts.join('')),
        ),
        fc.oneof(fc.integer(), fc.double()),
        fc.date(),
        (template, seq, date) => {
          const out = formatLetterNumber(template, { seq, date, code: 'K', unitCode: 'U' });
          expect(typeof out).toBe('string');
        },
      ),
    );
  });

  it('gives distinct numbers for distinct sequences in the same year (no collisions)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 0, max: 11 }),
        (a, b, month) => {
          fc.pre(a !== b);
          const date = new Date(2026, month, 1);
          expect(formatLetterNumber(DEFAULT_SKTM_TEMPLATE, ctx(a, date))).not.toBe(
            formatLetterNumber(DEFAULT_SKTM_TEMPLATE, ctx(b, date)),
          );
        },
      ),
    );
  });
});

describe('checkLetterTemplate', () => {
  it('accepts the default template', () => {
    expect(checkLetterTemplate(DEFAULT_SKTM_TEMPLATE)).toEqual([]);
  });

  it('refuses templates that could repeat a number', () => {
    expect(checkLetterTemplate('{kode}/{tahun}').map((p) => p.message)).toContain(
      'Format harus memuat {nomor} tepat satu kali',
    );
    expect(
      checkLetterTemplate('{kode}/{nomor:3}')
        .map((p) => p.message)
        .join(),
    ).toContain('{tahun}');
    expect(checkLetterTemplate('')).toHaveLength(1);
  });

  it('names unknown tokens, bad widths and unbalanced braces', () => {
    const messages = checkLetterTemplate('{nomor:0}/{tahun}/{bln}/{kode:2}/{').map(
      (p) => p.message,
    );
    expect(messages).toContain('Kode {bln} tidak dikenal');
    expect(messages).toContain(`Lebar nomor harus 1 sampai ${MAX_NUMBER_WIDTH} digit`);
    expect(messages).toContain('Hanya {nomor} yang boleh diberi lebar digit');
    expect(messages).toContain('Ada kurung kurawal { } yang tidak lengkap');
  });
});
