import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PresenceStatus } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { getPersonHits, rankPeople } from '../../db/warga/repository';
import type { PersonHit } from '../../db/warga/repository';

export type WargaFilters = { query: string; rw: string; rt: string; status: PresenceStatus | '' };

/** Ids are cheap; only the rows in view are read, so the list can be long. */
export const SEARCH_LIMIT = 1000;
const PAGE = 25;

export type SearchResult = { ids: string[]; ms: number; query: string };

/**
 * Search as you type: debounced a little so a fast typist does not queue a
 * query per key. useLiveQuery keeps the previous result on screen until the
 * next one arrives.
 */
export function useWargaSearch(filters: WargaFilters): SearchResult | undefined {
  const { db } = useDatabase();
  const [query] = useDebouncedValue(filters.query, 120);
  return useLiveQuery(async () => {
    const start = performance.now();
    const ranked = await rankPeople(db, query, {
      rw: filters.rw || undefined,
      rt: filters.rt || undefined,
      status: filters.status || undefined,
      limit: SEARCH_LIMIT,
    });
    return { ids: ranked.map((entry) => entry.id), ms: performance.now() - start, query };
  }, [db, query, filters.rw, filters.rt, filters.status]);
}

/** The hits in view, plus a page either side. */
export function useHitWindow(ids: string[], first: number, last: number): Map<string, PersonHit> {
  const { db } = useDatabase();
  const from = Math.max(0, (Math.floor(first / PAGE) - 1) * PAGE);
  const to = (Math.ceil((last + 1) / PAGE) + 1) * PAGE;
  const window = useMemo(() => ids.slice(from, to), [ids, from, to]);
  const hits = useLiveQuery(() => getPersonHits(db, window), [db, window]);
  return useMemo(() => new Map((hits ?? []).map((hit) => [hit.person.id, hit])), [hits]);
}
