import { newId } from '@shared/domain/core/ids';

/**
 * This window's own id for the meeting console, new on every page load. Not
 * kept in sessionStorage: a window opened from this one (or a duplicated tab)
 * would copy it, and two consoles sharing an id would undo each other's
 * decisions again. A reload therefore starts a new undo history.
 */
export const CONSOLE_WINDOW_ID = newId();
