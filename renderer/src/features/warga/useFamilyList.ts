import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../app/database-context';
import { getFamilyRows, listAreas, listFamilyIds } from '../../db/registry-repository';
import type { Area, FamilyListRow } from '../../db/registry-repository';

const PAGE = 25;
/** How long the list rests before the rows of a new window are read. */
const SETTLE_MS = 80;

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
  // starting ~75 member queries per frame made frames of 100-250 ms (issue 17). The
  // first window of a scroll is read at once, the next only when the list rests.
  const [settled] = useDebouncedValue(window, SETTLE_MS, { leading: true });
  const rows = useLiveQuery(() => getFamilyRows(db, settled), [db, settled]);
  return useMemo(() => new Map((rows ?? []).map((row) => [row.family.id, row])), [rows]);
}
