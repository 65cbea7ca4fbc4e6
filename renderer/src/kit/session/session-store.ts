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

/**
 * Drops the profile-wide markers (the tab may still resume after a reload):
 * the main window is closing or reloading, so the projector blanks.
 */
export function closeProfileMarker(): void {
  localStorage.removeItem(PROFILE_KEY);
  localStorage.removeItem(PROJECTING_KEY);
}

// ---- A meeting on the projector ----

/**
 * While the facilitator's console runs a meeting, the projector keeps that
 * meeting's masked view even when the main window locks (idle during a long
 * debate): the hall must not go blank. The marker names one meeting and is
 * renewed by the console while it is open; closing the main window drops it.
 */
const PROJECTING_KEY = 'dtks.proyeksi';
/** The console renews the marker well within this. */
export const PROJECTING_TTL_MS = 60_000;

export function markProjecting(meetingId: string, now = Date.now()): void {
  localStorage.setItem(
    PROJECTING_KEY,
    JSON.stringify({ meetingId, until: now + PROJECTING_TTL_MS }),
  );
}

export function stopProjecting(meetingId: string): void {
  if (projectingMeeting() === meetingId) localStorage.removeItem(PROJECTING_KEY);
}

function projectingMeeting(now?: number): string | null {
  try {
    const raw = JSON.parse(localStorage.getItem(PROJECTING_KEY) ?? 'null') as {
      meetingId?: unknown;
      until?: unknown;
    } | null;
    if (typeof raw?.meetingId !== 'string' || typeof raw.until !== 'number') return null;
    return now === undefined || raw.until > now ? raw.meetingId : null;
  } catch {
    return null;
  }
}

/**
 * The projector shows while a session is open in this profile, or, for the
 * meeting being run on the console, while the main window is merely locked.
 */
export function projectorAllowed(now = Date.now(), meetingId?: string): boolean {
  try {
    const raw = JSON.parse(localStorage.getItem(PROFILE_KEY) ?? 'null') as {
      until?: unknown;
    } | null;
    if (typeof raw?.until === 'number' && raw.until > now) return true;
  } catch {
    // Garbage in storage: fall through to the meeting marker.
  }
  return meetingId !== undefined && meetingId !== '' && projectingMeeting(now) === meetingId;
}

export const PROFILE_SESSION_KEY = PROFILE_KEY;
export const PROJECTING_STORAGE_KEY = PROJECTING_KEY;

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
