import { showFailure } from '../run-action';
import { useCallback, useState } from 'react';
import { useDatabase } from '../database-context';
import { logReveal } from '../../db/keamanan/reveal-log';
import type { RevealTarget } from '../../db/keamanan/reveal-log';

export type { RevealTarget } from '../../db/keamanan/reveal-log';

/**
 * Full NIK / No. KK on request only, and every request logged first: the
 * number is shown once the audit entry is written (a role that may not see
 * it gets the refusal instead). Keys are whatever the screen uses per row.
 */
export function useRevealNik() {
  const { db } = useDatabase();
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());

  const isRevealed = useCallback((key: string) => revealed.has(key), [revealed]);

  const hide = useCallback((key: string) => {
    setRevealed((current) => {
      const next = new Set(current);
      next.delete(key);
      return next;
    });
  }, []);

  const toggle = useCallback(
    async (key: string, target: RevealTarget) => {
      if (revealed.has(key)) return hide(key);
      try {
        await logReveal(db, target);
        setRevealed((current) => new Set(current).add(key));
      } catch (error) {
        showFailure({ message: error instanceof Error ? error.message : String(error) });
      }
    },
    [db, revealed, hide],
  );

  return { isRevealed, toggle, hide };
}
