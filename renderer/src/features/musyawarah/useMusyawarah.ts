import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MeetingCandidate } from '@shared/domain/musyawarah/candidates';
import { useDatabase } from '../../kit/database-context';
import { markLatest } from '../../kit/startup-marks';
import { listContacts } from '../../db/musyawarah/contact-repository';
import {
  checkFinalise,
  getMeeting,
  listDecisions,
  listMeetings,
} from '../../db/musyawarah/repository';
import type { MeetingCandidates } from '../../db/musyawarah/repository';
import {
  assembleCandidates,
  candidateTables,
  readCandidateRows,
} from '../../db/musyawarah/candidates-read';
import type { CandidateReadProgress, CandidateRows } from '../../db/musyawarah/candidates-read';
import { onMeetingChange } from '../../db/musyawarah/signal';
import type { MeetingDecision } from '@shared/domain/core/entities';
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

/** The candidates last assembled from a read of the rows (see keptCandidates). */
const lastAssembled = new WeakMap<CandidateRows, MeetingCandidate[]>();

/**
 * The same candidates as the last time, from the same rows, keep their array: a decision
 * changes no candidate, and the console's lists (memoised on it) are then not rebuilt per
 * key press (issue 17: meeting_300).
 */
function keptCandidates(read: CandidateRows, candidates: MeetingCandidate[]): MeetingCandidate[] {
  const before = lastAssembled.get(read);
  if (
    before &&
    before.length === candidates.length &&
    candidates.every((candidate, index) => candidate === before[index])
  )
    return before;
  lastAssembled.set(read, candidates);
  return candidates;
}

/** While the first read is under way (the console only): who may not be decided yet. */
export type CandidateReading = {
  /** Candidates whose members, aid or assessment are not read yet: shown, never decided. */
  pending: ReadonlySet<string>;
  /** Candidates read whole, of all. */
  done: number;
  total: number;
};

export type LoadedCandidates = MeetingCandidates & { reading?: CandidateReading };

export type CandidateLoadOptions = {
  /**
   * The console: hand back the candidates as soon as their names are sorted, with
   * `reading` telling which are not whole yet, instead of nothing until every row is read.
   */
  partial?: boolean;
  /** Where the console will stand in the sorted candidates: those are read whole first. */
  startAt?: (sorted: readonly MeetingCandidate[], decisions: readonly MeetingDecision[]) => number;
};

/**
 * The meeting's candidates and decisions, as `loadMeetingCandidates` gives them, from two
 * live queries: the decisions (read again on every decision, here or announced by another
 * window) and the rows the candidates are built from (proposals, families, people, aid,
 * assessments), which a decision does not change. A key press in the console so reads a
 * few hundred decisions instead of every open proposal with its family (issue 17:
 * meeting_300). The rows are read again when those tables change, when the meeting's
 * status changes, and when a decision names a proposal they do not hold.
 */
export function useMeetingCandidates(
  meetingId: string,
  /** False: read nothing (the projector while the facilitator's window drives it). */
  enabled = true,
  options: CandidateLoadOptions = {},
): LoadedCandidates | null | undefined {
  const { db } = useDatabase();
  const tick = useMeetingSignal(meetingId);
  const state = useLiveQuery(async () => {
    if (!enabled) return undefined;
    const meeting = await getMeeting(db, meetingId);
    if (!meeting) return null;
    return { meeting, decisions: await listDecisions(db, meetingId) };
  }, [db, meetingId, tick, enabled]);
  // Locked or not is all the rows depend on (the first decision's "berlangsung" is not).
  const locked = state ? state.meeting.status === 'terkunci' : undefined;
  // Decided proposals outside the open ones (decided, then taken out of the list): asked for.
  const [asked, setAsked] = useState<readonly string[]>([]);
  // The first read's progress (options.partial): shown until the rows are all read.
  const [progress, setProgress] = useState<{
    meetingId: string;
    progress: CandidateReadProgress;
  } | null>(null);
  // Read by the live query when it runs, not in its dependencies: a new function or new
  // decisions must not read every row again.
  const latest = useRef({ options, decisions: state?.decisions ?? [] });
  useEffect(() => {
    latest.current = { options, decisions: state?.decisions ?? [] };
  });
  const partial = Boolean(options.partial);
  type Rows = { read: CandidateRows; meetingId: string; asked: readonly string[] };
  const rows = useLiveQuery<Rows | undefined>(() => {
    if (locked === undefined) return undefined;
    // For the meeting_300 bench: where the console's first screen waits.
    markLatest('dtks:candidate-rows-asked');
    const order = partial
      ? {
          startAt: (sorted: readonly MeetingCandidate[]) =>
            latest.current.options.startAt?.(sorted, latest.current.decisions) ?? 0,
          onProgress: (read: CandidateReadProgress) => {
            markLatest('dtks:candidate-rows-progress');
            setProgress({ meetingId, progress: read });
          },
        }
      : {};
    // In one read transaction: consistent rows, and queries Dexie's live-query cache does
    // not keep (see readCandidateRows); the live query still watches what they read.
    return db
      .transaction('r', candidateTables(db), () =>
        readCandidateRows(db, { status: locked ? 'terkunci' : 'berlangsung' }, asked, order),
      )
      .then((read) => {
        markLatest('dtks:candidate-rows-read');
        return { read, meetingId, asked };
      });
  }, [db, meetingId, locked, asked, partial]);
  const current = rows?.meetingId === meetingId ? rows : undefined;
  useEffect(() => {
    if (!state || !current) return;
    const missing = state.decisions
      .map((item) => item.proposalId)
      .filter((id) => !current.read.proposals.has(id) && !current.asked.includes(id));
    // Only new ones: a proposal deleted since its decision stays missing and is not asked again.
    if (missing.length > 0) setAsked((before) => [...new Set([...before, ...missing])]);
  }, [state, current]);
  // Before the first whole read: the candidates as far as they are read (the console).
  const early = !current && partial && progress?.meetingId === meetingId ? progress : undefined;
  return useMemo(() => {
    if (state === null) return null;
    if (!state) return undefined;
    if (!current) {
      if (!early) return undefined;
      const { rows: read, pending } = early.progress;
      const collected = assembleCandidates(read, state.meeting, state.decisions);
      const total = collected.candidates.length;
      const waiting = collected.candidates.filter((item) => pending.has(item.proposalId)).length;
      return {
        ...collected,
        decisions: state.decisions,
        reading: { pending, done: total - waiting, total },
      };
    }
    const collected = assembleCandidates(current.read, state.meeting, state.decisions);
    return {
      ...collected,
      candidates: keptCandidates(current.read, collected.candidates),
      decisions: state.decisions,
    };
  }, [state, current, early]);
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
