import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserApi } from './browser-api';

describe('browser DesktopApi: projector', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens the projector route in one named popup window', async () => {
    const focus = vi.fn();
    const open = vi.spyOn(window, 'open').mockReturnValue({ focus } as unknown as Window);
    const api = createBrowserApi(document);
    expect(await api.openProjector('3f1c2b7a-9d4e-4f6a-8b2c-1e0d9c8b7a6f')).toEqual({
      ok: true,
      external: false,
    });
    expect(open).toHaveBeenCalledWith(
      '#/proyektor/3f1c2b7a-9d4e-4f6a-8b2c-1e0d9c8b7a6f',
      'dtks-proyektor',
      'popup',
    );
    expect(focus).toHaveBeenCalled();
  });

  it('explains a blocked popup', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const result = await createBrowserApi(document).openProjector('x');
    expect(result).toMatchObject({ ok: false });
    expect('message' in result && result.message).toContain('diblokir');
  });
});
