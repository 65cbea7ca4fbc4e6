import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import { findDuplicateCandidates } from '../../db/duplicates-repository';

export const DUPLICATE_PAGE_SIZE = 50;

/** Open candidate pairs, live: a decision or a merge removes its pair at once. */
export function useDuplicateCandidates() {
  const { db } = useDatabase();
  return useLiveQuery(() => findDuplicateCandidates(db, DUPLICATE_PAGE_SIZE), [db]);
}
