import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  captureWindowState,
  defaultState,
  initialWindowState,
  isVisibleOnSomeDisplay,
  loadWindowState,
  parseWindowState,
  trackWindowState,
  type DisplayArea,
  type Rect,
  type WindowStateStore,
} from './window-state';

vi.mock('electron', () => ({}));

/** A display with a 40-pixel taskbar at the bottom, as Windows lays it out. */
function display(x: number, y: number, width: number, height: number): DisplayArea {
  return { bounds: { x, y, width, height }, workArea: { x, y, width, height: height - 40 } };
}

const laptop = display(0, 0, 1366, 768);
const fullHd = display(0, 0, 1920, 1080);
const exactly = display(0, 0, 1440, 900);
const rightMonitor = display(1920, 0, 1920, 1080);

describe('the first start', () => {
  it('maximises on a screen under 1440×900 (a 1366×768 laptop)', () => {
    const state = initialWindowState(null, [laptop], laptop);
    expect(state.maximized).toBe(true);
    // The restore size still fits the work area, above the minimum.
    expect(state.width).toBe(1280);
    expect(state.height).toBe(728);
  });

  it('maximises when only one side is short (1600×768, 1280×1024)', () => {
    expect(defaultState(display(0, 0, 1600, 768)).maximized).toBe(true);
    expect(defaultState(display(0, 0, 1280, 1024)).maximized).toBe(true);
  });

  it('opens centred at 1280×800, not maximised, on 1440×900 and larger', () => {
    expect(defaultState(exactly)).toEqual({
      x: 80,
      y: 30,
      width: 1280,
      height: 800,
      maximized: false,
    });
    expect(defaultState(fullHd)).toMatchObject({ x: 320, y: 120, maximized: false });
  });

  it('opens on the primary display even when it is not at the origin', () => {
    const state = defaultState(rightMonitor);
    expect(state.x).toBe(1920 + 320);
    expect(isVisibleOnSomeDisplay(state, [rightMonitor])).toBe(true);
  });
});

describe('a remembered window', () => {
  it('comes back where it was left, maximised or not', () => {
    const saved = { x: 100, y: 50, width: 1500, height: 900, maximized: false };
    expect(initialWindowState(saved, [fullHd], fullHd)).toEqual(saved);
    const max = { ...saved, maximized: true };
    expect(initialWindowState(max, [fullHd], fullHd)).toEqual(max);
  });

  it('comes back on the second monitor while that monitor is there', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: false };
    expect(initialWindowState(saved, [fullHd, rightMonitor], fullHd)).toEqual(saved);
  });

  it('starts fresh on the primary display when its monitor is gone', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: false };
    expect(initialWindowState(saved, [laptop], laptop)).toEqual(defaultState(laptop));
  });

  it('is shrunk to the display it is on, never below the minimum size', () => {
    const saved = { x: 10, y: 10, width: 1900, height: 1040, maximized: false };
    const state = initialWindowState(saved, [laptop], laptop);
    expect(state).toMatchObject({ width: 1366, height: 728 });
    const tiny = { x: 10, y: 10, width: 300, height: 200, maximized: false };
    expect(initialWindowState(tiny, [laptop], laptop)).toMatchObject({ width: 1024, height: 640 });
  });

  it('is not trusted when its title bar is above or below every display', () => {
    const above: Rect = { x: 100, y: -500, width: 1280, height: 800 };
    const below: Rect = { x: 100, y: 1060, width: 1280, height: 800 };
    const sliver: Rect = { x: 1900, y: 100, width: 1280, height: 800 };
    expect(isVisibleOnSomeDisplay(above, [fullHd])).toBe(false);
    expect(isVisibleOnSomeDisplay(below, [fullHd])).toBe(false);
    expect(isVisibleOnSomeDisplay(sliver, [fullHd])).toBe(false);
  });
});

describe('parseWindowState', () => {
  it('reads what the app wrote and refuses anything else', () => {
    const state = { x: -8, y: -8, width: 1296, height: 736, maximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{')).toBeNull();
    expect(parseWindowState('{"x":1}')).toBeNull();
    expect(parseWindowState(JSON.stringify({ ...state, width: 'lebar' }))).toBeNull();
    expect(parseWindowState(JSON.stringify({ ...state, width: 0 }))).toBeNull();
  });
});

class FakeWindow extends EventEmitter {
  bounds: Rect = { x: 100, y: 100, width: 1300, height: 850 };
  maximized = false;
  minimized = false;
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isMinimized = () => this.minimized;
  isFullScreen = () => false;
}

describe('trackWindowState', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function fileStore(): WindowStateStore {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dtks-jendela-'));
    return {
      userDataDir: () => dir,
      readFileSync: (filePath) => readFileSync(filePath, 'utf8'),
      writeFileSync: (filePath, text) => writeFileSync(filePath, text),
    };
  }

  it('writes the normal bounds and the maximised flag on close, read back at the next start', () => {
    const store = fileStore();
    expect(loadWindowState(store)).toBeNull();
    const window = new FakeWindow();
    trackWindowState(window, store);
    window.bounds = { x: 40, y: 30, width: 1400, height: 880 };
    window.emit('resize');
    window.maximized = true;
    window.emit('close');
    expect(loadWindowState(store)).toEqual({
      x: 40,
      y: 30,
      width: 1400,
      height: 880,
      maximized: true,
    });
  });

  it('keeps the place from before the window was minimised', () => {
    const store = fileStore();
    const window = new FakeWindow();
    trackWindowState(window, store);
    window.emit('move');
    window.minimized = true;
    window.bounds = { x: -32000, y: -32000, width: 160, height: 28 };
    window.emit('close');
    expect(loadWindowState(store)).toMatchObject({ x: 100, y: 100, width: 1300 });
  });

  it('a write that fails does not stop the window from closing', () => {
    const window = new FakeWindow();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    trackWindowState(window, {
      userDataDir: () => '/tidak/ada',
      readFileSync: () => {
        throw new Error('ENOENT');
      },
      writeFileSync: () => {
        throw new Error('EACCES');
      },
    });
    expect(() => window.emit('close')).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('captureWindowState rounds fractional bounds (scaled displays)', () => {
    const window = new FakeWindow();
    window.bounds = { x: 10.4, y: 20.6, width: 1280.5, height: 800.2 };
    expect(captureWindowState(window)).toEqual({
      x: 10,
      y: 21,
      width: 1281,
      height: 800,
      maximized: false,
    });
  });
});
