import { z } from 'zod';

/**
 * Sign-in throttling per user name (issue 21, point 6). Five wrong passwords
 * are free (typos happen); from the fifth on, each failure locks the name for
 * a delay that doubles, capped, so guessing a password by hand or by script
 * takes days instead of seconds. The rule is pure: the data layer keeps the
 * state and passes the clock in.
 */
export const FREE_ATTEMPTS = 5;
export const FIRST_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 15 * 60;
/** A failure older than this is forgotten: a typo last week does not count today. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;

export const loginLockStateSchema = z.object({
  username: z.string(),
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.string(),
  lockedUntil: z.string().optional(),
});
export type LoginLockState = z.infer<typeof loginLockStateSchema>;

/** The lock a given number of consecutive failures earns: 0 below five, then 30 s, 60 s, … 15 min. */
export function lockSecondsFor(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  const doublings = Math.min(failures - FREE_ATTEMPTS, 20);
  return Math.min(FIRST_LOCK_SECONDS * 2 ** doublings, MAX_LOCK_SECONDS);
}

/** The state still in force at `now`, or null when it is forgotten (or absent). */
export function currentState(
  state: LoginLockState | null | undefined,
  now: Date,
): LoginLockState | null {
  if (!state) return null;
  const last = Date.parse(state.lastFailureAt);
  if (!Number.isFinite(last) || now.getTime() - last > FAILURE_MEMORY_MS) return null;
  return state;
}

/** Milliseconds the user name must still wait; 0 when it may try now. */
export function remainingLockMs(state: LoginLockState | null | undefined, now: Date): number {
  const live = currentState(state, now);
  if (!live?.lockedUntil) return 0;
  return Math.max(0, Date.parse(live.lockedUntil) - now.getTime());
}

/** The state after one more wrong password at `now`. */
export function afterFailure(
  state: LoginLockState | null | undefined,
  username: string,
  now: Date,
): LoginLockState {
  const failures = (currentState(state, now)?.failures ?? 0) + 1;
  const seconds = lockSecondsFor(failures);
  return {
    username,
    failures,
    lastFailureAt: now.toISOString(),
    ...(seconds > 0 ? { lockedUntil: new Date(now.getTime() + seconds * 1000).toISOString() } : {}),
  };
}

/** "30 detik", "2 menit", "1 menit 30 detik": always rounded up, never "0 detik". */
export function waitText(ms: number): string {
  const total = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} detik`;
  return seconds === 0 ? `${minutes} menit` : `${minutes} menit ${seconds} detik`;
}

export function lockedMessage(ms: number): string {
  return `Terlalu banyak percobaan masuk yang salah untuk nama pengguna ini. Tunggu ${waitText(ms)}, lalu coba lagi, atau minta admin membuka kuncinya di Pengaturan → Akun pengguna.`;
}
