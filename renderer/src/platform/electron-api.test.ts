import { describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '@shared/ipc/contract';
import { createElectronApi } from './electron-api';

const HEAD = 'a'.repeat(64);

function bridgeWith(over: Partial<DesktopBridge>): DesktopBridge {
  return over as DesktopBridge;
}

describe('electron DesktopApi: audit anchor', () => {
  it('passes the database and the update to the bridge, and returns the read without ok', async () => {
    const auditAnchorRead = vi.fn(async () => ({
      ok: true as const,
      status: 'kosong' as const,
      protection: 'safeStorage' as const,
    }));
    const auditAnchorUpdate = vi.fn(async () => ({ ok: false as const, message: 'disk penuh' }));
    const api = createElectronApi(bridgeWith({ auditAnchorRead, auditAnchorUpdate }));
    expect(await api.auditAnchorRead('training')).toEqual({
      status: 'kosong',
      protection: 'safeStorage',
    });
    expect(auditAnchorRead).toHaveBeenCalledWith({ database: 'training' });
    const update = { count: 4, headHash: HEAD };
    expect(await api.auditAnchorUpdate('real', update)).toEqual({
      ok: false,
      message: 'disk penuh',
    });
    expect(auditAnchorUpdate).toHaveBeenCalledWith({ database: 'real', update });
  });

  it('turns a refused read into "gagal" with the main process message', async () => {
    const api = createElectronApi(
      bridgeWith({
        auditAnchorRead: async () => ({
          ok: false,
          message: 'Permintaan ditolak: pengirim tidak dikenal.',
        }),
      }),
    );
    expect(await api.auditAnchorRead('real')).toEqual({
      status: 'gagal',
      message: 'Permintaan ditolak: pengirim tidak dikenal.',
    });
  });
});

describe('electron DesktopApi: updates and opened backups', () => {
  it('passes update requests through and asks for an installer with an empty request', async () => {
    const update = vi.fn(async () => ({ ok: false as const, message: 'x' }));
    const openInstaller = vi.fn(async () => ({ ok: false as const, canceled: true as const }));
    const api = createElectronApi(bridgeWith({ update, openInstaller }));
    await api.update({ action: 'check' });
    expect(update).toHaveBeenCalledWith({ action: 'check' });
    expect(await api.openInstaller()).toEqual({ ok: false, canceled: true });
    expect(openInstaller).toHaveBeenCalledWith({});
  });

  it('hands an opened backup over as name and bytes, or null', async () => {
    const data = new Uint8Array([68, 84, 75, 83]);
    const openedBackup = vi
      .fn<DesktopBridge['openedBackup']>()
      .mockResolvedValueOnce({ ok: true, file: { name: 'kantor.dtksbak', data } })
      .mockResolvedValueOnce({ ok: true, file: null })
      .mockResolvedValueOnce({ ok: false, message: 'tidak terbaca' });
    const api = createElectronApi(bridgeWith({ openedBackup }));
    expect(await api.takeOpenedBackup()).toEqual({
      ok: true,
      file: { name: 'kantor.dtksbak', bytes: data },
    });
    expect(await api.takeOpenedBackup()).toEqual({ ok: true, file: null });
    expect(await api.takeOpenedBackup()).toEqual({ ok: false, message: 'tidak terbaca' });
  });
});
