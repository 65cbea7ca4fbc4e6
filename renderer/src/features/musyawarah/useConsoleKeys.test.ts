import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleAction, useConsoleKeys } from './useConsoleKeys';
import type { ConsoleKeyHandlers } from './useConsoleKeys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

function handlers(): ConsoleKeyHandlers {
  return {
    next: vi.fn(),
    previous: vi.fn(),
    decide: vi.fn(),
    undo: vi.fn(),
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('console keys', () => {
  it('maps arrows and J/K, the decision letters of every kind and U or Ctrl+Z', () => {
    expect(consoleAction(key('ArrowRight'))).toBe('next');
    expect(consoleAction(key('J'))).toBe('next');
    expect(consoleAction(key('ArrowLeft'))).toBe('previous');
    expect(consoleAction(key('k'))).toBe('previous');
    expect(consoleAction(key('l'))).toEqual({ decide: 'L' });
    expect(consoleAction(key('T'))).toEqual({ decide: 'T' });
    expect(consoleAction(key('d'))).toEqual({ decide: 'D' });
    expect(consoleAction(key('s'))).toEqual({ decide: 'S' });
    expect(consoleAction(key('x'))).toEqual({ decide: 'X' });
    expect(consoleAction(key('u'))).toBe('undo');
    expect(consoleAction(key('z', { ctrlKey: true }))).toBe('undo');
    expect(consoleAction(key('l', { ctrlKey: true }))).toBeNull();
    expect(consoleAction(key('l', { altKey: true }))).toBeNull();
    expect(consoleAction(key('q'))).toBeNull();
    expect(consoleAction(key('Enter'))).toBeNull();
  });

  it('acts on the page, stops the key reaching tabs, and leaves text fields alone', () => {
    const h = handlers();
    renderHook(() => useConsoleKeys(h, true));
    const tab = document.createElement('button');
    const onTab = vi.fn();
    tab.addEventListener('keydown', onTab);
    document.body.append(tab);
    tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(h.next).toHaveBeenCalledOnce();
    expect(onTab).not.toHaveBeenCalled();

    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
    expect(h.decide).not.toHaveBeenCalled();
  });

  it('is off while disabled or while a dialog is open', () => {
    const h = handlers();
    const { rerender } = renderHook(({ on }) => useConsoleKeys(h, on), {
      initialProps: { on: false },
    });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l' }));
    expect(h.decide).not.toHaveBeenCalled();
    rerender({ on: true });
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l' }));
    expect(h.decide).not.toHaveBeenCalled();
    dialog.remove();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l' }));
    expect(h.decide).toHaveBeenCalledExactlyOnceWith('L');
  });
});
