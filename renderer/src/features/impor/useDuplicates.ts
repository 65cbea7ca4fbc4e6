import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import { findDuplicateCandidates } from '../../db/duplicates-repository';
import type { DuplicateSort } from '../../db/duplicates-repository';

export const DUPLICATE_PAGE_SIZE = 50;

/** Open candidate pairs, live: a decision or a merge removes its pair at once. */
export function useDuplicateCandidates(search = '', sort: DuplicateSort = 'kuat') {
  const { db } = useDatabase();
  const [query] = useDebouncedValue(search, 150);
  return useLiveQuery(
    () => findDuplicateCandidates(db, DUPLICATE_PAGE_SIZE, { search: query, sort }),
    [db, query, sort],
  );
}
