import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../kit/database-context';
import { getAuditEntries, listAuditEntities, listAuditIds } from '../../db/keamanan/audit-log-read';
import type { AuditFilter } from '../../db/keamanan/audit-log-read';
import type { AuditEntry } from '../../db/keamanan/audit-repository';

const PAGE = 25;

export function useAuditIds(filter: AuditFilter): string[] | undefined {
  const { db } = useDatabase();
  const [actor] = useDebouncedValue(filter.actor ?? '', 200);
  return useLiveQuery(
    () => listAuditIds(db, { ...filter, actor }),
    [db, filter.entity, filter.from, filter.to, actor],
  );
}

export function useAuditEntities(): string[] {
  const { db } = useDatabase();
  return useLiveQuery(() => listAuditEntities(db), [db]) ?? [];
}

/** Entries of the visible window plus a page either side. */
export function useAuditWindow(
  ids: string[] | undefined,
  first: number,
  last: number,
): Map<string, AuditEntry> {
  const { db } = useDatabase();
  const from = Math.max(0, (Math.floor(first / PAGE) - 1) * PAGE);
  const to = (Math.ceil((last + 1) / PAGE) + 1) * PAGE;
  const window = useMemo(() => ids?.slice(from, to) ?? [], [ids, from, to]);
  const rows = useLiveQuery(() => getAuditEntries(db, window), [db, window]);
  return useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows]);
}
