import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import { listContacts } from '../../db/contact-repository';
import {
  checkFinalise,
  getMeeting,
  listMeetings,
  loadMeetingCandidates,
} from '../../db/meeting-repository';
import { listParticipants } from '../../db/participant-repository';
import {
  getIdentity,
  getPeriod,
  getRegimeChoices,
  listOfficials,
} from '../../db/settings-repository';

/** Live views of the musyawarah tables; `undefined` while loading. */

export function useMeetings() {
  const { db } = useDatabase();
  return useLiveQuery(() => listMeetings(db), [db]);
}

export function useMeeting(meetingId: string) {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await getMeeting(db, meetingId)) ?? null, [db, meetingId]);
}

export function useParticipants(meetingId: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => listParticipants(db, meetingId), [db, meetingId]);
}

export function useMeetingCandidates(meetingId: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => loadMeetingCandidates(db, meetingId), [db, meetingId]);
}

export function useFinaliseProblems(meetingId: string) {
  const { db } = useDatabase();
  return useLiveQuery(() => checkFinalise(db, meetingId), [db, meetingId]);
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
