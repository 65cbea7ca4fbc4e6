import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Everything the mock factory touches must exist before the hoisted vi.mock runs.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class Emitter {
    private listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }

  class FakeWindow extends Emitter {
    webContents = Object.assign(new Emitter(), {
      setWindowOpenHandler: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    });
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    constructor(public options: unknown) {
      super();
      state.windows.push(this);
    }
  }

  function makeApp(lock: boolean) {
    return Object.assign(new Emitter(), {
      requestSingleInstanceLock: vi.fn(() => lock),
      quit: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
      getVersion: () => '0.1.0',
      getName: () => 'DTKS Kelurahan',
      getPath: (name: string) => `/fake/${name}`,
      setPath: vi.fn(),
      isPackaged: true,
    });
  }

  const state = {
    app: makeApp(true),
    windows: [] as FakeWindow[],
    registerSchemesAsPrivileged: vi.fn(),
    handleProtocol: vi.fn(),
    setApplicationMenu: vi.fn(),
    popup: vi.fn(),
    ipcHandle: vi.fn(),
  };
  const laptopDisplay = {
    id: 1,
    bounds: { x: 0, y: 0, width: 1366, height: 768 },
    workArea: { x: 0, y: 0, width: 1366, height: 728 },
  };
  return { state, makeApp, FakeWindow, laptopDisplay };
});

vi.mock('electron', () => ({
  get app() {
    return fake.state.app;
  },
  BrowserWindow: fake.FakeWindow,
  protocol: {
    registerSchemesAsPrivileged: fake.state.registerSchemesAsPrivileged,
    handle: fake.state.handleProtocol,
  },
  Menu: {
    setApplicationMenu: fake.state.setApplicationMenu,
    buildFromTemplate: (template: unknown) => ({ template, popup: fake.state.popup }),
  },
  ipcMain: { handle: fake.state.ipcHandle },
  dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
  shell: { openExternal: vi.fn(), openPath: vi.fn() },
  screen: {
    getAllDisplays: vi.fn(() => [fake.laptopDisplay]),
    getPrimaryDisplay: vi.fn(() => fake.laptopDisplay),
  },
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => true),
    encryptString: vi.fn(),
    decryptString: vi.fn(),
  },
}));

async function start(lock: boolean, packaged = true) {
  vi.resetModules();
  vi.clearAllMocks();
  fake.state.app = fake.makeApp(lock);
  fake.state.app.isPackaged = packaged;
  fake.state.windows = [];
  await import('./index');
  // Let the whenReady() continuation run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake.state.app;
}

describe('main process lifecycle', () => {
  it('registers app:// as a privileged scheme before ready', async () => {
    const app = await start(true);
    expect(fake.state.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const registered = fake.state.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? 0;
    const ready = app.whenReady.mock.invocationCallOrder[0] ?? 0;
    expect(registered).toBeLessThan(ready);
  });

  it('on ready serves app://, sets the menu, wires the IPC channels and opens the window', async () => {
    await start(true);
    expect(fake.state.handleProtocol).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.state.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.state.ipcHandle.mock.calls.map(([channel]) => channel).sort()).toEqual([
      'dtks:app-info',
      'dtks:audit-anchor-read',
      'dtks:audit-anchor-update',
      'dtks:open-external',
      'dtks:open-installer',
      'dtks:open-projector',
      'dtks:opened-backup',
      'dtks:print-pdf',
      'dtks:save-file',
      'dtks:show-in-folder',
      'dtks:sync-secret',
      'dtks:update',
      'dtks:write-backup',
    ]);
    expect(fake.state.windows).toHaveLength(1);
    expect(fake.state.windows[0]?.loadURL).toHaveBeenCalledWith('app://dtks/index.html');
  });

  it('gives the window a right-click menu in Indonesian', async () => {
    await start(true);
    const contents = fake.state.windows[0]?.webContents;
    const editFlags = { canPaste: true, canCopy: true, canCut: true, canSelectAll: true };
    contents?.emit('context-menu', {}, { isEditable: true, editFlags, selectionText: '' });
    expect(fake.state.popup).toHaveBeenCalledOnce();
    const menu = fake.state.popup.mock.contexts[0] as { template: { label?: string }[] };
    expect(menu.template.map((item) => item.label)).toContain('Tempel');
  });

  it('a second instance quits at once and opens nothing', async () => {
    const app = await start(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('the first instance focuses its window when a second one starts', async () => {
    const app = await start(true);
    app.emit('second-instance');
    expect(fake.state.windows[0]?.focus).toHaveBeenCalled();
  });

  it('does not focus a window that was already closed', async () => {
    const app = await start(true);
    const window = fake.state.windows[0];
    window?.emit('closed');
    app.emit('second-instance');
    expect(window?.focus).not.toHaveBeenCalled();
  });

  it('quits when the last window closes', async () => {
    const app = await start(true);
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('deletes the print files in the temp folder when the app quits', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const temp = mkdtempSync(join(tmpdir(), 'dtks-quit-uji-'));
    try {
      const app = await start(true);
      app.getPath = (name: string) => (name === 'temp' ? temp : `/fake/${name}`);
      const dir = join(temp, 'dtks-kelurahan-cetak');
      mkdirSync(dir);
      // A letter printed a minute ago: too new for the per-print cleanup, still personal data.
      writeFileSync(join(dir, 'cetak-sktm-400-9-2-001-1a2b3c4d.pdf'), 'NIK 6271011203850001');
      app.emit('will-quit', { preventDefault: () => {} });
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  describe('the smoke-test mode of npm run test:electron', () => {
    const smokeDir = path.resolve(tmpdir(), 'dtks-asap-uji');
    beforeEach(() => {
      process.argv.push('--dtks-smoke-test');
      process.env.DTKS_SMOKE_SAVE_DIR = path.join(smokeDir, 'simpan');
      process.env.DTKS_SMOKE_USER_DATA = path.join(smokeDir, 'data');
    });
    afterEach(() => {
      process.argv = process.argv.filter((arg) => arg !== '--dtks-smoke-test');
      delete process.env.DTKS_SMOKE_SAVE_DIR;
      delete process.env.DTKS_SMOKE_USER_DATA;
    });

    it('is ignored by the packaged app: its data folder stays where it is', async () => {
      const app = await start(true, true);
      expect(app.setPath).not.toHaveBeenCalled();
    });

    it('moves the data folder of the unpackaged app launched by the test', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const app = await start(true, false);
      expect(app.setPath).toHaveBeenCalledWith('userData', path.join(smokeDir, 'data'));
      warn.mockRestore();
    });
  });
});
