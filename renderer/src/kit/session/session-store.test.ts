import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserApi } from '../../platform/browser-api';
import {
  closeProfileMarker,
  forgetSession,
  lastBackupAt,
  markBackupMade,
  markProjecting,
  projectorAllowed,
  rememberSession,
  resumableAccountId,
  stopProjecting,
} from './session-store';

const T0 = Date.UTC(2026, 10, 5, 8, 0);

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('session store', () => {
  it('resumes the tab session within the idle time only', () => {
    rememberSession('akun-1', 10, T0);
    expect(resumableAccountId(10, T0 + 9 * 60_000)).toBe('akun-1');
    expect(resumableAccountId(10, T0 + 10 * 60_000)).toBeNull();
  });

  it('forgets everything on lock or sign-out', () => {
    rememberSession('akun-1', 10, T0);
    forgetSession();
    expect(resumableAccountId(10, T0)).toBeNull();
    expect(projectorAllowed(T0)).toBe(false);
  });

  it('lets the projector show while the profile has an open session', () => {
    expect(projectorAllowed(T0)).toBe(false);
    rememberSession('akun-1', 10, T0);
    expect(projectorAllowed(T0 + 60_000)).toBe(true);
    expect(projectorAllowed(T0 + 11 * 60_000)).toBe(false);
    closeProfileMarker();
    expect(projectorAllowed(T0 + 60_000)).toBe(false);
    // The tab itself can still resume after a reload.
    expect(resumableAccountId(10, T0 + 60_000)).toBe('akun-1');
  });

  it('keeps the meeting being run on the projector through an idle lock, and only that one', () => {
    rememberSession('akun-1', 10, T0);
    markProjecting('rapat-1', T0);
    forgetSession(); // the idle lock
    expect(projectorAllowed(T0 + 1_000)).toBe(false);
    expect(projectorAllowed(T0 + 1_000, 'rapat-1')).toBe(true);
    expect(projectorAllowed(T0 + 1_000, 'rapat-2')).toBe(false);
    // Not renewed by a running console: it lapses.
    expect(projectorAllowed(T0 + 61_000, 'rapat-1')).toBe(false);
    markProjecting('rapat-1', T0 + 61_000);
    expect(projectorAllowed(T0 + 62_000, 'rapat-1')).toBe(true);
    // Another meeting's console closing leaves it; closing the main window drops it.
    stopProjecting('rapat-2');
    expect(projectorAllowed(T0 + 62_000, 'rapat-1')).toBe(true);
    closeProfileMarker();
    expect(projectorAllowed(T0 + 62_000, 'rapat-1')).toBe(false);
  });

  it('ignores garbage in storage', () => {
    sessionStorage.setItem('dtks.sesi', '{bukan json');
    localStorage.setItem('dtks.sesi-aktif', JSON.stringify({ until: 'besok' }));
    expect(resumableAccountId(10, T0)).toBeNull();
    expect(projectorAllowed(T0)).toBe(false);
  });

  it('remembers the last backup per database and tells this window', () => {
    let heard = 0;
    const listener = () => (heard += 1);
    window.addEventListener('dtks:cadangan-dibuat', listener);
    expect(lastBackupAt('dtks-kelurahan')).toBeNull();
    markBackupMade('dtks-kelurahan', T0);
    expect(lastBackupAt('dtks-kelurahan')).toBe(T0);
    expect(lastBackupAt('dtks-kelurahan-latihan')).toBeNull();
    expect(heard).toBe(1);
    window.removeEventListener('dtks:cadangan-dibuat', listener);
  });
});

describe('automatic backup in the browser', () => {
  it('is not possible, and says so instead of failing', async () => {
    const result = await createBrowserApi(document).writeAutoBackup(
      new Uint8Array([1]),
      'x.dtksbak',
    );
    expect(result).toEqual({ ok: false, reason: 'browser' });
  });
});
