import { useEffect, useRef } from 'react';

/** Work that does not come as a key or pointer event here (the meeting console's steps). */
const ACTIVITY_EVENT = 'dtks:aktivitas';
const EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  ACTIVITY_EVENT,
] as const;

/** Tells the idle lock that the user is working (e.g. a candidate was decided or shown). */
export function noteActivity(): void {
  window.dispatchEvent(new Event(ACTIVITY_EVENT));
}
/** Activity is noted at most this often: pointermove fires hundreds of times a second. */
const THROTTLE_MS = 15_000;
const CHECK_MS = 5_000;

/**
 * Calls `onIdle` once `minutes` pass without keyboard, mouse or touch, and
 * `onActivity` (throttled) while the user works. The check runs on a timer
 * against the wall clock, so a laptop waking from sleep locks at once.
 */
export function useIdleLock(
  enabled: boolean,
  minutes: number,
  onIdle: () => void,
  onActivity: () => void,
): void {
  const last = useRef(0);
  const noted = useRef(0);
  const callbacks = useRef({ onIdle, onActivity });
  useEffect(() => {
    callbacks.current = { onIdle, onActivity };
  });

  useEffect(() => {
    if (!enabled) return;
    last.current = Date.now();
    noted.current = Date.now();
    const activity = () => {
      const now = Date.now();
      last.current = now;
      if (now - noted.current >= THROTTLE_MS) {
        noted.current = now;
        callbacks.current.onActivity();
      }
    };
    for (const name of EVENTS)
      window.addEventListener(name, activity, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) callbacks.current.onIdle();
    }, CHECK_MS);
    return () => {
      for (const name of EVENTS) window.removeEventListener(name, activity, { capture: true });
      window.clearInterval(timer);
    };
  }, [enabled, minutes]);
}
