import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DtksDatabase } from '../../db/core/database';
import { createMeeting, listDecisions } from '../../db/musyawarah/repository';
import { freshDatabase } from '../../db/testing/helpers';
import { meetingInput, seedOfficial, seedProposals } from '../../db/testing/meeting-seed';
import { DatabaseContext } from '../../kit/database-context';
import { useConsoleDecisions } from './useConsoleDecisions';
import type { ConsoleDecisionsInput } from './useConsoleDecisions';

const show = vi.hoisted(() => vi.fn());
vi.mock('@mantine/notifications', () => ({ notifications: { show } }));

beforeEach(() => show.mockClear());

async function setup(overrides: Partial<ConsoleDecisionsInput> = {}) {
  const db = freshDatabase();
  const [proposal] = await seedProposals(db, [{ nama: 'Ani' }]);
  const meeting = await createMeeting(db, meetingInput(await seedOfficial(db)));
  const onDecided = vi.fn();
  const onUndone = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseContext.Provider value={{ db, kind: 'real' }}>{children}</DatabaseContext.Provider>
  );
  const props: ConsoleDecisionsInput = {
    meetingId: meeting.id,
    current: { proposalId: proposal?.id ?? '', nama: 'Ani' },
    vocabulary: 'usulan',
    onDecided,
    onUndone,
    ...overrides,
  };
  const hook = renderHook(() => useConsoleDecisions(props), { wrapper });
  return { db, meeting, proposalId: props.current?.proposalId ?? '', onDecided, onUndone, hook };
}

const decisionsOf = (db: DtksDatabase, meetingId: string) => listDecisions(db, meetingId);

describe('console decisions', () => {
  it('saves a decision once even when the key is pressed twice, then moves on', async () => {
    const { db, meeting, onDecided, hook } = await setup();
    act(() => {
      hook.result.current.pressLetter('L');
      hook.result.current.pressLetter('L');
    });
    await waitFor(() => expect(onDecided).toHaveBeenCalledOnce());
    const rows = await decisionsOf(db, meeting.id);
    expect(rows.map((row) => row.decision)).toEqual(['layak']);
  });

  it('asks for a reason before a refusal and saves it with the reason given', async () => {
    const { db, meeting, onDecided, hook } = await setup();
    act(() => hook.result.current.choose('tidak_layak'));
    expect(hook.result.current.asking).toBe('tidak_layak');
    expect(await decisionsOf(db, meeting.id)).toEqual([]);

    act(() => hook.result.current.confirmReason('Mampu secara ekonomi'));
    await waitFor(() => expect(onDecided).toHaveBeenCalledOnce());
    expect(hook.result.current.asking).toBeNull();
    const [row] = await decisionsOf(db, meeting.id);
    expect(row).toMatchObject({ decision: 'tidak_layak', reason: 'Mampu secara ekonomi' });
  });

  it('refuses a letter of another kind with a hint, and decides nothing', async () => {
    const { db, meeting, hook } = await setup();
    act(() => hook.result.current.pressLetter('S'));
    expect(show).toHaveBeenCalledWith(
      expect.objectContaining({
        message: expect.stringContaining('Tombol S bukan untuk calon ini'),
      }),
    );
    expect(hook.result.current.asking).toBeNull();
    expect(await decisionsOf(db, meeting.id)).toEqual([]);
  });

  it('takes back this window’s last decision and says when there is none', async () => {
    const { db, meeting, proposalId, onDecided, onUndone, hook } = await setup();
    await act(() => hook.result.current.undo());
    expect(onUndone).not.toHaveBeenCalled();
    expect(show).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: expect.stringContaining('Tidak ada keputusan') }),
    );

    act(() => hook.result.current.choose('layak'));
    await waitFor(() => expect(onDecided).toHaveBeenCalledOnce());
    await act(() => hook.result.current.undo());
    expect(onUndone).toHaveBeenCalledExactlyOnceWith(proposalId);
    expect(await decisionsOf(db, meeting.id)).toEqual([]);
  });

  it('does nothing without a candidate', async () => {
    const { db, meeting, hook } = await setup({ current: undefined });
    act(() => {
      hook.result.current.choose('tidak_layak');
      hook.result.current.pressLetter('L');
    });
    expect(hook.result.current.asking).toBeNull();
    expect(show).not.toHaveBeenCalled();
    expect(await decisionsOf(db, meeting.id)).toEqual([]);
  });

  it('decides nothing while the candidate’s rows are still being read, and says why', async () => {
    const waiting = 'Masih membaca data calon (3 dari 40)';
    const { db, meeting, onDecided, hook } = await setup({ waiting });
    act(() => {
      hook.result.current.pressLetter('L');
      hook.result.current.choose('tidak_layak');
    });
    expect(hook.result.current.asking).toBeNull();
    expect(onDecided).not.toHaveBeenCalled();
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: waiting }));
    expect(await decisionsOf(db, meeting.id)).toEqual([]);
  });
});
