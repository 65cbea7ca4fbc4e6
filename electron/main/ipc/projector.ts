import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { openProjectorRequestSchema, type OpenProjectorResponse } from '@shared/ipc/contract';
import { APP_ENTRY_URL } from '../security';
import { hardenWebContents, mainWindowOptions, type BrowserWindowConstructor } from '../window';
import { UNTRUSTED_SENDER_MESSAGE, parseRequest, withSenderCheck } from './common';

export type DisplayLike = {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
};

export type ProjectorDeps = {
  BrowserWindow: BrowserWindowConstructor;
  preloadPath: string;
  getAllDisplays: () => DisplayLike[];
  getPrimaryDisplay: () => DisplayLike;
  /** The display the main window is on, when known: the projector goes to another one. */
  getMainWindowDisplay?: () => DisplayLike | null;
};

/** Dark navy behind the white projector text, so the first paint does not flash white. */
const PROJECTOR_BACKGROUND = '#0b1f3a';

export function projectorUrl(meetingId: string): string {
  return `${APP_ENTRY_URL}#/proyektor/${meetingId}`;
}

/**
 * The screen for the projector: not the one the clerk's window is on. Usually that is
 * the laptop's own (primary) screen; when the clerk has dragged the main window onto the
 * external monitor, the projector goes to the other one instead of covering it.
 */
export function pickExternalDisplay(
  displays: readonly DisplayLike[],
  primary: DisplayLike,
  mainWindowDisplay: DisplayLike | null = null,
): DisplayLike | null {
  const occupied = mainWindowDisplay ?? primary;
  if (displays.length < 2) return null;
  return (
    displays.find((display) => display.id !== occupied.id && display.id !== primary.id) ??
    displays.find((display) => display.id !== occupied.id) ??
    null
  );
}

/**
 * The same hardened web preferences as the main window; fullscreen on the
 * external display when there is one, otherwise a window the facilitator can
 * drag to the projector by hand.
 */
export function projectorWindowOptions(
  preloadPath: string,
  display: DisplayLike | null,
): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(preloadPath);
  const placement: BrowserWindowConstructorOptions = display
    ? { ...display.bounds, fullscreen: true }
    : { width: 1024, height: 768 };
  return {
    ...base,
    ...placement,
    title: 'DTKS Kelurahan — Proyektor',
    backgroundColor: PROJECTOR_BACKGROUND,
    autoHideMenuBar: true,
  };
}

const fail = (message: string): OpenProjectorResponse => ({ ok: false, message });

export function createOpenProjectorHandler(deps: ProjectorDeps) {
  // One projector window: opening it again shows the other meeting in the same window.
  let projector: BrowserWindow | null = null;

  return withSenderCheck<OpenProjectorResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(openProjectorRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const url = projectorUrl(parsed.value.meetingId);
      const display = pickExternalDisplay(
        deps.getAllDisplays(),
        deps.getPrimaryDisplay(),
        deps.getMainWindowDisplay?.() ?? null,
      );

      if (projector && !projector.isDestroyed()) {
        await projector.loadURL(url);
        projector.show();
        return { ok: true, external: display !== null };
      }
      const window = new deps.BrowserWindow(projectorWindowOptions(deps.preloadPath, display));
      hardenWebContents(window.webContents);
      window.once('ready-to-show', () => window.show());
      window.on('closed', () => {
        if (projector === window) projector = null;
      });
      projector = window;
      await window.loadURL(url);
      return { ok: true, external: display !== null };
    },
  );
}
