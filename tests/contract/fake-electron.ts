import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

/*
 * The bottom of Electron, faked for the IPC contract test: what touches the operating
 * system (dialogs, windows, displays, the shell, safeStorage, app paths) is recorded or
 * answered here, and everything above it is the app's own code. The two halves of IPC
 * (ipcMain/ipcRenderer, plus contextBridge) really route to each other the way Electron
 * does: every value crossing is structured-cloned, invoke() reaches the one handler of its
 * channel with an event naming the sending frame, send() reaches the ipcMain listeners,
 * webContents.send() reaches the ipcRenderer listeners.
 */

type Handler = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;
type Listener = (event: unknown, ...args: unknown[]) => void;

export type FakeFrame = { url: string };
export type FakeInvokeEvent = {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
  frameId: number;
  processId: number;
};

/** One invoke as the main process saw it, for the coverage check. */
export type InvokeRecord = { channel: string; frameUrl: string | null; result: unknown };

/** The app's data lives here for the test: userData, documents and temp are folders of it. */
export const root = mkdtempSync(path.join(os.tmpdir(), 'dtks-ipc-contract-'));

const APP_PATHS = ['userData', 'documents', 'temp', 'downloads', 'home', 'appData', 'logs'];
// They exist on a real PC (Electron creates userData at start-up).
for (const name of APP_PATHS) mkdirSync(path.join(root, name));

const clone = <T>(value: T): T => structuredClone(value);

class FakeWebContents extends EventEmitter {
  setWindowOpenHandler = vi.fn();
  session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  /** Main → renderer messages arrive at the ipcRenderer listeners, cloned. */
  send = (channel: string, ...args: unknown[]) => ipc.deliverToRenderer(channel, args);
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.all.filter((window) => !window.destroyed);
  readonly webContents = new FakeWebContents();
  /** What the window shows, as a frame: the IPC sender check reads its URL. */
  readonly frame: FakeFrame = { url: 'about:blank' };
  destroyed = false;
  loadURL = vi.fn(async (url: string) => {
    this.frame.url = url;
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = () => false;
  isDestroyed = () => this.destroyed;
  getBounds = () => ({ x: 43, y: 0, width: 1280, height: 728 });
  constructor(public readonly options: unknown) {
    super();
    FakeBrowserWindow.all.push(this);
    ipc.page ??= this;
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeIpc {
  readonly handlers = new Map<string, Handler>();
  readonly mainListeners = new Map<string, Listener[]>();
  readonly rendererListeners = new Map<string, Listener[]>();
  readonly invokes: InvokeRecord[] = [];
  readonly sent: string[] = [];
  /** The window whose preload runs in this test: the first window the main process opens. */
  page: FakeBrowserWindow | null = null;
  /** True acts as a frame that is gone (navigated away or destroyed): senderFrame is null. */
  frameGone = false;

  private event(): FakeInvokeEvent {
    const page = this.page;
    if (!page) throw new Error('No window has loaded the preload yet');
    return {
      sender: page.webContents,
      senderFrame: this.frameGone ? null : page.frame,
      frameId: 1,
      processId: 1,
    };
  }

  async invoke(channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    // Electron's own wording, so a missing handler fails here as it would in the app.
    if (!handler) {
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    }
    const event = this.event();
    const frameUrl = event.senderFrame?.url ?? null;
    let result: unknown;
    try {
      result = await handler(event, ...clone(args));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    }
    this.invokes.push({ channel, frameUrl, result });
    return clone(result);
  }

  send(channel: string, args: unknown[]): void {
    this.sent.push(channel);
    const event = {
      ...this.event(),
      reply: (...reply: unknown[]) => this.deliverToRenderer(channel, reply),
    };
    for (const listener of this.mainListeners.get(channel) ?? []) listener(event, ...clone(args));
  }

  deliverToRenderer(channel: string, args: unknown[]): void {
    this.sent.push(channel);
    for (const listener of this.rendererListeners.get(channel) ?? []) {
      listener({ sender: ipcRenderer }, ...clone(args));
    }
  }
}

export const ipc = new FakeIpc();

const listen =
  (map: Map<string, Listener[]>) =>
  (channel: string, listener: Listener): void => {
    map.set(channel, [...(map.get(channel) ?? []), listener]);
  };
const unlisten =
  (map: Map<string, Listener[]>) =>
  (channel: string, listener: Listener): void => {
    map.set(
      channel,
      (map.get(channel) ?? []).filter((item) => item !== listener),
    );
  };

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    // Electron throws on a second handler for a channel; so does the fake.
    if (ipc.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    ipc.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    ipc.handlers.delete(channel);
  },
  on: listen(ipc.mainListeners),
  removeListener: unlisten(ipc.mainListeners),
};

export const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]) => ipc.invoke(channel, args),
  send: (channel: string, ...args: unknown[]) => ipc.send(channel, args),
  on: listen(ipc.rendererListeners),
  removeListener: unlisten(ipc.rendererListeners),
};

