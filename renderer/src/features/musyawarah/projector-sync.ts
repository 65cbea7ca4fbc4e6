import type { ProjectorView } from '@shared/domain/musyawarah/candidates';

/**
 * The facilitator's window drives the projector window. Both run the same app
 * on the same origin (browser popup, or a second Electron window), so a
 * BroadcastChannel per meeting carries the view. The message holds only the
 * projector-safe view model, never the candidate record itself.
 */

type Message = { type: 'view'; view: ProjectorView } | { type: 'hello' };

const channelName = (meetingId: string) => `dtks-proyektor-${meetingId}`;
const cursorKey = (meetingId: string) => `dtks.musyawarah.${meetingId}.calon`;

export type FacilitatorLink = {
  publish(view: ProjectorView): void;
  close(): void;
};

/** Facilitator side: posts each new view, and the latest one when a projector (re)opens. */
export function openFacilitatorLink(meetingId: string): FacilitatorLink {
  const channel = new BroadcastChannel(channelName(meetingId));
  let latest: ProjectorView | null = null;
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type === 'hello' && latest) channel.postMessage({ type: 'view', view: latest });
  };
  return {
    publish(view) {
      latest = view;
      channel.postMessage({ type: 'view', view } satisfies Message);
    },
    close: () => channel.close(),
  };
}

/** Projector side: asks for the current view, then follows every update. */
export function followFacilitator(
  meetingId: string,
  onView: (view: ProjectorView) => void,
): () => void {
  const channel = new BroadcastChannel(channelName(meetingId));
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type === 'view') onView(event.data.view);
  };
  channel.postMessage({ type: 'hello' } satisfies Message);
  return () => channel.close();
}

/**
 * Where the facilitator is in the list survives a reload of either window.
 * localStorage, not IndexedDB: it is a screen position, not a record, and it
 * must not create an audit entry per key press.
 */
export function saveCursor(meetingId: string, proposalId: string): void {
  try {
    localStorage.setItem(cursorKey(meetingId), proposalId);
  } catch {
    // Storage full or blocked: the position is a convenience only.
  }
}

export function loadCursor(meetingId: string): string | null {
  try {
    return localStorage.getItem(cursorKey(meetingId));
  } catch {
    return null;
  }
}
