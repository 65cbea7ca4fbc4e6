import { useLiveQuery } from 'dexie-react-hooks';
import { periodLabel } from '@shared/domain/core/settings';
import type { Recap } from '@shared/domain/beranda/recap';
import { useDatabase } from '../../kit/database-context';
import { computeRecap } from '../../db/beranda/recap-repository';
import { getPeriod } from '../../db/pengaturan/repository';

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
