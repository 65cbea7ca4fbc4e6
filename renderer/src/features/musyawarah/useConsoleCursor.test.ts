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
});