type Exposed = Record<string, unknown>;

/**
 * contextBridge copies what it exposes: functions become proxies whose arguments and
 * results are copied across the worlds, so the page never holds a preload object.
 */
function copyAcrossWorlds(value: unknown): unknown {
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const result: unknown = value(...clone(args));
      return result instanceof Promise ? result.then(clone) : clone(result);
    };
  }
  if (value && typeof value === 'object') {
    return Object.freeze(
      Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyAcrossWorlds(item)])),
    );
  }
  return clone(value);
}

/** The page's world as the renderer code sees it: `window`, holding what the preload exposed. */
export const mainWorld: Exposed = {};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    const world = mainWorld;
    if (key in world) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    world[key] = copyAcrossWorlds(api);
  },
};

export const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: vi.fn(),
  getName: () => 'DTKS Kelurahan',
  getVersion: () => '0.1.0',
  isPackaged: true,
  getPath(name: string): string {
    if (!APP_PATHS.includes(name)) throw new Error(`Failed to get '${name}' path`);
    return path.join(root, name);
  },
});

/** The operator's answer to the next save dialog: keep the suggested name, or cancel. */
export const dialogAnswers: ('accept' | 'cancel')[] = [];

/** The operator's pick in the next open dialogs: a file path, or null to cancel. */
export const openDialogAnswers: (string | null)[] = [];

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => {
    const answer = openDialogAnswers.shift() ?? null;
    return answer === null
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [answer] };
  }),
  showSaveDialog: vi.fn(async (...args: unknown[]) => {
    // Called as (window, options) or (options), like Electron's.
    const options = (args.length > 1 ? args[1] : args[0]) as { defaultPath?: string };
    if (dialogAnswers.shift() === 'cancel') return { canceled: true, filePath: '' };
    return { canceled: false, filePath: options.defaultPath ?? '' };
  }),
  showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => {}),
  openPath: vi.fn(async (_filePath: string) => ''),
  showItemInFolder: vi.fn((_filePath: string) => {}),
};

const laptop = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1366, height: 768 },
  workArea: { x: 0, y: 0, width: 1366, height: 728 },
};
const projector = {
  id: 2,
  bounds: { x: 1366, y: 0, width: 1024, height: 768 },
  workArea: { x: 1366, y: 0, width: 1024, height: 768 },
};

export const screen = {
  getAllDisplays: vi.fn(() => [laptop, projector]),
  getPrimaryDisplay: vi.fn(() => laptop),
  getDisplayMatching: vi.fn((rect: { x: number }) => (rect.x >= 1366 ? projector : laptop)),
};

/** Reversible and visibly not plain text; the real one is the OS keychain's business. */
export const safeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (text: string) => Buffer.from(`safe:${Buffer.from(text).toString('base64')}`),
  decryptString: (data: Buffer) =>
    Buffer.from(data.toString().replace(/^safe:/, ''), 'base64').toString(),
};

/** The office PC is offline unless a test says otherwise. */
export const net = { isOnline: vi.fn(() => false) };

export const electronFake = {
  app,
  net,
  BrowserWindow: FakeBrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => ({ template }) },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  safeStorage,
  screen,
  shell,
};
