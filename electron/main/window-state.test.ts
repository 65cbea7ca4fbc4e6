import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  initialPlacement,
  readWindowState,
  rememberWindowState,
  stateToSave,
} from './window-state';

vi.mock('electron', () => ({}));

const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 }; // 1366×768 less the task bar
const FULL_HD = { x: 0, y: 0, width: 1920, height: 1040 };
const PROJECTOR = { x: 1920, y: 0, width: 1920, height: 1080 };

describe('where the main window opens', () => {
  it('opens maximised on a screen smaller than 1280×800, never taller than the screen', () => {
    const placement = initialPlacement(null, [LAPTOP], LAPTOP);
    expect(placement.maximize).toBe(true);
    expect(placement.bounds.height).toBeLessThanOrEqual(LAPTOP.height);
    expect(placement.bounds.width).toBeLessThanOrEqual(LAPTOP.width);
  });

  it('opens 1280×800 in the middle of a large screen', () => {
    expect(initialPlacement(undefined, [FULL_HD], FULL_HD)).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      maximize: false,
    });
  });

  it('reopens where it was closed, maximised or not', () => {
    const saved = { x: 2000, y: 50, width: 1400, height: 900, maximized: false };
    expect(initialPlacement(saved, [FULL_HD, PROJECTOR], FULL_HD)).toEqual({
      bounds: { x: 2000, y: 50, width: 1400, height: 900 },
      maximize: false,
    });
    expect(
      initialPlacement({ ...saved, x: 10, y: 10, maximized: true }, [LAPTOP], LAPTOP).maximize,
    ).toBe(true);
  });

  it('comes back onto a screen when the one it was on is gone', () => {
    const onProjector = { x: 2000, y: 50, width: 1400, height: 900, maximized: false };
    const placement = initialPlacement(onProjector, [LAPTOP], LAPTOP);
    expect(placement.maximize).toBe(true);
    expect(placement.bounds).toEqual({ x: 43, y: 0, width: 1280, height: 728 });
  });

  it('shrinks a remembered window that is larger than its screen now', () => {
    const big = { x: 0, y: 0, width: 1900, height: 1000, maximized: false };
    const placement = initialPlacement(big, [LAPTOP], LAPTOP);
    expect(placement.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('treats a damaged or foreign file as the first run', () => {
    for (const junk of [{ x: 'a' }, [], 'x', { x: 0, y: 0, width: 10, height: 10, maximized: 0 }])
      expect(initialPlacement(junk, [FULL_HD], FULL_HD).bounds).toMatchObject({ width: 1280 });
    expect(readWindowState(() => '{kacau')).toBeNull();
    expect(
      readWindowState(() => {
        throw new Error('ENOENT');
      }),
    ).toBeNull();
  });

  it('stores the unmaximised bounds and the maximised flag when the window closes', () => {
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 12.4, y: 30, width: 1300, height: 700 }),
      isMaximized: () => true,
    });
    const write = vi.fn();
    rememberWindowState(window as never, { write });
    window.emit('close');
    expect(write).toHaveBeenCalledWith({ x: 12, y: 30, width: 1300, height: 700, maximized: true });
    expect(
      stateToSave({
        getNormalBounds: () => ({ x: 0, y: 0, width: 500, height: 300 }),
        isMaximized: () => false,
      }),
    ).toMatchObject({ width: 1024, height: 640 });
  });
});
