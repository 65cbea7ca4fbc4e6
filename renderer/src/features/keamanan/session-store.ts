/**
 * Where a signed-in session survives a page reload, and how other windows of
 * the same browser profile (the projector) learn that someone is signed in.
 *
 * - sessionStorage (this tab only, gone when the browser or app closes): the
 *   account id and the time of the last activity. A reload within the idle
 *   time resumes the session; closing the app always ends it.
 * - localStorage (the whole profile): only "a session is open until T". The
 *   projector window shows the meeting while it holds, and blanks when the
 *   main window locks or closes. It carries no account and no data.
 */
const TAB_KEY = 'dtks.sesi';
const PROFILE_KEY = 'dtks.sesi-aktif';

type TabSession = { accountId: string; lastActivity: number };

export function rememberSession(accountId: string, idleMinutes: number, now = Date.now()): void {
  sessionStorage.setItem(
    TAB_KEY,
    JSON.stringify({ accountId, lastActivity: now } satisfies TabSession),
  );
  localStorage.setItem(PROFILE_KEY, JSON.stringify({ until: now + idleMinutes * 60_000 }));
}

/** The account to resume after a reload, if the last activity is recent enough. */
export function resumableAccountId(idleMinutes: number, now = Date.now()): string | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(TAB_KEY) ?? 'null') as Partial<TabSession> | null;
    if (!raw || typeof raw.accountId !== 'string' || typeof raw.lastActivity !== 'number')
      return null;
    return now - raw.lastActivity < idleMinutes * 60_000 ? raw.accountId : null;
  } catch {
    return null;
  }
}

export function forgetSession(): void {
  sessionStorage.removeItem(TAB_KEY);
  localStorage.removeItem(PROFILE_KEY);
}

/** Drops only the profile-wide marker (the tab may still resume after a reload). */
export function closeProfileMarker(): void {
  localStorage.removeItem(PROFILE_KEY);
}

export function projectorAllowed(now = Date.now()): boolean {
  try {
    const raw = JSON.parse(localStorage.getItem(PROFILE_KEY) ?? 'null') as {
      until?: unknown;
    } | null;
    return typeof raw?.until === 'number' && raw.until > now;
  } catch {
    return false;
  }
}

export const PROFILE_SESSION_KEY = PROFILE_KEY;

// ---- Backup reminders ----

const LAST_BACKUP_PREFIX = 'dtks.cadangan-terakhir.';

export function lastBackupAt(dbName: string): number | null {
  const value = Number(localStorage.getItem(`${LAST_BACKUP_PREFIX}${dbName}`));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** Fired in this window when a backup was made (`storage` events only reach other windows). */
export const BACKUP_MADE_EVENT = 'dtks:cadangan-dibuat';

export function markBackupMade(dbName: string, at = Date.now()): void {
  localStorage.setItem(`${LAST_BACKUP_PREFIX}${dbName}`, String(at));
  window.dispatchEvent(new Event(BACKUP_MADE_EVENT));
}
