import { useLiveQuery } from 'dexie-react-hooks';
import { periodLabel } from '@shared/domain/settings';
import type { Recap } from '@shared/domain/recap';
import { useDatabase } from '../../app/database-context';
import { computeRecap } from '../../db/recap-repository';
import { getPeriod } from '../../db/settings-repository';

/**
 * The current period's recap, recomputed whenever the data changes. The registry figures
 * come from the summary the writes keep (db/beranda/), so this is quick on every visit,
 * including the first after the app opens.
 */
export function useRecap(): Recap | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const now = new Date();
    return computeRecap(db, periodLabel(await getPeriod(db), now), now);
  }, [db]);
}
