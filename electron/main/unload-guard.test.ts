import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardUnload } from './unload-guard';

vi.mock('electron', () => ({}));

function setup(answer: number) {
  const webContents = new EventEmitter();
  const ask = vi.fn(() => answer);
  guardUnload({ webContents } as never, ask);
  const event = { preventDefault: vi.fn() };
  webContents.emit('will-prevent-unload', event);
  return { ask, event };
}

describe('closing with unsaved input', () => {
  it('asks, and keeps the window open unless the user chooses to close', () => {
    const stay = setup(0);
    expect(stay.ask).toHaveBeenCalledOnce();
    expect(stay.event.preventDefault).not.toHaveBeenCalled();
    const close = setup(1);
    expect(close.event.preventDefault).toHaveBeenCalledOnce();
  });
});
