import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../kit/database-context';
import {
  checkBatch,
  countAwaitingUpload,
  getBatch,
  listLockedMeetings,
  listOutbox,
} from '../../db/ekspor/read';
import { getPortalUrl } from '../../db/ekspor/settings-repository';
import {
  listBatchFeedback,
  listRejected,
  nextPeriodLabel,
} from '../../db/ekspor/feedback-repository';
import { getIdentity } from '../../db/pengaturan/repository';
import { getSignedScan, scanInfo } from '../../db/ekspor/signed-scan-repository';

export function useOutbox(includeReplaced: boolean) {
  const { db } = useDatabase();
  return useLiveQuery(() => listOutbox(db, { includeReplaced }), [db, includeReplaced]);
}

export function useLockedMeetings(enabled: boolean) {
  const { db } = useDatabase();
  return useLiveQuery(
    () => (enabled ? listLockedMeetings(db) : Promise.resolve(undefined)),
    [db, enabled],
  );
}

/** `null` when the batch does not exist. */
export function useBatch(batchId: string) {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await getBatch(db, batchId)) ?? null, [db, batchId]);
}

export function useBatchCheck(batchId: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => checkBatch(db, batchId), [db, batchId]);
}

export function useAwaitingUpload() {
  const { db } = useDatabase();
  return useLiveQuery(() => countAwaitingUpload(db), [db]);
}

export function usePortalUrl() {
  const { db } = useDatabase();
  return useLiveQuery(() => getPortalUrl(db), [db]);
}

export function useRejected(batchId?: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => listRejected(db, batchId), [db, batchId]);
}

export function useNextPeriod() {
  const { db } = useDatabase();
  return useLiveQuery(() => nextPeriodLabel(db), [db]);
}

export function useIdentity() {
  const { db } = useDatabase();
  return useLiveQuery(() => getIdentity(db), [db]);
}

export function useBatchFeedback(batchId: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => listBatchFeedback(db, batchId), [db, batchId]);
}

/** The signed scan attached for a meeting (without its bytes); null when none. */
export function useSignedScan(meetingId: string) {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const scan = await getSignedScan(db, meetingId);
    return scan ? scanInfo(scan) : null;
  }, [db, meetingId]);
}
