import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserApi } from '../../platform/browser-api';
import { useOnline } from './useOnline';

function setOnline(value: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(value);
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

afterEach(() => vi.restoreAllMocks());

describe('useOnline', () => {
  it('follows the browser online and offline events', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const { result } = renderHook(() => useOnline());
    expect(result.current).toBe(true);
    act(() => setOnline(false));
    expect(result.current).toBe(false);
    act(() => setOnline(true));
    expect(result.current).toBe(true);
  });
});

describe('show in folder in the browser', () => {
  it('explains where the download went instead of opening a folder', async () => {
    expect(await createBrowserApi(document).showItemInFolder('/any/path.zip')).toEqual({
      ok: false,
      message: 'Di mode peramban, berkas ada di folder Unduhan.',
    });
  });
});
