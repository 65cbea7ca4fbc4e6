import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { announceMeetingChange, onMeetingChange } from './signal';

/** What another window's announceMeetingChange posts (its own window mark). */
function announceFromAnotherWindow(meetingId: string) {
  const channel = new BroadcastChannel('dtks-musyawarah-perubahan');
  channel.postMessage({ type: 'meeting-changed', meetingId, from: 'jendela-lain' });
  channel.close();
}

describe('meeting change signal', () => {
  it('reaches a listener of the same meeting, not of another one', async () => {
    const meetingId = newId();
    const heard: string[] = [];
    const stopSame = onMeetingChange(meetingId, () => heard.push('same'));
    const stopOther = onMeetingChange(newId(), () => heard.push('other'));
    announceFromAnotherWindow(meetingId);
    await expect.poll(() => heard, { timeout: 1000 }).toEqual(['same']);
    stopSame();
    stopOther();
  });

  it("leaves this window's own announcements to its live queries", async () => {
    const meetingId = newId();
    const heard: string[] = [];
    const stop = onMeetingChange(meetingId, () => heard.push('heard'));
    announceMeetingChange(meetingId);
    // A later message from another window arrives after the own one would have.
    announceFromAnotherWindow(meetingId);
    await expect.poll(() => heard, { timeout: 1000 }).toEqual(['heard']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual(['heard']);
    stop();
  });
});
