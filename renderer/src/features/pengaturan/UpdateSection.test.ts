import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '@shared/ipc/contract';
import { describeUpdateState } from './UpdateSection';

const base: UpdateStatus = {
  currentVersion: '0.1.0',
  feedUrl: 'https://pembaruan.kota.go.id/dtks/',
  lastCheckAt: null,
  state: 'idle',
  version: null,
  percent: null,
  message: null,
};

describe('describeUpdateState', () => {
  it('tells the clerk, in Indonesian, where the update stands', () => {
    expect(describeUpdateState({ ...base, feedUrl: null })).toBe('Alamat server belum diisi.');
    expect(describeUpdateState({ ...base, state: 'up-to-date' })).toBe(
      'Versi 0.1.0 adalah yang terbaru.',
    );
    expect(
      describeUpdateState({ ...base, state: 'downloading', version: '0.2.0', percent: 40 }),
    ).toBe('Versi 0.2.0 sedang diunduh (40%).');
    expect(describeUpdateState({ ...base, state: 'downloaded', version: '0.2.0' })).toBe(
      'Versi 0.2.0 siap dipasang.',
    );
    expect(describeUpdateState({ ...base, state: 'error', message: 'Server mati.' })).toBe(
      'Server mati.',
    );
  });
});
