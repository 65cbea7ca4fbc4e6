import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserApi } from './browser-api';

describe('browser DesktopApi', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves a file as a download with the right extension', async () => {
    const clicks: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ name: this.download, href: this.href });
    });
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
    const api = createBrowserApi(document);
    const result = await api.saveFile(new Uint8Array([1, 2, 3]), 'Rekap November', 'xlsx');
    expect(result).toEqual({ status: 'saved', where: 'Unduhan: Rekap November.xlsx' });
    expect(clicks).toEqual([{ name: 'Rekap November.xlsx', href: 'blob:test' }]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('refuses file names with folders', async () => {
    const api = createBrowserApi(document);
    const result = await api.saveFile(new Uint8Array([1]), '../../etc/passwd', 'pdf');
    expect(result.status).toBe('error');
  });

  it('opens only allow-listed addresses', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const api = createBrowserApi(document);
    expect(await api.openExternal('https://evil.example/')).toMatchObject({ ok: false });
    expect(open).not.toHaveBeenCalled();
    expect(await api.openExternal('https://siks.kemensos.go.id/')).toEqual({ ok: true });
    expect(open).toHaveBeenCalledWith(
      'https://siks.kemensos.go.id/',
      '_blank',
      'noopener,noreferrer',
    );
  });

  it('has no self-update and is never opened with a backup file', async () => {
    const api = createBrowserApi(document);
    expect(await api.update({ action: 'check' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/hanya ada di aplikasi desktop/),
    });
    expect(await api.openInstaller()).toMatchObject({ ok: false, canceled: false });
    expect(await api.takeOpenedBackup()).toEqual({ ok: true, file: null });
  });

  it('reports itself as the browser runtime', async () => {
    const info = await createBrowserApi(document).appInfo();
    expect(info.runtime).toBe('browser');
    expect(info.dataDir).toContain('IndexedDB');
  });
});
