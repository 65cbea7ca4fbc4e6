import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { periodLabel } from '@shared/domain/core/settings';
import type { Recap } from '@shared/domain/beranda/recap';
import { useDatabase } from '../../kit/database-context';
import { computeRecap } from '../../db/beranda/recap-repository';
import { getPeriod } from '../../db/pengaturan/repository';

/**
 * The last recap each database showed in this window. Counting 50,000 people takes a
 * few seconds, and the clerk comes back to the Beranda many times a day: the previous
 * figures show at once, marked as being updated, until the new ones are ready.
 * Aggregates only, no personal data; gone when the window closes.
 */
const lastShown = new Map<string, Recap>();

export type RecapState = {
  recap: Recap | undefined;
  /** True while the figures shown are the previous visit's and the new ones are counted. */
  stale: boolean;
};

/** The current period's recap, recomputed whenever the data changes. */
export function useRecap(): RecapState {
  const { db } = useDatabase();
  const live = useLiveQuery(async () => {
    const now = new Date();
    return computeRecap(db, periodLabel(await getPeriod(db), now), now);
  }, [db]);
  useEffect(() => {
    if (live) lastShown.set(db.name, live);
  }, [db, live]);
  if (live) return { recap: live, stale: false };
  const previous = lastShown.get(db.name);
  return { recap: previous, stale: previous !== undefined };
}
