import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  app,
  contextBridge,
  FakeBrowserWindow,
  ipc,
  ipcMain,
  ipcRenderer,
  mainWorld,
  root,
  safeStorage,
} from './fake-electron';

/*
 * The contract test is only as good as its fake: these check that the fake routes and
 * copies values the way Electron does, so a future channel (an event sent from main, a
 * request carrying something that cannot be cloned) is caught there and not in the field.
 * A file of its own: its made-up channels must not reach the contract test's coverage check.
 */

new FakeBrowserWindow({});
afterAll(() => rmSync(root, { recursive: true, force: true }));
await ipc.page?.loadURL('app://dtks/index.html');

describe('the fake Electron IPC', () => {
  it('invoke reaches the one handler of its channel with the sending frame, values copied', async () => {
    const seen: unknown[] = [];
    ipcMain.handle('uji:gema', (event, value) => {
      seen.push(event.senderFrame?.url, value);
      return { value };
    });
    const sent = { bytes: new Uint8Array([1, 2, 3]) };
    const answer = (await ipcRenderer.invoke('uji:gema', sent)) as { value: typeof sent };
    expect(seen[0]).toBe('app://dtks/index.html');
    expect(seen[1]).toEqual(sent);
    expect(seen[1]).not.toBe(sent);
    expect(answer.value.bytes).toBeInstanceOf(Uint8Array);
    expect(() => ipcMain.handle('uji:gema', () => null)).toThrow(/second handler/);
  });

  it('refuses what Electron cannot send, and a channel nobody handles', async () => {
    ipcMain.handle('uji:fungsi', () => null);
    await expect(ipcRenderer.invoke('uji:fungsi', { callback: () => 1 })).rejects.toThrow();
    await expect(ipcRenderer.invoke('uji:tidak-ada')).rejects.toThrow(
      /No handler registered for 'uji:tidak-ada'/,
    );
  });

  it('a frame that is gone arrives as a null senderFrame', async () => {
    ipcMain.handle('uji:bingkai', (event) => event.senderFrame);
    ipc.frameGone = true;
    try {
      expect(await ipcRenderer.invoke('uji:bingkai')).toBeNull();
    } finally {
      ipc.frameGone = false;
    }
  });

  it('send reaches ipcMain listeners, and webContents.send the page, both ways copied', () => {
    const inMain = vi.fn();
    const inPage = vi.fn();
    ipcMain.on('uji:ke-main', inMain);
    ipcRenderer.on('uji:ke-halaman', inPage);
    const payload = { n: 1 };
    ipcRenderer.send('uji:ke-main', payload);
    ipc.page?.webContents.send('uji:ke-halaman', payload);
    expect(inMain.mock.calls[0]?.[1]).toEqual(payload);
    expect(inMain.mock.calls[0]?.[1]).not.toBe(payload);
    expect(inPage.mock.calls[0]?.[1]).toEqual(payload);
    ipcRenderer.removeListener('uji:ke-halaman', inPage);
    ipc.page?.webContents.send('uji:ke-halaman', payload);
    expect(inPage).toHaveBeenCalledTimes(1);
    expect(ipc.sent).toEqual(['uji:ke-main', 'uji:ke-halaman', 'uji:ke-halaman']);
  });

  it('contextBridge exposes frozen copies, never the preload objects', async () => {
    const preloadSide = { hitung: async (value: { n: number }) => ({ n: value.n + 1 }) };
    contextBridge.exposeInMainWorld('uji', preloadSide);
    const exposed = mainWorld.uji as typeof preloadSide;
    expect(exposed).not.toBe(preloadSide);
    expect(Object.isFrozen(exposed)).toBe(true);
    expect(await exposed.hitung({ n: 1 })).toEqual({ n: 2 });
    expect(() => contextBridge.exposeInMainWorld('uji', {})).toThrow();
  });

  it('answers the app paths Electron knows, under the test folder, and refuses others', () => {
    expect(app.getPath('userData')).toMatch(/dtks-ipc-contract-.*userData$/);
    expect(() => app.getPath('bukan-folder')).toThrow(/Failed to get/);
    const sealed = safeStorage.encryptString('rahasia');
    expect(sealed.toString()).not.toContain('rahasia');
    expect(safeStorage.decryptString(sealed)).toBe('rahasia');
  });
});
