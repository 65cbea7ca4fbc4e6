/**
 * The forms on screen that hold typed input not yet saved. One registry for
 * the whole window: react-router allows one navigation blocker at a time, the
 * window has one `beforeunload`, and Ctrl+S must reach exactly one form (the
 * one in front), so every form reports here instead of blocking on its own.
 */
export type GuardEntry = {
  dirty: boolean;
  /** Set right after a successful save that navigates away: the form is done. */
  released: boolean;
  /** Ctrl+S. Without it the first `<form>` inside `element` is submitted. */
  save: (() => void) | undefined;
  element: HTMLElement | null;
};

export type UnsavedRegistry = {
  add(entry: GuardEntry): () => void;
  anyDirty(): boolean;
  /** The form Ctrl+S saves: the one holding focus, else the last opened one on screen. */
  front(active?: Element | null): GuardEntry | undefined;
};

function visible(element: HTMLElement | null): boolean {
  if (!element || !element.isConnected) return false;
  // jsdom has no layout and no checkVisibility: there, connected counts as shown.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

export function createUnsavedRegistry(): UnsavedRegistry {
  const entries: GuardEntry[] = [];
  return {
    add(entry) {
      entries.push(entry);
      return () => {
        const at = entries.indexOf(entry);
        if (at >= 0) entries.splice(at, 1);
      };
    },
    anyDirty: () => entries.some((entry) => entry.dirty && !entry.released),
    front(active = document.activeElement) {
      const holding = [...entries]
        .reverse()
        .find((entry) => active && entry.element?.contains(active) && visible(entry.element));
      if (holding) return holding;
      return [...entries].reverse().find((entry) => visible(entry.element));
    },
  };
}

/** Dispatched on a form's element when Ctrl+S saves it (not a submit event when `save` is given). */
export const SAVE_ATTEMPT_EVENT = 'dtks:simpan';
