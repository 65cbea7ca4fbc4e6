import type { Role } from './accounts';
import type { AuditAction } from './permissions';

/**
 * One row of the audit log as stored. It lives here, not beside appendAudit, so the database
 * class (renderer/src/db/core) can name its table without importing a use-case above it.
 */
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
  /** The signed-in account that made the change (absent before accounts existed). */
  accountId?: string;
  username?: string;
  role?: Role;
  /** Hash of the entry before this one (by seq): the link of the tamper-evident chain. */
  prevHash?: string;
  /** SHA-256 (hex) of this entry's canonical JSON, prevHash included. */
  hash?: string;
  /**
   * The PC that wrote the entry (issue 18.3): its chain links its own entries, numbered
   * by deviceSeq, and its hash leaves seq out. Absent on entries written before.
   */
  deviceId?: string;
  deviceSeq?: number;
};
