import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingInputSchema } from '@shared/domain/meeting';
import { safeFileNameSchema } from '@shared/ipc/contract';
import { meetingFileName } from './meeting-print';

describe('meetingFileName', () => {
  it('names the document, number and date without slashes', () => {
    expect(
      meetingFileName('berita_acara', {
        number: '005/BA-MUSKEL/KEL-PHD/XI/2026',
        date: '2026-11-20',
      }),
    ).toBe('Berita Acara 005-BA-MUSKEL-KEL-PHD-XI-2026 2026-11-20.pdf');
  });

  it('is a name the save channel accepts for every number the meeting form allows', () => {
    // What the form stores: any text typed or pasted, trimmed, at most 80 characters.
    const numberSchema = meetingInputSchema.shape.number;
    const number = fc
      .string({ unit: 'binary', maxLength: 90 })
      .filter((value) => numberSchema.safeParse(value).success)
      .map((value) => numberSchema.parse(value));
    fc.assert(
      fc.property(fc.constantFrom('berita_acara', 'sptjm' as const), number, (kind, text) => {
        const name = meetingFileName(kind, { number: text, date: '2026-11-20' });
        expect(safeFileNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(true);
        expect(name.endsWith('.pdf')).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
