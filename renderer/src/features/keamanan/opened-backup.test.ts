import { describe, expect, it } from 'vitest';
import { setPendingRestoreFile, takePendingRestoreFile } from './opened-backup';

describe('the pending restore file', () => {
  it('is taken once, and a later file replaces one not yet taken', () => {
    expect(takePendingRestoreFile()).toBeNull();
    setPendingRestoreFile({ name: 'lama.dtksbak', bytes: new Uint8Array([1]) });
    setPendingRestoreFile({ name: 'baru.dtksbak', bytes: new Uint8Array([2]) });
    expect(takePendingRestoreFile()).toEqual({ name: 'baru.dtksbak', bytes: new Uint8Array([2]) });
    expect(takePendingRestoreFile()).toBeNull();
  });
});
