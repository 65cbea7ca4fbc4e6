/**
 * Tells the other windows of this app (a second console, the projector's
 * window) that a meeting changed, the moment the change is committed. Dexie's
 * live queries did notice writes from another tab, but only after many
 * seconds (about 21 s measured in issue 21); a decision made in one window
 * must show in the other within a second. The message carries only the
 * meeting id: each window re-reads its own data.
 */
const CHANNEL = 'dtks-musyawarah-perubahan';

type Message = { type: 'meeting-changed'; meetingId: string; from?: string };

let sender: BroadcastChannel | null = null;

/**
 * This window's mark on its announcements. A BroadcastChannel also delivers to the other
 * channels of the same window, whose live queries have already seen the write: re-reading
 * the meeting for it ran the console's candidate query twice per decision (issue 17).
 */
export const SIGNAL_WINDOW = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export function announceMeetingChange(meetingId: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  try {
    sender ??= new BroadcastChannel(CHANNEL);
    sender.postMessage({
      type: 'meeting-changed',
      meetingId,
      from: SIGNAL_WINDOW,
    } satisfies Message);
  } catch {
    // A closed or unavailable channel: the live query still catches up on its own.
  }
}

/** Calls `onChange` whenever another window announces a change of this meeting; returns the unsubscribe. */
export function onMeetingChange(meetingId: string, onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message?.type !== 'meeting-changed' || message.meetingId !== meetingId) return;
    // This window's own write: its live queries saw it already.
    if (message.from === SIGNAL_WINDOW) return;
    onChange();
  };
  return () => channel.close();
}
