import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import { APP_ENTRY_URL, isAppUrl, isPermissionAllowed } from './security';
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './window-state';

/** Matches the renderer's Mantine body colour so the first paint does not flash white. */
const BACKGROUND_COLOR = '#f8f9fa';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'DTKS Kelurahan',
    width: 1280,
    height: 800,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    backgroundColor: BACKGROUND_COLOR,
    // Shown on ready-to-show, so the user never sees a half-painted window.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

export const denyWindowOpen = (_details?: HandlerDetails): WindowOpenHandlerResponse => ({
  action: 'deny',
});

type Preventable = { preventDefault(): void };

/** Navigation stays inside the bundled app; everything else is cancelled. */
export function guardNavigation(event: Preventable & { url: string }): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Applied to the window's contents and session. Permission handlers live on the
 * session, which the main window shares with nothing else, so a deny-all policy
 * there cannot break another window.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', (event) => guardNavigation(event));
  contents.on('will-redirect', (event) => guardNavigation(event));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  contents.session.setPermissionCheckHandler((_contents, permission, origin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? `${origin}/`),
  );
}

export type BrowserWindowConstructor = new (
  options: BrowserWindowConstructorOptions,
) => BrowserWindow;

export type MainWindowDeps = {
  BrowserWindow: BrowserWindowConstructor;
  preloadPath: string;
  /** Where to open (see window-state.ts); without it, Electron centres the default size. */
  initialState?: WindowState;
};

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const state = deps.initialState;
  const placement = state
    ? { x: state.x, y: state.y, width: state.width, height: state.height }
    : {};
  const window = new deps.BrowserWindow({ ...mainWindowOptions(deps.preloadPath), ...placement });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => {
    // maximize() shows the window too; the normal bounds above stay its restore size.
    if (state?.maximized) window.maximize();
    else window.show();
  });
  // A failed load leaves a blank window; the protocol handler already logs why.
  void window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Gagal memuat aplikasi:', error);
  });
  return window;
}

/** Brings the existing window forward when a second copy of the app is started. */
export function focusWindow(
  window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>,
): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
