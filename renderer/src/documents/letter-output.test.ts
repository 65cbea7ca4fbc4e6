import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SKTM_TEMPLATE, formatLetterNumber } from '@shared/domain/surat/number';
import { safeFileNameSchema } from '@shared/ipc/contract';
import { letterSettingsSchema } from '../db/surat/settings-repository';
import { letterFileName } from './letter-output';

const TOKENS = ['{kode}', '{nomor:3}', '{kode_kelurahan}', '{bulan_romawi}', '{bulan}', '{tahun}'];

/** Templates the settings form accepts, with any text the office may type between tokens. */
const template = fc
  .tuple(
    fc.array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...TOKENS), weight: 3 },
        // Text typed or pasted into the form field: any character, a tab from a spreadsheet too.
        { arbitrary: fc.string({ maxLength: 8, unit: 'binary' }), weight: 1 },
      ),
      { maxLength: 18 },
    ),
    fc.nat(),
  )
  .map(([parts, at]) => {
    const rest = parts.filter((part) => part !== '{nomor:3}' && part !== '{tahun}');
    rest.splice(at % (rest.length + 1), 0, '{nomor:3}', '/{tahun}');
    return rest.join('');
  })
  .filter((value) => letterSettingsSchema.shape.template.safeParse(value).success);

const kode = fc.stringMatching(/^[A-Za-z0-9./-]{0,40}$/);
const kodeSurat = fc.stringMatching(/^[A-Za-z0-9.-]{0,20}$/);

describe('letterFileName', () => {
  it('names the default number without slashes', () => {
    const number = formatLetterNumber(DEFAULT_SKTM_TEMPLATE, {
      seq: 7,
      date: new Date(2026, 10, 21),
      code: '400.9.2',
      unitCode: 'KEL-PHD',
    });
    expect(letterFileName({ number })).toBe('SKTM 400.9.2-007-KEL-PHD-XI-2026');
  });

  it('cuts a long number and replaces a pasted tab instead of making an unsaveable name', () => {
    const template = '{kode}/{kode}/{kode}/{kode}/{kode}/{nomor:3}/{tahun}\tSKTM';
    const code = `400.9.2${'.1'.repeat(16)}`;
    expect(letterSettingsSchema.shape.template.safeParse(template).success).toBe(true);
    expect(letterSettingsSchema.shape.kode.safeParse(code).success).toBe(true);
    const number = formatLetterNumber(template, {
      seq: 1,
      date: new Date(2026, 10, 21),
      code,
      unitCode: 'KEL-PHD',
    });
    const name = letterFileName({ number });
    expect(name).toMatch(/^SKTM 400\.9\.2/);
    expect(name).not.toContain('\t');
    expect(safeFileNameSchema.safeParse(name).success).toBe(true);
  });

  it('is a name the save channel accepts for every number the settings allow', () => {
    fc.assert(
      fc.property(template, kode, kodeSurat, fc.nat({ max: 99_999 }), (text, code, unit, seq) => {
        const number = formatLetterNumber(text, {
          seq,
          date: new Date(2026, 10, 21),
          code,
          unitCode: unit,
        });
        const name = letterFileName({ number });
        expect(safeFileNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
