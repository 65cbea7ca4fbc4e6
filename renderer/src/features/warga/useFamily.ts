import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../kit/database-context';
import { listFamilyHistory } from '../../db/keamanan/audit-log-read';
import type { AuditEntry } from '../../db/keamanan/audit-repository';
import { getFamilyDetail } from '../../db/warga/repository';
import type { FamilyDetail } from '../../db/warga/repository';
import { getIdentity } from '../../db/pengaturan/repository';

/** undefined while loading, null when the family does not exist (any more). */
export function useFamilyDetail(familyId: string): FamilyDetail | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => getFamilyDetail(db, familyId), [db, familyId]);
}

export function useFamilyHistory(familyId: string): AuditEntry[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => listFamilyHistory(db, familyId), [db, familyId]);
}

export function useKodeWilayah(): string {
  const { db } = useDatabase();
  return useLiveQuery(() => getIdentity(db), [db])?.kodeWilayah ?? '';
}
