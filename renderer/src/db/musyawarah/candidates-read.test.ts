import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/helpers';
import { meetingInput, seedOfficial, seedProposals } from '../testing/meeting-seed';
import { candidateTables, readCandidateRows } from './candidates-read';
import type { CandidateReadProgress } from './candidates-read';
import { createMeeting, loadMeetingCandidates } from './repository';

describe('readCandidateRows, read in order', () => {
  it('hands every name over first, then whole candidates from where the console stands', async () => {
    const db = freshDatabase();
    // 30 candidates: more than the first chunk (20), so the start matters.
    const names = Array.from({ length: 30 }, (_, i) => `Warga ${String(i + 1).padStart(2, '0')}`);
    await seedProposals(
      db,
      names.map((nama) => ({ nama })),
    );
    const meeting = await createMeeting(db, meetingInput(await seedOfficial(db)));
    const seen: CandidateReadProgress[] = [];
    const rows = await db.transaction('r', candidateTables(db), () =>
      readCandidateRows(db, { status: 'berlangsung' }, [], {
        startAt: () => 25,
        onProgress: (progress) => seen.push(progress),
      }),
    );

    // First: every candidate, sorted, none whole yet (no assessment read: no summary).
    const [first, second] = seen;
    expect([...(first?.rows.built.values() ?? [])].map((c) => c.nama)).toEqual(names);
    expect(first?.pending.size).toBe(30);
    // Then the first chunk, from where the console stands: 25 to the end, then 0 to 14.
    const whole = names
      .map((_, index) => index)
      .filter((index) => !second?.pending.has([...rows.built.keys()][index] ?? ''));
    expect(whole).toEqual([...Array.from({ length: 15 }, (_, i) => i), 25, 26, 27, 28, 29]);
    for (const index of whole) {
      const id = [...rows.built.keys()][index] ?? '';
      expect(second?.rows.built.get(id)).toEqual(rows.built.get(id));
    }
    // The pending ones are only named: their family size is not known yet.
    const waiting = [...(second?.pending ?? [])][0] ?? '';
    expect(second?.rows.built.get(waiting)?.familySize).toBe(0);
    expect(rows.built.get(waiting)?.familySize).toBeGreaterThan(0);

    // The whole read is what the meeting's one-query read gives.
    const read = await loadMeetingCandidates(db, meeting.id);
    expect([...rows.built.values()]).toEqual(read?.candidates);
  });
});
