import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  FAILURE_MEMORY_MS,
  lockSecondsFor,
  MAX_LOCK_SECONDS,
  remainingLockMs,
  waitText,
} from './login-lockout';

describe('login lockout rule', () => {
  it('lets five failures pass, then locks 30 s, doubling up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(lockSecondsFor)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 50].map(lockSecondsFor)).toEqual([
      30, 60, 120, 240, 480, 900, 900, 900,
    ]);
  });

  it('never shortens the lock as failures grow (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        expect(lockSecondsFor(n + 1)).toBeGreaterThanOrEqual(lockSecondsFor(n));
        expect(lockSecondsFor(n)).toBeLessThanOrEqual(MAX_LOCK_SECONDS);
      }),
    );
  });

  it('counts failures on an injected clock and forgets them after a day', () => {
    let now = new Date('2026-12-03T08:00:00Z');
    let state = null as ReturnType<typeof afterFailure> | null;
    for (let i = 0; i < 5; i += 1) state = afterFailure(state, 'budi', now);
    expect(state?.failures).toBe(5);
    expect(remainingLockMs(state, now)).toBe(30_000);
    now = new Date(now.getTime() + 29_000);
    expect(remainingLockMs(state, now)).toBe(1_000);
    now = new Date(now.getTime() + 1_000);
    expect(remainingLockMs(state, now)).toBe(0);
    state = afterFailure(state, 'budi', now);
    expect(remainingLockMs(state, now)).toBe(60_000);
    now = new Date(now.getTime() + FAILURE_MEMORY_MS + 1);
    expect(remainingLockMs(state, now)).toBe(0);
    expect(afterFailure(state, 'budi', now).failures).toBe(1);
  });

  it('tells the wait in Indonesian, rounded up', () => {
    expect(waitText(30_000)).toBe('30 detik');
    expect(waitText(29_001)).toBe('30 detik');
    expect(waitText(1)).toBe('1 detik');
    expect(waitText(120_000)).toBe('2 menit');
    expect(waitText(90_000)).toBe('1 menit 30 detik');
  });
});
