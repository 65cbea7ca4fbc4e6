import { emptySummary, SUMMARY_ID, summaryDifferences } from '@shared/domain/beranda/summary';
import type { BerandaSummary } from '@shared/domain/beranda/summary';
import { appendAudit, assertMayWrite } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { periodsIn, recomputeIn } from './summary-source';

/** The audit entity of the "Periksa ulang angka" check (operator and admin). */
export const SUMMARY_AUDIT_ENTITY = 'rekap beranda';

/**
 * The summary as stored. A database that has never had a family or a person written has
 * none yet (empty); should it be missing while rows exist, it is counted here, read-only.
 */
export async function readSummary(db: DtksDatabase): Promise<BerandaSummary> {
  const stored = await db.berandaSummary.get(SUMMARY_ID);
  if (stored?.periods) return stored;
  if (stored) {
    // Stored before the period figures were kept: the next write (or the repair) keeps them.
    const periods = await db.transaction('r', db.proposals, db.assessments, db.families, (tx) =>
      periodsIn(tx.idbtrans),
    );
    return { ...stored, periods };
  }
  return db.transaction(
    'r',
    [db.people, db.families, db.aid, db.proposals, db.assessments],
    async (tx) => {
      const [families, people, proposals] = await Promise.all([
        db.families.count(),
        db.people.count(),
        db.proposals.count(),
      ]);
      return families + people + proposals === 0 ? emptySummary() : recomputeIn(tx.idbtrans);
    },
  );
}

export type SummaryCheck = {
  /** What was wrong, in the clerk's words; empty when every figure was right. */
  differences: string[];
  summary: BerandaSummary;
};

/**
 * "Periksa ulang angka": counts the registry again from its indexes, replaces the summary
 * when it differs, and logs the check (what was wrong, if anything) in the same
 * transaction. The slow count lives here only.
 */
export async function checkAndRepairSummary(
  db: DtksDatabase,
  actor: string,
  now = new Date(),
): Promise<SummaryCheck> {
  const intent = {
    actor,
    action: 'update' as const,
    entity: SUMMARY_AUDIT_ENTITY,
    entityId: SUMMARY_ID,
  };
  assertMayWrite(db, { ...intent, summary: '' });
  return db.transaction(
    'rw',
    [db.people, db.families, db.aid, db.proposals, db.assessments, db.berandaSummary, db.audit],
    async (tx) => {
      const stored = await db.berandaSummary.get(SUMMARY_ID);
      const fresh = await recomputeIn(tx.idbtrans);
      const differences = summaryDifferences(stored, fresh);
      if (differences.length > 0) await db.berandaSummary.put(fresh);
      await appendAudit(
        db,
        {
          ...intent,
          summary:
            differences.length === 0
              ? `Angka Beranda diperiksa ulang: semua benar (${fresh.families} keluarga, ${fresh.people} warga)`
              : `Angka Beranda diperiksa ulang dan diperbaiki: ${differences.slice(0, 8).join('; ')}${differences.length > 8 ? `; dan ${differences.length - 8} lainnya` : ''}`,
          after: { families: fresh.families, people: fresh.people, fixed: differences.length },
        },
        now,
      );
      return { differences, summary: fresh };
    },
  );
}
