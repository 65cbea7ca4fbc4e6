import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../kit/database-context';
import { findDuplicateCandidates } from '../../db/impor/duplicates-repository';
import type { DuplicateSort } from '../../db/impor/duplicates-repository';

/**
 * Every open candidate pair, live: a decision or a merge removes its pair at once.
 * The page draws only the cards in view, so all of them are returned.
 */
export function useDuplicateCandidates(search = '', sort: DuplicateSort = 'kuat') {
  const { db } = useDatabase();
  const [query] = useDebouncedValue(search, 150);
  return useLiveQuery(
    () => findDuplicateCandidates(db, Number.POSITIVE_INFINITY, { search: query, sort }),
    [db, query, sort],
  );
}
