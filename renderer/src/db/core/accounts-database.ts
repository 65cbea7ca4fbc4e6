import { openDatabase } from './database';
import type { DatabaseKind, DtksDatabase } from './database';

let realForTraining: DtksDatabase | null = null;

/**
 * Accounts are the office's people, not training data: they always live in
 * the real database. The training window signs in against it too (a second
 * connection), so switching to training keeps the same accounts and log of
 * sign-ins.
 */
export function accountsDatabaseFor(db: DtksDatabase, kind: DatabaseKind): DtksDatabase {
  if (kind === 'real') return db;
  realForTraining ??= openDatabase('real');
  return realForTraining;
}
