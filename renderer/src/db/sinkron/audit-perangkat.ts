import { noteAuditAppend } from '../keamanan/audit-anchor';
import type { AuditEntry } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { peekOwnDeviceId } from './perangkat';

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
