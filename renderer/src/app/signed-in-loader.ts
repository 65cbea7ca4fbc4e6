import type { DtksDatabase } from '../db/core/database';
import { STARTUP_MARKS } from '../kit/startup-marks';

/**
 * The part of the app behind the sign-in (router, shell, Beranda, every job's screens) is
 * its own chunk: the first screen does not wait for it. It is fetched as soon as the
 * first screen is up and the window is idle, so it is there when the password is typed.
 */
export const loadSignedInApp = () => import('./SignedInApp');

/** The performance mark the bench reads: the first screen (sign-in) is interactive. */
export const FIRST_SCREEN_MARK = STARTUP_MARKS.firstScreen;

let prefetched = false;

export function afterFirstScreen(): void {
  if (prefetched) return;
  prefetched = true;
  performance.mark(FIRST_SCREEN_MARK);
  const load = () => void loadSignedInApp().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 500 });
  else setTimeout(load, 50);
}

/**
 * The sign-in form was sent: while the password is checked (PBKDF2, off the main thread),
 * the signed-in chunk is fetched if it is not there yet and the Beranda's figures are
 * counted, so the first screen after the sign-in shows them at once. Nothing is shown
 * before the password is right; a wrong one leaves the figures unused in memory.
 */
export function prepareSignedIn(db: DtksDatabase): void {
  void loadSignedInApp()
    .then((module) => module.prepareBeranda(db))
    .catch(() => undefined);
}
