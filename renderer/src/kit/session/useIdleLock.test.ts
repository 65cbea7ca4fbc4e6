import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteActivity, useIdleLock } from './useIdleLock';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 5, 8, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('idle lock', () => {
  it('locks after the idle minutes without activity', () => {
    const onIdle = vi.fn();
    renderHook(() => useIdleLock(true, 10, onIdle, () => undefined));
    vi.advanceTimersByTime(9 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(61_000);
    expect(onIdle).toHaveBeenCalled();
  });

  it('counts the meeting console stepping through candidates as activity', () => {
    const onIdle = vi.fn();
    renderHook(() => useIdleLock(true, 10, onIdle, () => undefined));
    for (let minute = 0; minute < 15; minute += 1) {
      vi.advanceTimersByTime(60_000);
      noteActivity();
    }
    expect(onIdle).not.toHaveBeenCalled();
  });
});
