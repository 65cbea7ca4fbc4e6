import Dexie from 'dexie';
import type { DtksDatabase } from './database';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'merge'
  | 'import'
  | 'override'
  | 'export'
  | 'settings'
  | 'demo-data';

export type AuditEntry = {
  id: string;
  /** Strictly increasing order of entries, allocated inside the writing transaction. */
  seq: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  summary: string;
  before?: unknown;
  after?: unknown;
};

export type AuditInput = Omit<AuditEntry, 'id' | 'seq' | 'at'>;

/**
 * Appends an entry. Must be called inside the transaction of the change it
 * describes (the transaction must include the audit table), so that a change
 * without its audit entry cannot exist.
 */
export async function appendAudit(
  db: DtksDatabase,
  input: AuditInput,
  now = new Date(),
): Promise<AuditEntry> {
  const tx = Dexie.currentTransaction;
  if (!tx || tx.db !== db || !tx.storeNames.includes('audit')) {
    throw new Error('appendAudit harus dipanggil di dalam transaksi yang mencakup tabel audit');
  }
  const last = await db.audit.orderBy('seq').last();
  const entry: AuditEntry = {
    id: crypto.randomUUID(),
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    ...input,
  };
  await db.audit.add(entry);
  return entry;
}

export function listAudit(db: DtksDatabase, limit = 200): Promise<AuditEntry[]> {
  return db.audit.orderBy('seq').reverse().limit(limit).toArray();
}
