import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { safeFileNameSchema } from '@shared/ipc/contract';
import { seedIdentity, seedLockedMeeting } from '../db/testing/batch-seed';
import { seedOfficial } from '../db/testing/meeting-seed';
import { freshDatabase } from '../db/testing/helpers';
import { meetingFileName, prepareMeetingDocument } from './meeting-print';

describe('meetingFileName', () => {
  it('names the document, number and date without slashes', () => {
    expect(
      meetingFileName('berita_acara', {
        number: '005/BA-MUSKEL/KEL-PHD/XI/2026',
        date: '2026-11-20',
      }),
    ).toBe('Berita Acara 005-BA-MUSKEL-KEL-PHD-XI-2026 2026-11-20.pdf');
  });

  it('is a name the save channel accepts for every number a meeting may carry', () => {
    // Meetings locked before issue 14.9 keep the number typed by hand: any text typed or
    // pasted, trimmed, at most 80 characters. Newer ones carry a register number, which
    // is such text too (a template of at most 120 characters, filled).
    const numberSchema = z.string().trim().max(200);
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

describe('prepareMeetingDocument', () => {
  async function locked(kind: 'berita_acara' | 'sptjm') {
    const db = freshDatabase();
    await seedIdentity(db);
    const chair = await seedOfficial(db);
    const { meeting } = await seedLockedMeeting(db, [{ decision: 'layak' }]);
    await db.meetings.update(meeting.id, { chairOfficialId: chair, kind });
    return { db, meetingId: meeting.id };
  }
  const options = { paper: 'A4', nikMode: 'masked' } as const;

  it('prints the document that legitimised the meeting', async () => {
    const { db, meetingId } = await locked('sptjm');
    const prepared = await prepareMeetingDocument(db, meetingId, 'sptjm', options);
    expect(prepared.fileName.startsWith('SPTJM ')).toBe(true);
    expect(prepared.rowCount).toBe(1);
  });

  it.each([
    ['berita_acara', 'sptjm'],
    ['sptjm', 'berita_acara'],
  ] as const)(
    'refuses a %s meeting printed as %s: the number belongs to the other document',
    async (kind, other) => {
      const { db, meetingId } = await locked(kind);
      await expect(prepareMeetingDocument(db, meetingId, other, options)).rejects.toThrow(
        /tidak dapat dicetak untuknya/,
      );
    },
  );
});
