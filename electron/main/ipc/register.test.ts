import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import type { InvokeEvent } from './common';
import { createOpenedBackupInbox } from './opened-backup';
import { registerIpcHandlers, type IpcDeps } from './register';

vi.mock('electron', () => ({}));

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

function register() {
  const listeners = new Map<string, Listener>();
  const deps: IpcDeps = {
    saveFile: {
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      writeFile: vi.fn(async () => {}),
      documentsDir: () => '/docs',
    },
    printPdf: {
      tempDir: () => '/tmp',
      fs: {
        mkdir: vi.fn(async () => undefined),
        writeFile: vi.fn(async () => {}),
        readdir: vi.fn(async () => []),
        stat: vi.fn(async () => ({ mtimeMs: 0 })),
        rm: vi.fn(async () => {}),
      },
      openPath: vi.fn(async () => ''),
    },
    openExternal: { openExternal: vi.fn(async () => {}) },
    appInfo: {
      getName: () => 'DTKS Kelurahan',
      getVersion: () => '0.1.0',
      userDataDir: () => '/data',
      platform: 'win32',
      versions: {},
    },
    projector: {
      BrowserWindow: vi.fn() as never,
      preloadPath: '/preload.cjs',
      getAllDisplays: vi.fn(() => []),
      getPrimaryDisplay: vi.fn(() => ({ id: 1, bounds: { x: 0, y: 0, width: 1, height: 1 } })),
    },
    shell: { showItemInFolder: vi.fn() },
    updates: {
      status: vi.fn(),
      configure: vi.fn(),
      check: vi.fn(),
      install: vi.fn(),
      weeklyTick: vi.fn(),
    },
    openedBackup: createOpenedBackupInbox({ readFile: vi.fn(), size: vi.fn() }),
    openInstaller: {
      platform: 'win32',
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      checkInstaller: vi.fn(),
      isMeetingOpen: () => false,
      launch: vi.fn(),
    },
    writeBackup: {
      userDataDir: () => '/data',
      fs: {
        mkdir: vi.fn(async () => undefined),
        writeFile: vi.fn(async () => {}),
        rename: vi.fn(async () => {}),
        readdir: vi.fn(async () => []),
        rm: vi.fn(async () => {}),
      },
    },
    auditAnchor: {
      userDataDir: () => '/data',
      fs: {
        readFile: vi.fn(async () => {
          throw Object.assign(new Error('tidak ada'), { code: 'ENOENT' });
        }),
        writeFile: vi.fn(async () => {}),
        rename: vi.fn(async () => {}),
        mkdir: vi.fn(async () => undefined),
      },
      safeStorage: {
        isEncryptionAvailable: () => true,
        encryptString: vi.fn((plain: string) => Buffer.from(plain)),
        decryptString: (encrypted: Buffer) => encrypted.toString(),
      },
      randomBytes: (size: number) => new Uint8Array(size),
    },
    syncSecret: {
      userDataDir: () => '/data',
      fs: {
        readFile: vi.fn(async () => {
          throw Object.assign(new Error('tidak ada'), { code: 'ENOENT' });
        }),
        writeFile: vi.fn(async () => {}),
        rm: vi.fn(async () => {}),
      },
      safeStorage: {
        isEncryptionAvailable: () => true,
        encryptString: vi.fn((plain: string) => Buffer.from(plain)),
        decryptString: (encrypted: Buffer) => encrypted.toString(),
      },
    },
  };
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, deps);
  return { listeners, deps };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { listeners } = register();
    expect([...listeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('every channel refuses an untrusted sender and garbage input without throwing', async () => {
    const { listeners, deps } = register();
    const untrusted = { senderFrame: { url: 'https://evil.example/' } };
    const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
    for (const listener of listeners.values()) {
      await expect(listener(untrusted, { anything: true })).resolves.toMatchObject({ ok: false });
      await expect(listener({ senderFrame: null })).resolves.toMatchObject({ ok: false });
    }
    for (const channel of [
      IPC_CHANNELS.saveFile,
      IPC_CHANNELS.printPdf,
      IPC_CHANNELS.openExternal,
      IPC_CHANNELS.openProjector,
      IPC_CHANNELS.writeBackup,
      IPC_CHANNELS.showInFolder,
      IPC_CHANNELS.auditAnchorRead,
      IPC_CHANNELS.auditAnchorUpdate,
      IPC_CHANNELS.syncSecret,
    ]) {
      for (const garbage of [undefined, null, 0, 'x', [], { url: ['https://bps.go.id/'] }]) {
        await expect(listeners.get(channel)?.(trusted, garbage)).resolves.toMatchObject({
          ok: false,
        });
      }
    }
    expect(deps.saveFile.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.openExternal.openExternal).not.toHaveBeenCalled();
    expect(deps.projector.BrowserWindow).not.toHaveBeenCalled();
    expect(deps.writeBackup.fs.writeFile).not.toHaveBeenCalled();
    expect(deps.shell.showItemInFolder).not.toHaveBeenCalled();
    expect(deps.auditAnchor.fs.writeFile).not.toHaveBeenCalled();
    expect(deps.syncSecret.fs.writeFile).not.toHaveBeenCalled();
  });

  it('reveals in its folder only a file saved through the save dialog', async () => {
    const { listeners, deps } = register();
    const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
    const show = listeners.get(IPC_CHANNELS.showInFolder);
    expect(await show?.(trusted, { path: '/docs/paket.zip' })).toMatchObject({ ok: false });
    vi.mocked(deps.saveFile.showSaveDialog).mockResolvedValueOnce({
      canceled: false,
      filePath: '/docs/paket.zip',
    });
    const saved = await listeners.get(IPC_CHANNELS.saveFile)?.(trusted, {
      suggestedName: 'paket.zip',
      kind: 'zip',
      data: new Uint8Array([1, 2, 3]),
    });
    expect(saved).toEqual({ ok: true, path: '/docs/paket.zip' });
    expect(await show?.(trusted, { path: '/docs/paket.zip' })).toEqual({ ok: true });
    expect(deps.shell.showItemInFolder).toHaveBeenCalledWith('/docs/paket.zip');
  });
});
