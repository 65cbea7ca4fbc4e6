import { useLiveQuery } from 'dexie-react-hooks';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { HousePhoto } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { listPhotos } from '../../db/usulan/photo-repository';
import {
  countProposalsByStatus,
  getProposalDetail,
  getProposalRows,
  listFamilyProposals,
  listProposalIds,
  listProposalPeriods,
} from '../../db/usulan/repository';
import type { ProposalFilter, ProposalListRow, ProposalQuery } from '../../db/usulan/repository';
import { getFamilyDetail } from '../../db/warga/repository';
import { getOperator } from '../../db/pengaturan/repository';

const PAGE = 25;

/**
 * Every matching proposal id, in order. The search is debounced a little so a
 * fast typist does not queue a query per key; the previous list stays on
 * screen until the next one arrives.
 */
export function useProposalIds(query: ProposalQuery): string[] | undefined {
  const { db } = useDatabase();
  const { status, kind, period, rw, rt, sort } = query;
  const [search] = useDebouncedValue(query.search ?? '', 150);
  return useLiveQuery(
    () => listProposalIds(db, { status, kind, period, rw, rt, sort, search }),
    [db, status, kind, period, rw, rt, sort, search],
  );
}

/** The rows in view plus a page either side, read by id. */
export function useProposalWindow(
  ids: string[] | undefined,
  firstVisible: number,
  lastVisible: number,
): Map<string, ProposalListRow> {
  const { db } = useDatabase();
  const from = Math.max(0, (Math.floor(firstVisible / PAGE) - 1) * PAGE);
  const to = (Math.ceil((lastVisible + 1) / PAGE) + 1) * PAGE;
  const window = useMemo(() => ids?.slice(from, to) ?? [], [ids, from, to]);
  const rows = useLiveQuery(() => getProposalRows(db, window), [db, window]);
  return useMemo(() => new Map((rows ?? []).map((row) => [row.proposal.id, row])), [rows]);
}

export function useStatusCounts(filter: Omit<ProposalFilter, 'status'>) {
  const { db } = useDatabase();
  const { kind, period, rw, rt } = filter;
  return useLiveQuery(
    () => countProposalsByStatus(db, { kind, period, rw, rt }),
    [db, kind, period, rw, rt],
  );
}

export function useProposalPeriods() {
  const { db } = useDatabase();
  return useLiveQuery(() => listProposalPeriods(db), [db]);
}

/** `undefined` while loading, `null` when the proposal does not exist. */
export function useProposalDetail(id: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => getProposalDetail(db, id), [db, id]);
}

export function useFamilyDetail(familyId: string | null) {
  const { db } = useDatabase();
  return useLiveQuery(
    () => (familyId ? getFamilyDetail(db, familyId) : Promise.resolve(null)),
    [db, familyId],
  );
}

export function useFamilyProposals(familyId: string | null) {
  const { db } = useDatabase();
  return useLiveQuery(
    () => (familyId ? listFamilyProposals(db, familyId) : Promise.resolve([])),
    [db, familyId],
  );
}

export function useOperatorName() {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await getOperator(db))?.nama ?? '', [db]);
}

export function usePhotos(proposalId: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => listPhotos(db, proposalId), [db, proposalId]);
}

/** Object URLs for the photos, revoked when the list changes or the screen closes. */
export function usePhotoUrls(photos: HousePhoto[] | undefined): Map<string, string> {
  const [urls, setUrls] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    const next = new Map(
      (photos ?? []).map((photo) => [photo.id, URL.createObjectURL(photo.blob)]),
    );
    setUrls(next);
    return () => {
      for (const url of next.values()) URL.revokeObjectURL(url);
    };
  }, [photos]);
  return urls;
}
