import path from 'node:path';
import { z } from 'zod';

/*
 * Where the main window opens. Office PCs run anything from a 1366×768 laptop to a
 * 1920×1080 monitor, and a clerk should not have to drag the window into place every
 * morning: the first start fits the screen (maximised on small screens), later starts
 * come back where the window was left, unless that display is gone (the laptop is now
 * off its docking station), in which case it starts fresh on the primary display.
 */

export type Rect = { x: number; y: number; width: number; height: number };
export type DisplayArea = { bounds: Rect; workArea: Rect };

export type WindowState = Rect & { maximized: boolean };

export const WINDOW_STATE_FILE = 'window-state.json';

/** The smallest window the screens are laid out for (same as the BrowserWindow minimum). */
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 640;
/** The size the app is designed at, used on screens that have room for it. */
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;
/** Below this screen size a window would need scrolling or overlap the taskbar: maximise. */
export const SMALL_SCREEN = { width: 1440, height: 900 } as const;
/** How much of the title bar must be on a display for a saved position to count as visible. */
const VISIBLE_MARGIN = 64;

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});

export function isSmallScreen(display: DisplayArea): boolean {
  return display.bounds.width < SMALL_SCREEN.width || display.bounds.height < SMALL_SCREEN.height;
}

/** The first start on a display: centred at the design size, maximised if it would not fit. */
export function defaultState(primary: DisplayArea): WindowState {
  const area = primary.workArea;
  const width = Math.min(DEFAULT_WIDTH, Math.max(MIN_WIDTH, area.width));
  const height = Math.min(DEFAULT_HEIGHT, Math.max(MIN_HEIGHT, area.height));
  return {
    x: area.x + Math.max(0, Math.round((area.width - width) / 2)),
    y: area.y + Math.max(0, Math.round((area.height - height) / 2)),
    width,
    height,
    maximized: isSmallScreen(primary),
  };
}

/** True when the window's title bar would be reachable with the mouse on one of the displays. */
export function isVisibleOnSomeDisplay(rect: Rect, displays: readonly DisplayArea[]): boolean {
  return displays.some(({ workArea: area }) => {
    const left = Math.max(rect.x, area.x);
    const right = Math.min(rect.x + rect.width, area.x + area.width);
    // The top strip of the window (its title bar) must be inside the work area.
    const titleTop = rect.y;
    const titleVisible = titleTop >= area.y && titleTop < area.y + area.height - VISIBLE_MARGIN / 2;
    return right - left >= VISIBLE_MARGIN && titleVisible;
  });
}

/**
 * The bounds to open the main window with. A saved state wins when it is still on a
 * display; its size is clamped to the display it is on, never below the minimum.
 */
export function initialWindowState(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
): WindowState {
  if (!saved || !isVisibleOnSomeDisplay(saved, displays)) return defaultState(primary);
  const host =
    displays.find(
      ({ workArea: a }) =>
        saved.x >= a.x && saved.x < a.x + a.width && saved.y >= a.y && saved.y < a.y + a.height,
    ) ?? primary;
  return {
    ...saved,
    width: Math.max(MIN_WIDTH, Math.min(saved.width, host.workArea.width)),
    height: Math.max(MIN_HEIGHT, Math.min(saved.height, host.workArea.height)),
  };
}

/** Reads a saved state; anything unreadable or malformed means "no saved state". */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The part of BrowserWindow read when saving. */
export type StatefulWindow = {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  on(event: 'close' | 'resize' | 'move', listener: () => void): unknown;
};

/**
 * The state to remember. Normal bounds, not the current ones: a maximised window
 * restores to the size it had before, as it did when the clerk maximised it.
 */
export function captureWindowState(window: StatefulWindow): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized() || window.isFullScreen(),
  };
}

export type WindowStateStore = {
  userDataDir: () => string;
  readFileSync: (filePath: string) => string;
  writeFileSync: (filePath: string, text: string) => void;
};

export function windowStatePath(userDataDir: string): string {
  return path.join(userDataDir, WINDOW_STATE_FILE);
}

export function loadWindowState(store: WindowStateStore): WindowState | null {
  try {
    return parseWindowState(store.readFileSync(windowStatePath(store.userDataDir())));
  } catch {
    return null;
  }
}

/**
 * Remembers the window's place when it closes. The bounds are followed while the window
 * moves, and a minimised window is not sampled: closing it from the taskbar keeps the
 * place it had on screen, not the taskbar's.
 */
export function trackWindowState(window: StatefulWindow, store: WindowStateStore): void {
  let latest: WindowState | null = null;
  const remember = () => {
    if (!window.isMinimized()) latest = captureWindowState(window);
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('close', () => {
    remember();
    if (!latest) return;
    try {
      store.writeFileSync(windowStatePath(store.userDataDir()), JSON.stringify(latest));
    } catch (error) {
      // Losing the window's place is not worth an error dialog on the way out.
      console.warn('Posisi jendela tidak dapat disimpan:', error);
    }
  });
}
