import { createContext, useContext } from 'react';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import type { DtksDatabase } from '../../db/core/database';

export type SessionValue = {
  account: SessionAccount;
  /** The database holding the accounts (the real one, also in training mode). */
  accountsDb: DtksDatabase;
  idleMinutes: number;
  /** Locks the screen now; the same user unlocks with their password. */
  lock: () => void;
  /** Ends the session completely and returns to the sign-in screen. */
  signOut: () => void;
};

export const SessionContext = createContext<SessionValue | null>(null);

export function useOptionalSession(): SessionValue | null {
  return useContext(SessionContext);
}

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('SessionContext belum dipasang');
  return session;
}
