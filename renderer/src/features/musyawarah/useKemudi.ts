import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { KEMUDI_RENEW_MS } from '@shared/domain/sinkron/kemudi';
import { useDatabase } from '../../kit/database-context';
import {
  claimKemudi,
  kemudiRequired,
  releaseKemudi,
  takeOverKemudi,
  type KemudiView,
} from '../../db/sinkron/kemudi';

/** While another PC drives (or the server is away), ask again this often. */
const WATCH_MS = 5_000;

export type Kemudi = {
  /** Office sync is set up: decisions need the lease. */
  required: boolean;
  /** What the server (or, offline, this PC's last look) says; undefined before the first answer. */
  view: KemudiView | undefined;
  /** Whether this console may record decisions now. */
  mayDecide: boolean;
  takeOver: () => Promise<void>;
};

/**
 * The meeting's "kemudi" for the facilitator console (issue 18): with office sync, the
 * console takes the lease when it opens (if nobody holds it), renews it while open, and
 * lets go when it closes or the meeting is locked. Without office sync nothing changes.
 */
export function useKemudi(meetingId: string, locked: boolean): Kemudi {
  const { db } = useDatabase();
  const required = useLiveQuery(() => kemudiRequired(db), [db]) ?? false;
  const [view, setView] = useState<KemudiView | undefined>(undefined);
  const holding = useRef(false);

  useEffect(() => {
    if (!required || locked) return;
    let stopped = false;
    let timer: number | undefined;
    const round = async () => {
      try {
        const next = await claimKemudi(db, meetingId);
        if (stopped) return;
        holding.current = next.state.kind === 'milik-sendiri';
        setView(next);
        const mine = holding.current && next.online;
        timer = window.setTimeout(() => void round(), mine ? KEMUDI_RENEW_MS : WATCH_MS);
      } catch {
        // Refused at the door (a role that may not decide) or the database closed.
        if (!stopped) timer = window.setTimeout(() => void round(), KEMUDI_RENEW_MS);
      }
    };
    void round();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      if (holding.current) {
        holding.current = false;
        void releaseKemudi(db, meetingId).catch(() => {});
      }
    };
  }, [db, meetingId, required, locked]);

  const takeOver = useCallback(async () => {
    const next = await takeOverKemudi(db, meetingId);
    holding.current = next.state.kind === 'milik-sendiri';
    setView(next);
  }, [db, meetingId]);

  const mayDecide = !required || locked || view?.state.kind === 'milik-sendiri';
  return { required, view, mayDecide, takeOver };
}
