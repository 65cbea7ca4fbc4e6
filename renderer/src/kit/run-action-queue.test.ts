import { afterEach, describe, expect, it } from 'vitest';
import { notifications, notificationsStore } from '@mantine/notifications';
import { MeetingLockedError } from '../db/musyawarah/repository';
import { runAction, showRefused } from './run-action';

// The real notification store (run-action.test.ts mocks it): the queue's order is the point.
afterEach(() => notifications.clean());

describe('runAction with notices already on screen', () => {
  it('shows a refusal at once, ahead of the notices, instead of queueing it behind them', async () => {
    notificationsStore.setState({ ...notificationsStore.getState(), limit: 3 });
    for (const message of ['95 peserta diundang.', 'Jendela proyektor terbuka.', 'Dibatalkan.'])
      notifications.show({ message, autoClose: false });

    await runAction(
      () => {
        throw new MeetingLockedError();
      },
      { what: 'Menyimpan keputusan' },
    );

    const { notifications: shown, queue } = notificationsStore.getState();
    expect(shown.map((item) => item.color)).toContain('red');
    expect(shown).toHaveLength(3);
    // The newest notice waits instead; it shows when the refusal closes.
    expect(queue.map((item) => item.message)).toEqual(['Dibatalkan.']);
  });

  it('shows a refused key press at once too, in orange', () => {
    notificationsStore.setState({ ...notificationsStore.getState(), limit: 3 });
    for (const message of ['Keputusan disimpan.', 'Tersinkron.', 'Dibatalkan.'])
      notifications.show({ message, autoClose: false });

    showRefused({ message: 'Tombol L bukan untuk calon ini.' });

    const { notifications: shown, queue } = notificationsStore.getState();
    expect(shown.find((item) => item.color === 'orange')?.message).toBe(
      'Tombol L bukan untuk calon ini.',
    );
    expect(queue.map((item) => item.message)).toEqual(['Dibatalkan.']);
  });
});
