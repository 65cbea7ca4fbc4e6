import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { PresenceStatus } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { getPersonHits, rankPeople } from '../../db/warga/repository';
import type { PersonHit } from '../../db/warga/repository';
import { readyVocabulary } from '../../db/warga/name-vocabulary';

export type WargaFilters = { query: string; rw: string; rt: string; status: PresenceStatus | '' };

/** Ids are cheap; only the rows in view are read, so the list can be long. */
export const SEARCH_LIMIT = 1000;
const PAGE = 25;
const VOCABULARY_AFTER_MS = 1500;

export type SearchResult = { ids: string[]; ms: number; query: string };

/**
 * Search as you type: debounced a little so a fast typist does not queue a
 * query per key. useLiveQuery keeps the previous result on screen until the
 * next one arrives.
 */
export function useWargaSearch(filters: WargaFilters): SearchResult | undefined {
  const { db } = useDatabase();
  const [query] = useDebouncedValue(filters.query, 120);
  // The name vocabulary (misspellings, issue 17) is read once per window, a moment after
  // the screen opens so the list's first rows come first; searches never wait for it.
  useEffect(() => {
    const timer = setTimeout(() => readyVocabulary(db), VOCABULARY_AFTER_MS);
    return () => clearTimeout(timer);
  }, [db]);
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
