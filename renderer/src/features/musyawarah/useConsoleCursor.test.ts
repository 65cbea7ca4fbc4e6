import { act, renderHook } from '@testing-library/react';
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCursor, saveCursor } from './projector-sync';
import { cursorIndex, useConsoleCursor } from './useConsoleCursor';

const list = (...ids: string[]) => ids.map((proposalId) => ({ proposalId }));

afterEach(() => localStorage.clear());

describe('console cursor', () => {
  it('stands on the remembered candidate, else the first undecided, else the first', () => {
    const candidates = list('a', 'b', 'c');
    expect(cursorIndex(candidates, new Set(['a']), 'c')).toBe(2);
    expect(cursorIndex(candidates, new Set(['a']), 'gone')).toBe(1);
    expect(cursorIndex(candidates, new Set(['a']), null)).toBe(1);
    expect(cursorIndex(candidates, new Set(['a', 'b', 'c']), null)).toBe(0);
    expect(cursorIndex([], new Set(), null)).toBe(0);
  });

  it('moves within the list, never past its ends, and remembers where it went', () => {
    const meetingId = nanoid();
    saveCursor(meetingId, 'b');
    const candidates = list('a', 'b', 'c');
    const { result } = renderHook(() => useConsoleCursor(meetingId, candidates, new Set()));
    expect(result.current.current).toEqual({ proposalId: 'b' });

    act(() => result.current.move(1));
    expect(result.current.index).toBe(2);
    act(() => result.current.move(1));
    expect(result.current.index).toBe(2);
    expect(loadCursor(meetingId)).toBe('c');

    act(() => result.current.move(-5));
    expect(result.current.index).toBe(0);
    act(() => result.current.goTo(undefined));
    expect(result.current.index).toBe(0);
    expect(loadCursor(meetingId)).toBe('a');
  });

  it('moves on from a decided candidate once its decision is in the list, in the same drawing', () => {
    const meetingId = nanoid();
    saveCursor(meetingId, 'a');
    const candidates = list('a', 'b', 'c');
    let decided = new Set<string>();
    const drawn: string[] = [];
    const { result, rerender } = renderHook(() => {
      const cursor = useConsoleCursor(meetingId, candidates, decided);
      drawn.push(`${cursor.current?.proposalId}:${[...decided].join('')}`);
      return cursor;
    });
    act(() => result.current.advanceAfter('a'));
    // Saved, not yet in the list: still on it.
    expect(result.current.current).toEqual({ proposalId: 'a' });
    decided = new Set(['a']);
    drawn.length = 0;
    rerender();
    expect(result.current.current).toEqual({ proposalId: 'b' });
    // Never drawn on the decided candidate with its decision in: the move came with it.
    expect(drawn).not.toContain('a:a');
    expect(drawn).toContain('b:a');
    expect(loadCursor(meetingId)).toBe('b');

    // Moved on by hand before the decision showed: stays where it went.
    act(() => result.current.advanceAfter('b'));
    act(() => result.current.move(1));
    decided = new Set(['a', 'b']);
    rerender();
    expect(result.current.current).toEqual({ proposalId: 'c' });
    act(() => result.current.move(-1));
    expect(result.current.current).toEqual({ proposalId: 'b' });
  });
});
