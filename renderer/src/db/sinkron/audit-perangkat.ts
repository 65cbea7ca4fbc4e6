import { noteAuditAppend } from '../keamanan/audit-anchor';
import type { AuditEntry } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { peekOwnDeviceId } from './perangkat';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import { STATE_KEYS } from './sync-tables';

/**
 * What the sync engine does with the audit table (issue 18.3): it sends this PC's
 * own entries and stores the other PCs'. Entries written before device ids (no
 * deviceId) stay on their PC: they cannot be told apart from the receiving PC's own
 * legacy log, and this PC's anchor already covers them.
 */
export function isOwnAuditEntry(db: DtksDatabase, entry: AuditEntry): boolean {
  const own = peekOwnDeviceId(db);
  return own !== undefined && entry.deviceId === own;
}

/**
 * Stores entries another PC wrote. Each gets the next local seq (the unique order of
 * this table); its hash leaves seq out, so its own PC's chain stays whole. Entries
 * already present (same id) are skipped; an entry without deviceId, or claiming to
 * be this PC's, is refused: it would slip into a chain this PC alone writes.
 * Returns how many were added.
 */
export async function storeForeignAuditEntries(
  db: DtksDatabase,
  entries: readonly AuditEntry[],
): Promise<number> {
  await db.open();
  const own = peekOwnDeviceId(db);
  for (const entry of entries) {
    if (!entry.deviceId) {
      throw new Error(`Catatan log ${entry.id} dari PC lain tidak memiliki ID perangkat`);
    }
    if (entry.deviceId === own) {
      throw new Error(`Catatan log ${entry.id} mengaku dari PC ini padahal datang dari server`);
    }
  }
  return db.transaction('rw', db.audit, async () => {
    const present = await db.audit.bulkGet(entries.map((entry) => entry.id));
    const last = await db.audit.orderBy('seq').last();
    let seq = last?.seq ?? 0;
    const fresh: AuditEntry[] = [];
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (present[index] || seen.has(entry.id)) return;
      seen.add(entry.id);
      seq += 1;
      fresh.push({ ...entry, seq });
    });
    await db.audit.bulkAdd(fresh);
    if (fresh.length > 0) noteAuditAppend(db);
    return fresh.length;
  });
}

/** The office database's documents for audit entries: `audit:<entry id>`, never edited. */
export const AUDIT_DOC_PREFIX = 'audit:';
const AUDIT_BATCH = 500;

/**
 * Sync, outward: this PC's own entries written since the last time go to the mirror as
 * new documents (no `_rev`: an entry already there answers "conflict" and stays as it
 * was, so nothing is ever edited), then the mark moves on. Interrupted, the next cycle
 * writes the rest again, harmlessly.
 */
export async function pushOwnAuditEntries(
  db: DtksDatabase,
  mirror: PouchDatabase,
): Promise<number> {
  if (!peekOwnDeviceId(db)) return 0;
  let pushed = 0;
  for (;;) {
    const mark = (await db.sinkronState.get(STATE_KEYS.auditPushedSeq))?.value;
    const after = typeof mark === 'number' ? mark : 0;
    const batch = await db.audit.where('seq').above(after).limit(AUDIT_BATCH).toArray();
    if (batch.length === 0) return pushed;
    const own = batch.filter((entry) => isOwnAuditEntry(db, entry));
    if (own.length > 0) {
      const results = await mirror.bulkDocs(
        own.map(({ seq: _local, ...entry }) => ({
          _id: `${AUDIT_DOC_PREFIX}${entry.id}`,
          t: 'audit',
          d: entry,
        })),
      );
      const failed = results.find((result) => result.error && result.error !== 'conflict');
      if (failed) throw new Error(`Log audit tidak dapat dikirim: ${failed.error}`);
      pushed += own.length;
    }
    const last = batch[batch.length - 1]?.seq ?? after;
    await db.sinkronState.put({ key: STATE_KEYS.auditPushedSeq, value: last });
  }
}

/**
 * Sync, inward: of the documents that arrived, the audit entries of other PCs are stored
 * (once: an entry already here, or a later edit of it on the server, changes nothing).
 * This PC's own entries coming back, and entries without a PC, are left out.
 */
export async function storeIncomingAuditDocs(
  db: DtksDatabase,
  docs: readonly PouchDoc[],
): Promise<number> {
  const own = peekOwnDeviceId(db);
  const entries = docs
    .filter((doc) => doc._id.startsWith(AUDIT_DOC_PREFIX) && !doc._deleted && doc.d)
    .map((doc) => doc.d as AuditEntry)
    .filter((entry) => Boolean(entry.deviceId) && entry.deviceId !== own)
    // Replication does not keep a PC's order; the log reads better in it (the check needs not).
    .sort(
      (x, y) =>
        String(x.deviceId).localeCompare(String(y.deviceId)) ||
        (x.deviceSeq ?? 0) - (y.deviceSeq ?? 0),
    );
  if (entries.length === 0) return 0;
  return storeForeignAuditEntries(db, entries);
}
