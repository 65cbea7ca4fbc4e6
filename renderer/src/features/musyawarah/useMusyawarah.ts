import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../kit/database-context';
import { listContacts } from '../../db/musyawarah/contact-repository';
import {
  checkFinalise,
  getMeeting,
  listMeetings,
  loadMeetingCandidates,
} from '../../db/musyawarah/repository';
import { onMeetingChange } from '../../db/musyawarah/signal';
import { listParticipants } from '../../db/musyawarah/participant-repository';
import {
  getIdentity,
  getPeriod,
  getRegimeChoices,
  listOfficials,
} from '../../db/pengaturan/repository';

/** Live views of the musyawarah tables; `undefined` while loading. */

/**
 * A counter that moves when another window announces a change of this
 * meeting: in the dependencies of a live query it makes the query run again
 * at once, instead of when Dexie's cross-tab notice arrives (seconds later).
 */
function useMeetingSignal(meetingId: string): number {
  const [tick, setTick] = useState(0);
  useEffect(() => onMeetingChange(meetingId, () => setTick((n) => n + 1)), [meetingId]);
  return tick;
}

export function useMeetings() {
  const { db } = useDatabase();
  return useLiveQuery(() => listMeetings(db), [db]);
}

export function useMeeting(meetingId: string) {
  const { db } = useDatabase();
  const tick = useMeetingSignal(meetingId);
  return useLiveQuery(async () => (await getMeeting(db, meetingId)) ?? null, [db, meetingId, tick]);
}

export function useParticipants(meetingId: string) {
  const { db } = useDatabase();
  const tick = useMeetingSignal(meetingId);
  return useLiveQuery(() => listParticipants(db, meetingId), [db, meetingId, tick]);
}

export function useMeetingCandidates(meetingId: string) {
  const { db } = useDatabase();
  const tick = useMeetingSignal(meetingId);
  return useLiveQuery(() => loadMeetingCandidates(db, meetingId), [db, meetingId, tick]);
}

export function useFinaliseProblems(meetingId: string) {
  const { db } = useDatabase();
  const tick = useMeetingSignal(meetingId);
  return useLiveQuery(() => checkFinalise(db, meetingId), [db, meetingId, tick]);
}

export function useContacts(activeOnly = false) {
  const { db } = useDatabase();
  return useLiveQuery(() => listContacts(db, { activeOnly }), [db, activeOnly]);
}

export function useOfficials() {
  const { db } = useDatabase();
  return useLiveQuery(() => listOfficials(db), [db]);
}

export function useIdentity() {
  const { db } = useDatabase();
  return useLiveQuery(() => getIdentity(db), [db]);
}

export function useUpdatePeriod() {
  const { db } = useDatabase();
  return useLiveQuery(() => getPeriod(db), [db]);
}

/** The regime the office chose for some periods (DTKS or DTSEN). */
export function useRegimeChoices() {
  const { db } = useDatabase();
  return useLiveQuery(() => getRegimeChoices(db), [db]);
}
