import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo } from 'react';
import type { PresenceStatus } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { getPersonHits, rankPeople } from '../../db/warga/repository';
import type { PersonHit } from '../../db/warga/repository';
import { readyVocabulary } from '../../db/warga/name-vocabulary';

export type WargaFilters = { query: string; rw: string; rt: string; status: PresenceStatus | '' };

/** Ids are cheap; only the rows in view are read, so the list can be long. */
export const SEARCH_LIMIT = 1000;
const PAGE = 25;
/** The vocabulary is read once the screen has had no scroll, wheel, key or click this long. */
const VOCABULARY_AFTER_MS = 10_000;
const ACTIVITY = ['scroll', 'wheel', 'keydown', 'pointerdown'] as const;

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

/**
 * Starts the read of the name vocabulary (misspellings, issue 17), once per window: at
 * the first key pressed in the search box (the returned function), by the first search
 * typed (rankPeople starts it too), or once the screen has had no scroll, wheel, key or
 * click for ten seconds. Not on a timer from the opening: its read (~90 ms of script
 * on 200,000 people, several times that on a loaded machine) landed in the frames of a
 * clerk scrolling the family list at once. Searches never wait for it.
 */
export function useNameVocabularyStart(): () => void {
  const { db } = useDatabase();
  useEffect(() => {
    let timer = setTimeout(start, VOCABULARY_AFTER_MS);
    function start() {
      stop();
      readyVocabulary(db);
    }
    function later() {
      clearTimeout(timer);
      timer = setTimeout(start, VOCABULARY_AFTER_MS);
    }
    function stop() {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, later, true);
    }
    for (const type of ACTIVITY)
      window.addEventListener(type, later, { capture: true, passive: true });
    return stop;
  }, [db]);
  return useCallback(() => void readyVocabulary(db), [db]);
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
