import { useEffect, useMemo, useRef } from 'react';
import { buildProjectorView } from '@shared/domain/musyawarah/candidates';
import type { MeetingCandidate } from '@shared/domain/musyawarah/candidates';
import type { MeetingDecision } from '@shared/domain/core/entities';
import { markProjecting, stopProjecting } from '../../kit/session/session-store';
import { openFacilitatorLink } from './projector-sync';
import type { FacilitatorLink } from './projector-sync';

/** How often the console renews "this meeting is on the projector" (see session-store). */
const PROJECTING_RENEW_MS = 20_000;

export type ProjectorFeedInput = {
  meetingId: string;
  title: string;
  candidates: readonly MeetingCandidate[];
  decisions: readonly Pick<MeetingDecision, 'proposalId' | 'decision'>[];
  currentId: string | null;
  locked: boolean;
  /** False while the candidates are loading: nothing is posted until they are there. */
  ready: boolean;
  /** The current candidate's rows are still being read: the projector shows no facts yet. */
  reading: boolean;
};

/**
 * Keeps the projector window showing what the console shows: posts the masked view on
 * every change and, while the console runs, lets an idle lock of this window leave the
 * projector on.
 */
export function useProjectorFeed(input: ProjectorFeedInput): void {
  const { meetingId, title, candidates, decisions, currentId, locked, ready, reading } = input;
  const link = useRef<FacilitatorLink | null>(null);
  const view = useMemo(
    () =>
      buildProjectorView({ meetingId, title, candidates, decisions, currentId, locked, reading }),
    [meetingId, title, candidates, decisions, currentId, locked, reading],
  );

  useEffect(() => {
    link.current = openFacilitatorLink(meetingId);
    return () => link.current?.close();
  }, [meetingId]);
  useEffect(() => {
    if (ready) link.current?.publish(view);
  }, [view, ready]);
  useEffect(() => {
    markProjecting(meetingId);
    const timer = window.setInterval(() => markProjecting(meetingId), PROJECTING_RENEW_MS);
    return () => {
      window.clearInterval(timer);
      stopProjecting(meetingId);
    };
  }, [meetingId]);
}
