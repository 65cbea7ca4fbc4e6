import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

/**
 * Where the main window opens: where it was last closed, as long as that
 * place is still on a screen; otherwise 1280×800 in the middle of the
 * primary screen, maximised on a screen too small for that (a 1366×768
 * laptop has about 1366×728 of work area, less than 800 lines).
 * Pure functions; the few Electron calls are passed in.
 */

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 1024, height: 640 } as const;
/** How much of the window's top edge must lie on a screen to be reachable with the mouse. */
const VISIBLE_EDGE = { width: 120, height: 40 } as const;
export const WINDOW_STATE_FILE = 'jendela.json';

const savedSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_SIZE.height).max(20_000),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof savedSchema>;

export type Placement = {
  bounds: Rectangle | { width: number; height: number };
  maximize: boolean;
};

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The first run, a broken file, or a screen that is gone: the default place. */
function defaultPlacement(primary: Rectangle): Placement {
  const small = primary.width < DEFAULT_SIZE.width || primary.height < DEFAULT_SIZE.height;
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
    },
    maximize: small,
  };
}

/**
 * @param saved what was stored last time (anything: the file may be damaged)
 * @param workAreas the work areas of the screens attached now
 * @param primary the primary screen's work area
 */
export function initialPlacement(
  saved: unknown,
  workAreas: readonly Rectangle[],
  primary: Rectangle,
): Placement {
  const parsed = savedSchema.safeParse(saved);
  if (!parsed.success) return defaultPlacement(primary);
  const state = parsed.data;
  // The title bar strip must be on some screen, or the window could not be moved back.
  const titleBar = { x: state.x, y: state.y, width: state.width, height: VISIBLE_EDGE.height };
  const screen = workAreas.find((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= VISIBLE_EDGE.width && shared.height >= VISIBLE_EDGE.height / 2;
  });
  if (!screen) return defaultPlacement(primary);
  // A window larger than its screen (the screen changed): shrink it to fit.
  const width = Math.min(state.width, screen.width);
  const height = Math.min(state.height, screen.height);
  return {
    bounds: {
      x: Math.min(Math.max(state.x, screen.x), screen.x + screen.width - width),
      y: Math.min(Math.max(state.y, screen.y), screen.y + screen.height - height),
      width,
      height,
    },
    maximize: state.maximized,
  };
}

/** What is stored on close: the unmaximised bounds, so un-maximising later returns there. */
export function stateToSave(
  window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>,
): SavedWindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(MIN_SIZE.width, Math.round(bounds.width)),
    height: Math.max(MIN_SIZE.height, Math.round(bounds.height)),
    maximized: window.isMaximized(),
  };
}

export type WindowStateStore = {
  read(): unknown;
  write(state: SavedWindowState): void;
};

/** Reads the stored place; a missing or damaged file is the first run. */
export function readWindowState(readFile: () => string): unknown {
  try {
    return JSON.parse(readFile()) as unknown;
  } catch {
    return null;
  }
}

/** Remembers size, place and maximised state when the window closes. */
export function rememberWindowState(
  window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'on'>,
  store: Pick<WindowStateStore, 'write'>,
): void {
  window.on('close', () => {
    try {
      store.write(stateToSave(window));
    } catch (error) {
      // Not worth stopping a close for: the window opens at the default place next time.
      console.warn('Letak jendela tidak tersimpan:', error);
    }
  });
}
