import { useThrottledValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useDatabase } from '../../kit/database-context';
import { getFamilyRows, listAreas, listFamilyIds } from '../../db/warga/repository';
import type { Area, FamilyListRow } from '../../db/warga/repository';
import { watchRegistry } from '../../db/warga/registry-changes';

const PAGE = 15;
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

/** Counts the registry's writes while mounted: a new value asks for a fresh read. */
function useRegistryVersion(): number {
  const { db } = useDatabase();
  const [version, setVersion] = useState(0);
  useEffect(() => watchRegistry(db, () => setVersion((current) => current + 1)), [db]);
  return version;
}

/**
 * Rows for the visible part of the list only, read in pages of 15 plus a page
 * either side, so a scroll of a few pixels does not start a new read and the
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
  // reading each made frames of 100-250 ms (issue 17). A new window is read at once,
  // then at most every SETTLE_MS while the list keeps moving, always ending on the
  // window in view. (Waiting for the list to rest, a debounce, never read a window
  // while the virtualiser kept adjusting its range.)
  const settled = useThrottledValue(window, SETTLE_MS);
  // Not a live query: a window is one raw read (getFamilyRows), read again when
  // families or people are written anywhere (issue 17).
  const version = useRegistryVersion();
  const [rows, setRows] = useState<FamilyListRow[]>([]);
  useEffect(() => {
    let current = true;
    getFamilyRows(db, settled).then(
      (read) => {
        if (current) setRows(read);
      },
      (error: unknown) => {
        // The rows stay as they were ("Memuat…"); the next scroll or write reads again.
        console.error('Daftar keluarga tidak terbaca', error);
      },
    );
    return () => {
      current = false;
    };
  }, [db, settled, version]);
  return useMemo(() => new Map(rows.map((row) => [row.family.id, row])), [rows]);
}
