/**
 * The part of the app behind the sign-in (router, shell, Beranda, every job's screens) is
 * its own chunk: the first screen does not wait for it. It is fetched as soon as the
 * first screen is up and the window is idle, so it is there when the password is typed.
 */
export const loadSignedInApp = () => import('./SignedInApp');

/** The performance mark the bench reads: the first screen (sign-in) is interactive. */
export const FIRST_SCREEN_MARK = 'dtks:first-screen';

let prefetched = false;

export function afterFirstScreen(): void {
  if (prefetched) return;
  prefetched = true;
  performance.mark(FIRST_SCREEN_MARK);
  const load = () => void loadSignedInApp().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 500 });
  else setTimeout(load, 50);
}
