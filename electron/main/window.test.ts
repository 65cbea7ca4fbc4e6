import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createMainWindow,
  denyWindowOpen,
  focusWindow,
  guardNavigation,
  hardenWebContents,
  mainWindowOptions,
  type BrowserWindowConstructor,
} from './window';

vi.mock('electron', () => ({}));

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { requestingUrl?: string },
) => boolean;

function fakeWebContents() {
  const emitter = new EventEmitter();
  const state: {
    openHandler?: (details: unknown) => unknown;
    requestHandler?: PermissionRequestHandler;
    checkHandler?: PermissionCheckHandler;
  } = {};
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: (details: unknown) => unknown) => {
      state.openHandler = handler;
    },
    session: {
      setPermissionRequestHandler: (handler: PermissionRequestHandler) => {
        state.requestHandler = handler;
      },
      setPermissionCheckHandler: (handler: PermissionCheckHandler) => {
        state.checkHandler = handler;
      },
    },
  });
  return { contents, state };
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/dist-electron/preload.cjs');
  const prefs = options.webPreferences ?? {};

  it('hardens every web preference', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
  });

  it('sets title, minimum size and background', () => {
    expect(options.title).toBe('DTKS Kelurahan');
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.show).toBe(false);
  });
});

describe('navigation and popups', () => {
  it('denies window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('prevents navigation away from the app and allows app:// pages', () => {
    const away = navigationEvent('https://example.com');
    guardNavigation(away);
    expect(away.preventDefault).toHaveBeenCalled();

    const inside = navigationEvent('app://dtks/index.html#/usulan');
    guardNavigation(inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const lookalike = navigationEvent('app://dtks.evil.com/index.html');
    guardNavigation(lookalike);
    expect(lookalike.preventDefault).toHaveBeenCalled();
  });

  it('wires the guards onto the web contents', () => {
    const { contents, state } = fakeWebContents();
    hardenWebContents(contents as unknown as WebContents);

    expect(state.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });

    for (const eventName of ['will-navigate', 'will-redirect']) {
      const away = navigationEvent('https://example.com');
      contents.emit(eventName, away, away.url);
      expect(away.preventDefault).toHaveBeenCalled();
      const inside = navigationEvent('app://dtks/index.html');
      contents.emit(eventName, inside, inside.url);
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }

    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies permission requests except clipboard writes from the app', () => {
    const { contents, state } = fakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    const answer = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      state.requestHandler?.(contents, permission, callback, { requestingUrl });
      return callback.mock.calls[0]?.[0];
    };
    expect(answer('media', 'app://dtks/index.html')).toBe(false);
    expect(answer('notifications', 'app://dtks/index.html')).toBe(false);
    expect(answer('clipboard-sanitized-write', 'app://dtks/index.html')).toBe(true);
    expect(answer('clipboard-sanitized-write', 'https://example.com/')).toBe(false);

    expect(state.checkHandler?.(contents, 'media', 'app://dtks', {})).toBe(false);
    expect(state.checkHandler?.(contents, 'clipboard-sanitized-write', 'app://dtks', {})).toBe(
      true,
    );
  });
});

describe('createMainWindow', () => {
  it('loads the bundled app, never a remote URL, and shows when ready', () => {
    const created: { options?: BrowserWindowConstructorOptions; window?: FakeWindow } = {};
    class FakeWindow extends EventEmitter {
      webContents = fakeWebContents().contents;
      loadURL = vi.fn(() => Promise.resolve());
      show = vi.fn();
      constructor(options: BrowserWindowConstructorOptions) {
        super();
        created.options = options;
        created.window = this;
      }
    }

    createMainWindow({
      BrowserWindow: FakeWindow as unknown as BrowserWindowConstructor,
      preloadPath: '/p/preload.cjs',
    });

    expect(created.options?.webPreferences?.sandbox).toBe(true);
    expect(created.window?.loadURL).toHaveBeenCalledWith('app://dtks/index.html');
    expect(created.window?.show).not.toHaveBeenCalled();
    created.window?.emit('ready-to-show');
    expect(created.window?.show).toHaveBeenCalledOnce();
  });
});

describe('createMainWindow with a remembered place', () => {
  it('opens at the given bounds and maximises instead of a plain show', () => {
    const created: { options?: BrowserWindowConstructorOptions; window?: FakeWindow } = {};
    class FakeWindow extends EventEmitter {
      webContents = fakeWebContents().contents;
      loadURL = vi.fn(() => Promise.resolve());
      show = vi.fn();
      maximize = vi.fn();
      constructor(options: BrowserWindowConstructorOptions) {
        super();
        created.options = options;
        created.window = this;
      }
    }
    createMainWindow({
      BrowserWindow: FakeWindow as unknown as BrowserWindowConstructor,
      preloadPath: '/p/preload.cjs',
      initialState: { x: 0, y: 0, width: 1280, height: 728, maximized: true },
    });
    expect(created.options).toMatchObject({ x: 0, y: 0, width: 1280, height: 728 });
    expect(created.options?.webPreferences?.contextIsolation).toBe(true);
    created.window?.emit('ready-to-show');
    expect(created.window?.maximize).toHaveBeenCalledOnce();
    expect(created.window?.show).not.toHaveBeenCalled();
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and focuses it', () => {
    const window = {
      isMinimized: vi.fn(() => true),
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    focusWindow(window);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
