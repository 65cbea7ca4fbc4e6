import { useState } from 'react';
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
  const index = cursorIndex(candidates, decided, cursor);

  const goTo = (proposalId: string | undefined) => {
    if (!proposalId) return;
    noteActivity();
    setCursor(proposalId);
    saveCursor(meetingId, proposalId);
  };
  const move = (step: number) =>
    goTo(candidates[Math.min(candidates.length - 1, Math.max(0, index + step))]?.proposalId);

  return { index, current: candidates[index], goTo, move };
}
