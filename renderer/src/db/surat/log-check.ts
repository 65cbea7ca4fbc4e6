import type { Letter } from '@shared/domain/core/entities';
import { letterContentHash } from '@shared/domain/surat/content';
import type { DtksDatabase } from '../core/database';

export type LetterLogCheck =
  | { status: 'cocok' | 'berbeda'; seq: number }
  /** Issued before the log carried a content hash: nothing to compare with. */
  | { status: 'tanpa-sidik'; seq: number }
  /** No issue entry in the log for this letter: removed, or the row was added behind the app. */
  | { status: 'tanpa-catatan' };

/**
 * Holds a letter row of the register against the audit entry written when it
 * was issued. The log entry is chained and anchored outside the database, so
 * a letter edited in IndexedDB afterwards shows here as "berbeda".
 */
export async function checkLetterAgainstLog(
  db: DtksDatabase,
  letter: Letter,
): Promise<LetterLogCheck> {
  const entries = await db.audit.where('entityId').equals(letter.id).toArray();
  const issued = entries
    .filter((entry) => entry.entity === 'surat' && entry.action === 'create')
    .sort((a, b) => a.seq - b.seq)[0];
  if (!issued) return { status: 'tanpa-catatan' };
  const after = issued.after as { contentHash?: unknown } | undefined;
  if (typeof after?.contentHash !== 'string') return { status: 'tanpa-sidik', seq: issued.seq };
  return {
    status: after.contentHash === letterContentHash(letter) ? 'cocok' : 'berbeda',
    seq: issued.seq,
  };
}
