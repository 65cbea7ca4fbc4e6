import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PresenceStatus } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { getPersonHits, rankPeople } from '../../db/warga/repository';
import type { PersonHit } from '../../db/warga/repository';
import { readyVocabulary } from '../../db/warga/name-vocabulary';
import { FIRST_SEARCH_LIMIT, SEARCH_LIMIT } from './search-limits';

export type WargaFilters = { query: string; rw: string; rt: string; status: PresenceStatus | '' };

const PAGE = 25;
/** The vocabulary is read once the screen has had no scroll, wheel, key or click this long. */
const VOCABULARY_AFTER_MS = 10_000;
const ACTIVITY = ['scroll', 'wheel', 'keydown', 'pointerdown'] as const;

export type SearchResult = {
  ids: string[];
  ms: number;
  query: string;
  /** How many ids this answer could hold: {@link FIRST_SEARCH_LIMIT} or {@link SEARCH_LIMIT}. */
  limit: number;
  /** Ranks the same search again up to {@link SEARCH_LIMIT}; set while the answer is full and shorter than that. */
  more?: () => void;
};

/**
 * Search as you type: debounced a little so a fast typist does not queue a
 * query per key. useLiveQuery keeps the previous result on screen until the
 * next one arrives. The first answer ranks {@link FIRST_SEARCH_LIMIT} people; `more`
 * (the list calls it when the clerk scrolls near its end) ranks up to
 * {@link SEARCH_LIMIT}, until the search or a filter changes.
 */
export function useWargaSearch(filters: WargaFilters): SearchResult | undefined {
  const { db } = useDatabase();
  const [query] = useDebouncedValue(filters.query, 120);
  const { rw, rt, status } = filters;
  const key = JSON.stringify([query, rw, rt, status]);
  const [longer, setLonger] = useState<string | null>(null);
  const limit = longer === key ? SEARCH_LIMIT : FIRST_SEARCH_LIMIT;
  const result = useLiveQuery(async () => {
    const start = performance.now();
    const ranked = await rankPeople(db, query, {
      rw: rw || undefined,
      rt: rt || undefined,
      status: status || undefined,
      limit,
    });
    const ids = ranked.map((entry) => entry.id);
    return { ids, ms: performance.now() - start, query, limit, key };
  }, [db, query, rw, rt, status, limit, key]);
  return useMemo(() => {
    if (!result) return undefined;
    const { key: answered, ...answer } = result;
    const full = answer.ids.length >= answer.limit && answer.limit < SEARCH_LIMIT;
    return full && answered === key ? { ...answer, more: () => setLonger(key) } : answer;
  }, [result, key]);
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
