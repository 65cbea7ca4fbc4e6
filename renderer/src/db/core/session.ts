import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import type { DtksDatabase } from './database';

/**
 * Who is signed in, per open database, in this JavaScript context (a window
 * or a worker). appendAudit reads it synchronously inside every write.
 *
 * `required` is switched on by the app once accounts exist: from then on a
 * write without a signed-in account (locked screen, expired session) is
 * refused. Unit tests and workers that never switch it on keep the old
 * behaviour, where the actor passed by the caller is trusted.
 */
type SessionState = { required: boolean; account: SessionAccount | null };

const sessions = new WeakMap<DtksDatabase, SessionState>();

function stateOf(db: DtksDatabase): SessionState {
  let state = sessions.get(db);
  if (!state) {
    state = { required: false, account: null };
    sessions.set(db, state);
  }
  return state;
}

export function getSessionAccount(db: DtksDatabase): SessionAccount | null {
  return sessions.get(db)?.account ?? null;
}

export function isSessionRequired(db: DtksDatabase): boolean {
  return sessions.get(db)?.required ?? false;
}

/** Signs an account in (or out, with null); a signed-in database requires a session from then on. */
export function setSessionAccount(db: DtksDatabase, account: SessionAccount | null): void {
  const state = stateOf(db);
  state.account = account ? { ...account } : null;
  if (account) state.required = true;
}

/** Accounts exist: writes without a signed-in account are refused from now on. */
export function requireSession(db: DtksDatabase): void {
  stateOf(db).required = true;
}

/** For tests: forget everything about this database. */
export function resetSession(db: DtksDatabase): void {
  sessions.delete(db);
}
