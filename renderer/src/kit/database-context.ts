import { createContext, useContext } from 'react';
import type { DatabaseKind, DtksDatabase } from '../db/core/database';

export type DatabaseContextValue = { db: DtksDatabase; kind: DatabaseKind };

export const DatabaseContext = createContext<DatabaseContextValue | null>(null);

export function useDatabase(): DatabaseContextValue {
  const value = useContext(DatabaseContext);
  if (!value) throw new Error('DatabaseContext belum dipasang');
  return value;
}
