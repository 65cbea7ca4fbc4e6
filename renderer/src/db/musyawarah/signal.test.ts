import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { announceMeetingChange, onMeetingChange } from './signal';

describe('meeting change signal', () => {
  it('reaches a listener of the same meeting, not of another one', async () => {
    const meetingId = newId();
    const heard: string[] = [];
    const stopSame = onMeetingChange(meetingId, () => heard.push('same'));
    const stopOther = onMeetingChange(newId(), () => heard.push('other'));
    announceMeetingChange(meetingId);
    await expect.poll(() => heard, { timeout: 1000 }).toEqual(['same']);
    stopSame();
    stopOther();
  });
});
