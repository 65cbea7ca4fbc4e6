import { useThrottledValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../kit/database-context';
import { getFamilyRows, listAreas, listFamilyIds } from '../../db/warga/repository';
import type { Area, FamilyListRow } from '../../db/warga/repository';

const PAGE = 25;
/** At most one read of a new window per this many ms while the list scrolls. */
const SETTLE_MS = 100;

export function useAreas(): Area[] {
  const { db } = useDatabase();
  return useLiveQuery(() => listAreas(db), [db]) ?? [];
}

export function useFamilyIds(rw: string, rt: string): string[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(
    () => listFamilyIds(db, { rw: rw || undefined, rt: rt || undefined }),
    [db, rw, rt],
  );
}

/**
 * Rows for the visible part of the list only, read in pages of 25 plus a page
 * either side, so a scroll of a few pixels does not start a new query and the
 * next rows are usually there before they come into view.
 */
export function useFamilyRows(
  ids: string[] | undefined,
  firstVisible: number,
  lastVisible: number,
): Map<string, FamilyListRow> {
  const { db } = useDatabase();
  const from = Math.max(0, (Math.floor(firstVisible / PAGE) - 1) * PAGE);
  const to = (Math.ceil((lastVisible + 1) / PAGE) + 1) * PAGE;
  const window = useMemo(() => ids?.slice(from, to) ?? [], [ids, from, to]);
  // Dragging the scrollbar through 50,000 families crosses a new window every frame;
  // starting ~75 member queries per frame made frames of 100-250 ms (issue 17). A new
  // window is read at once, then at most every SETTLE_MS while the list keeps moving,
  // always ending on the window in view. (Waiting for the list to rest, a debounce,
  // never read a window while the virtualiser kept adjusting its range.)
  const settled = useThrottledValue(window, SETTLE_MS);
  const rows = useLiveQuery(() => getFamilyRows(db, settled), [db, settled]);
  return useMemo(() => new Map((rows ?? []).map((row) => [row.family.id, row])), [rows]);
}
