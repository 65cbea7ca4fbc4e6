/**
 * Performance marks of the way from a new window to the Beranda's numbers (issue 17): the
 * bench (bench/cases/recap.mjs) reads them to say where the start-up time goes. A mark costs
 * nothing measurable and is kept in the window's performance timeline only.
 */
export const STARTUP_MARKS = {
  /** The sign-in screen is interactive. */
  firstScreen: 'dtks:first-screen',
  /** The sign-in form was sent. */
  signInStart: 'dtks:sign-in',
  /** The password hash is computed (db/keamanan/account-repository.ts marks it by name). */
  passwordChecked: 'dtks:password-checked',
  /** The account is signed in (its audit entry written). */
  signedIn: 'dtks:signed-in',
  /** The Beranda shows its numbers. */
  berandaNumbers: 'dtks:beranda-numbers',
} as const;

/** Marks `name` once per window (a later sign-in, after a lock, is not a start-up). */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/**
 * Marks `name` and drops its earlier marks: the console marks each decision's steps
 * (dtks:decision-sent, dtks:decision-saved, dtks:decisions-shown; bench/cases/meeting.mjs
 * reads them), which must not pile up over a day's meeting.
 */
export function markLatest(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name);
}
