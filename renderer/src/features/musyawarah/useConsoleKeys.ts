import { useEffect, useRef } from 'react';
import { isDecisionKey } from '@shared/domain/musyawarah/decision-words';

export type ConsoleKeyHandlers = {
  next: () => void;
  previous: () => void;
  /**
   * A decision letter (upper case). Which decision it means depends on the candidate's
   * kind (decision-words.ts): the console resolves it, or refuses a letter of another kind.
   */
  decide: (letter: string) => void;
  undo: () => void;
};

type Action = Exclude<keyof ConsoleKeyHandlers, 'decide'> | { decide: string };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

/** Maps a key press to a console action; null for keys the console leaves alone. */
export function consoleAction(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): Action | null {
  if (event.altKey) return null;
  const key = event.key.toLowerCase();
  if (event.ctrlKey || event.metaKey) return key === 'z' ? 'undo' : null;
  switch (key) {
    case 'arrowright':
    case 'j':
      return 'next';
    case 'arrowleft':
    case 'k':
      return 'previous';
    case 'u':
      return 'undo';
    default:
      return isDecisionKey(key) ? { decide: key.toUpperCase() } : null;
  }
}

/**
 * The facilitator drives the meeting from the keyboard. Listens in the capture
 * phase so the arrow keys move through candidates instead of switching the
 * page's tabs; off while a dialog is open or the focus is in a text field.
 */
export function useConsoleKeys(handlers: ConsoleKeyHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat && !['ArrowRight', 'ArrowLeft', 'j', 'k'].includes(event.key)) return;
      if (isTyping(event.target)) return;
      if (document.querySelector('[role="dialog"]')) return;
      const action = consoleAction(event);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (typeof action === 'string') latest.current[action]();
      else latest.current.decide(action.decide);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [enabled]);
}
