import Dexie from 'dexie';
import type { AuditEntry } from '@shared/domain/keamanan/audit-entry';
import { hashAuditEntry, hashDeviceEntry, linkTo } from '@shared/domain/keamanan/audit-chain';
import { isAllowed, lockedError, permissionDenied } from '@shared/domain/keamanan/permissions';
import { newId } from '@shared/domain/core/ids';
import { noteAuditAppend } from './audit-anchor';
import type { DtksDatabase } from '../core/database';
import { getSessionAccount, isSessionRequired } from '../core/session';
import { ownDeviceId } from '../sinkron/perangkat';

export type { AuditAction } from '@shared/domain/keamanan/permissions';
export type { AuditEntry } from '@shared/domain/keamanan/audit-entry';
export { PermissionError } from '@shared/domain/keamanan/permissions';

export type AuditInput = Omit<
  AuditEntry,
  | 'id'
  | 'seq'
  | 'at'
  | 'accountId'
  | 'username'
  | 'role'
  | 'prevHash'
  | 'hash'
  | 'deviceId'
  | 'deviceSeq'
>;

/** Entries anyone may write without a session: a sign-in attempt happens before there is one. */
function isSessionFree(input: AuditInput): boolean {
  return input.entity === 'sesi' && input.action === 'login';
}

/**
 * The permission check appendAudit makes, for callers that want to refuse
 * before a long preparation (a restore, an export) instead of at its end.
 */
export function assertMayWrite(db: DtksDatabase, input: AuditInput): void {
  if (isSessionFree(input)) return;
  const account = getSessionAccount(db);
  if (account) {
    if (!isAllowed(account, input)) throw permissionDenied(account, input);
  } else if (isSessionRequired(db)) {
    throw lockedError();
  }
}

/** Whether the signed-in account may make this write; true when no session is in force. */
export function mayWrite(
  db: DtksDatabase,
  input: Pick<AuditInput, 'action' | 'entity'> & { entityId?: string; after?: unknown },
): boolean {
  try {
    assertMayWrite(db, { actor: '', summary: '', entityId: '', ...input });
    return true;
  } catch {
    return false;
  }
}

/**
 * Appends an entry. Must be called inside the transaction of the change it
 * describes (the transaction must include the audit table), so that a change
 * without its audit entry cannot exist.
 *
 * It is also the one gate every write passes: when an account is signed in,
 * the entry names it and the role is checked against the permission table; a
 * refusal throws, which aborts the whole transaction. The hash is computed
 * synchronously (@noble/hashes): awaiting crypto.subtle here would let the
 * IndexedDB transaction commit before the entry is added.
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
  assertMayWrite(db, input);
  const account = getSessionAccount(db);
  const last = await db.audit.orderBy('seq').last();
  const deviceId = ownDeviceId(db);
  const link = deviceId ? await deviceLink(db, deviceId, last) : { prevHash: linkTo(last) };
  const entry: AuditEntry = {
    id: newId(),
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    ...input,
    ...(account
      ? {
          actor: `${account.nama} (${account.username})`,
          accountId: account.id,
          username: account.username,
          role: account.role,
        }
      : {}),
    ...link,
  };
  entry.hash = deviceId ? hashDeviceEntry(entry) : hashAuditEntry(entry);
  await db.audit.add(entry);
  noteAuditAppend(db);
  return entry;
}

/**
 * Where this PC's next entry hangs in its own chain: after its own last entry, or,
 * for its first, after the last entry written before device ids (the legacy log).
 * The backward scans stop at the first match; only the very first entry of a PC
 * with a long legacy log walks further.
 */
async function deviceLink(
  db: DtksDatabase,
  deviceId: string,
  last: AuditEntry | undefined,
): Promise<Pick<AuditEntry, 'deviceId' | 'deviceSeq' | 'prevHash'>> {
  const own =
    last?.deviceId === deviceId
      ? last
      : await db.audit
          .orderBy('seq')
          .reverse()
          .filter((entry) => entry.deviceId === deviceId)
          .first();
  if (own) return { deviceId, deviceSeq: (own.deviceSeq ?? 0) + 1, prevHash: linkTo(own) };
  const legacy = await db.audit
    .orderBy('seq')
    .reverse()
    .filter((entry) => entry.deviceId === undefined)
    .first();
  return { deviceId, deviceSeq: 1, prevHash: linkTo(legacy) };
}

export function listAudit(db: DtksDatabase, limit = 200): Promise<AuditEntry[]> {
  return db.audit.orderBy('seq').reverse().limit(limit).toArray();
}
