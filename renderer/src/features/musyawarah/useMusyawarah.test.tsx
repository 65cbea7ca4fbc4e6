import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseContext } from '../../kit/database-context';
import type { DtksDatabase } from '../../db/core/database';
import {
  createMeeting,
  loadMeetingCandidates,
  recordDecision,
  undoLastDecision,
} from '../../db/musyawarah/repository';
import { seedIdentity } from '../../db/testing/batch-seed';
import { meetingInput, seedOfficial, seedProposals } from '../../db/testing/meeting-seed';
import { freshDatabase } from '../../db/testing/helpers';
import { useMeetingCandidates } from './useMusyawarah';

afterEach(cleanup);

function mount(db: DtksDatabase, meetingId: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseContext.Provider value={{ db, kind: 'real' }}>{children}</DatabaseContext.Provider>
  );
  return renderHook(() => useMeetingCandidates(meetingId), { wrapper });
}

/** What the console shows must be what the one-query read gives, whatever was decided. */
async function expectSameAsRead(
  db: DtksDatabase,
  meetingId: string,
  view: ReturnType<typeof mount>,
) {
  const read = await loadMeetingCandidates(db, meetingId);
  await waitFor(() => {
    expect(view.result.current?.decisions).toEqual(read?.decisions);
    expect(view.result.current?.candidates).toEqual(read?.candidates);
    expect(view.result.current?.decidedElsewhereIds).toEqual(read?.decidedElsewhereIds);
  });
}

describe('useMeetingCandidates', () => {
  it('follows decisions, their undo, and a decided proposal that left the open list', async () => {
    const db = freshDatabase();
    await seedIdentity(db);
    const proposals = await seedProposals(db, [
      { nama: 'Ani' },
      { nama: 'Budi' },
      { suspended: true, nama: 'Dibekukan' },
    ]);
    const chair = await seedOfficial(db);
    const meeting = await createMeeting(db, meetingInput(chair));
    const view = mount(db, meeting.id);
    await expectSameAsRead(db, meeting.id, view);
    expect(view.result.current?.candidates.map((c) => c.nama)).toEqual(['Ani', 'Budi']);
    const listed = view.result.current?.candidates;

    await recordDecision(db, {
      meetingId: meeting.id,
      proposalId: proposals[0]!.id,
      decision: 'layak',
      reason: '',
      windowId: 'konsol',
    });
    await expectSameAsRead(db, meeting.id, view);
    expect(view.result.current?.decisions.map((d) => d.proposalId)).toEqual([proposals[0]!.id]);
    // A decision changes no candidate: the list keeps its array (the console's memoised lists).
    expect(view.result.current?.candidates).toBe(listed);

    // Decided, then no longer open (as a lock elsewhere leaves it): still listed here.
    await db.proposals.update(proposals[0]!.id, { status: 'dikirim' });
    await expectSameAsRead(db, meeting.id, view);
    expect(view.result.current?.candidates.map((c) => c.nama)).toEqual(['Ani', 'Budi']);

    await undoLastDecision(db, meeting.id, 'konsol');
    await expectSameAsRead(db, meeting.id, view);
    expect(view.result.current?.candidates.map((c) => c.nama)).toEqual(['Budi']);
  });
});
