import { useEffect, useState } from 'react';
import { noteActivity } from '../../kit/session/useIdleLock';
import { loadCursor, saveCursor } from './projector-sync';

type Placed = { proposalId: string };

/**
 * Where the console stands: the remembered candidate while it is still in the list,
 * else the first one without a decision, else the first.
 */
export function cursorIndex(
  candidates: readonly Placed[],
  decided: Pick<ReadonlyMap<string, unknown>, 'has'>,
  cursor: string | null,
): number {
  const found = candidates.findIndex((c) => c.proposalId === cursor);
  const firstOpen = candidates.findIndex((c) => !decided.has(c.proposalId));
  return found >= 0 ? found : Math.max(0, firstOpen);
}

/** The console's current candidate; a move is remembered across reloads (projector-sync). */
export function useConsoleCursor<T extends Placed>(
  meetingId: string,
  candidates: readonly T[],
  decided: Pick<ReadonlyMap<string, unknown>, 'has'>,
) {
  const [cursor, setCursor] = useState<string | null>(() => loadCursor(meetingId));
  // A candidate just decided here: the cursor moves on once its decision is in the list.
  const [after, setAfter] = useState<string | null>(null);
  let index = cursorIndex(candidates, decided, cursor);
  if (after !== null && decided.has(after)) {
    // In this same drawing as the decision, not one drawing for the move and another for
    // the decision in both windows (issue 17, meeting_300). Only from the decided one:
    // a facilitator who moved on in the meantime stays where he went.
    setAfter(null);
    const next = candidates[Math.min(candidates.length - 1, index + 1)]?.proposalId;
    if (candidates[index]?.proposalId === after && next) {
      setCursor(next);
      index = cursorIndex(candidates, decided, next);
    }
  }
  useEffect(() => {
    if (cursor !== null) saveCursor(meetingId, cursor);
  }, [meetingId, cursor]);

  const goTo = (proposalId: string | undefined) => {
    if (!proposalId) return;
    noteActivity();
    setAfter(null);
    setCursor(proposalId);
  };
  const move = (step: number) =>
    goTo(candidates[Math.min(candidates.length - 1, Math.max(0, index + step))]?.proposalId);
  /** After a decision of this candidate is saved: move on when the decision shows. */
  const advanceAfter = (proposalId: string) => setAfter(proposalId);

  return { index, current: candidates[index], goTo, move, advanceAfter };
}
