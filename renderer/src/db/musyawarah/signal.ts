/**
 * Tells the other windows of this app (a second console, the projector's
 * window) that a meeting changed, the moment the change is committed. Dexie's
 * live queries did notice writes from another tab, but only after many
 * seconds (about 21 s measured in issue 21); a decision made in one window
 * must show in the other within a second. The message carries only the
 * meeting id: each window re-reads its own data.
 */
const CHANNEL = 'dtks-musyawarah-perubahan';

type Message = { type: 'meeting-changed'; meetingId: string };

let sender: BroadcastChannel | null = null;

export function announceMeetingChange(meetingId: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  try {
    sender ??= new BroadcastChannel(CHANNEL);
    sender.postMessage({ type: 'meeting-changed', meetingId } satisfies Message);
  } catch {
    // A closed or unavailable channel: the live query still catches up on its own.
  }
}

/** Calls `onChange` whenever another window announces a change of this meeting; returns the unsubscribe. */
export function onMeetingChange(meetingId: string, onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type === 'meeting-changed' && event.data.meetingId === meetingId) onChange();
  };
  return () => channel.close();
}
