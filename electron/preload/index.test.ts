import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true })),
  send: vi.fn(),
  on: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, send: electron.send, on: electron.on },
}));

type Bridge = Record<string, (...args: unknown[]) => Promise<unknown>>;
let bridge: Bridge;

beforeAll(async () => {
  await import('./index');
  const [name, exposed] = electron.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('api');
  bridge = exposed as Bridge;
});

describe('preload bridge', () => {
  it('exposes exactly the DesktopBridge methods, and nothing from ipcRenderer', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'auditAnchorRead',
      'auditAnchorUpdate',
      'openExternal',
      'openInstaller',
      'openProjector',
      'openedBackup',
      'printPdf',
      'saveFile',
      'showInFolder',
      'syncSecret',
      'update',
      'writeBackup',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(electron.invoke);
  });

  it('invokes the contract channel for each method', async () => {
    const request = { any: 'payload' };
    await bridge.saveFile?.(request);
    await bridge.printPdf?.(request);
    await bridge.openExternal?.(request);
    await bridge.appInfo?.('ignored');
    await bridge.openProjector?.(request);
    await bridge.writeBackup?.(request);
    await bridge.showInFolder?.(request);
    await bridge.auditAnchorRead?.(request);
    await bridge.auditAnchorUpdate?.(request);
    await bridge.update?.(request);
    await bridge.openInstaller?.(request);
    await bridge.openedBackup?.(request);
    await bridge.syncSecret?.(request);
    expect(electron.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.saveFile, request],
      [IPC_CHANNELS.printPdf, request],
      [IPC_CHANNELS.openExternal, request],
      [IPC_CHANNELS.appInfo],
      [IPC_CHANNELS.openProjector, request],
      [IPC_CHANNELS.writeBackup, request],
      [IPC_CHANNELS.showInFolder, request],
      [IPC_CHANNELS.auditAnchorRead, request],
      [IPC_CHANNELS.auditAnchorUpdate, request],
      [IPC_CHANNELS.update, request],
      [IPC_CHANNELS.openInstaller, request],
      [IPC_CHANNELS.openedBackup, request],
      [IPC_CHANNELS.syncSecret, request],
    ]);
    expect(electron.send).not.toHaveBeenCalled();
  });
});
