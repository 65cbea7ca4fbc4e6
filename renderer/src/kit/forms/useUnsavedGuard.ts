import { useCallback, useContext, useEffect, useRef } from 'react';
import { UnsavedRegistryContext } from './unsaved-context';
import { SAVE_ATTEMPT_EVENT } from './unsaved-registry';
import type { GuardEntry } from './unsaved-registry';

type Options = {
  /** The form holds input that is not saved yet. */
  dirty: boolean;
  /**
   * What Ctrl+S does; without it, the button marked `data-save` inside the
   * element is pressed, else its first `<form>` is submitted.
   */
  save?: () => void;
  /** Put the cursor in the first field when the form opens (default: yes). */
  focusFirst?: boolean;
  /**
   * False for a form inside a page that guards and saves it as a whole (the
   * member form of a new family): Ctrl+S then saves the page, not the part.
   */
  register?: boolean;
};

export type UnsavedGuard<T extends HTMLElement> = {
  /** The element around the form: focus, invalid fields and "the form in front" are found in it. */
  attach: (element: T | null) => void;
  /** Call right after a successful save that leaves the screen, before `navigate`. */
  allowLeave: () => void;
  /**
   * Runs a save that may itself leave the screen (the caller's `onSubmit`
   * navigates on success): leaving is allowed during it, guarded again after.
   */
  whileSaving: <R>(work: () => Promise<R>) => Promise<R>;
};

const FIELD =
  'input:not([type=hidden]):not([disabled]):not([tabindex="-1"]), select:not([disabled]), textarea:not([disabled])';
/** How long after a save attempt a field turning invalid (a refusal from the data layer) takes focus. */
const ATTEMPT_WINDOW_MS = 4_000;

function focusFirstInvalid(root: HTMLElement): boolean {
  const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid) return false;
  invalid.focus();
  return true;
}

/**
 * One hook for every form with typed input: asks before the input is lost
 * (screen change, window close), saves on Ctrl+S, starts with the cursor in
 * the first field and moves it to the first invalid field after a failed save.
 */
export function useUnsavedGuard<T extends HTMLElement = HTMLDivElement>({
  dirty,
  save,
  focusFirst = true,
  register = true,
}: Options): UnsavedGuard<T> {
  const registry = useContext(UnsavedRegistryContext);
  const root = useRef<T | null>(null);
  // A callback ref: the element is known before the effects below run.
  const attach = useCallback((element: T | null) => {
    root.current = element;
  }, []);
  const entry = useRef<GuardEntry>({
    dirty: false,
    released: false,
    save: undefined,
    element: null,
  });

  useEffect(() => {
    entry.current.dirty = dirty;
    entry.current.save = save;
  });

  useEffect(() => {
    const current = entry.current;
    current.element = root.current;
    return register ? registry?.add(current) : undefined;
  }, [registry, register]);

  useEffect(() => {
    const element = root.current;
    if (!focusFirst || !element) return;
    // A field that already has the cursor (autoFocus, a field above this form) keeps it.
    const active = document.activeElement;
    if (active?.matches('input, select, textarea, [contenteditable="true"]')) return;
    const dialog = active?.closest('[role="dialog"]');
    if (dialog && !dialog.contains(element)) return;
    const shown = typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
    if (shown) element.querySelector<HTMLElement>(FIELD)?.focus();
  }, [focusFirst]);

  // After a save attempt (submit, a button marked data-save, Ctrl+S), the first
  // field that is or turns invalid takes the cursor, once.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let attemptAt = 0;
    const attempt = () => {
      attemptAt = Date.now();
      requestAnimationFrame(() => {
        if (attemptAt && focusFirstInvalid(element)) attemptAt = 0;
      });
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('button[type="submit"], [data-save]')) attempt();
    };
    const observer = new MutationObserver(() => {
      if (attemptAt && Date.now() - attemptAt < ATTEMPT_WINDOW_MS && focusFirstInvalid(element))
        attemptAt = 0;
    });
    observer.observe(element, {
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-invalid'],
    });
    element.addEventListener('submit', attempt, true);
    element.addEventListener('click', onClick, true);
    element.addEventListener(SAVE_ATTEMPT_EVENT, attempt);
    return () => {
      observer.disconnect();
      element.removeEventListener('submit', attempt, true);
      element.removeEventListener('click', onClick, true);
      element.removeEventListener(SAVE_ATTEMPT_EVENT, attempt);
    };
  }, []);

  return {
    attach,
    allowLeave: () => {
      entry.current.released = true;
    },
    whileSaving: async (work) => {
      entry.current.released = true;
      try {
        return await work();
      } finally {
        entry.current.released = false;
      }
    },
  };
}
