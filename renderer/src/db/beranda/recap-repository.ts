import { getCriteriaSet, DEFAULT_CRITERIA_SET_ID } from '@shared/domain/usulan/criteria';
import { countByDesil } from '@shared/domain/usulan/desil';
import type { AidReceived } from '@shared/domain/core/entities';
import { hasExistingOverlap } from '@shared/domain/warga/overlap';
import { MAX_DUPLICATE_GROUP } from '@shared/domain/warga/person-keys';
import {
  batchCounts,
  criteriaFrequency,
  perRtRw,
  proposalCounts,
  undecidedDuplicatePairs,
} from '@shared/domain/beranda/recap';
import type { ProposalFacts, Recap } from '@shared/domain/beranda/recap';
import type { DtksDatabase } from '../core/database';
import { collectIndexEntries, collectIndexKeys } from '../core/index-keys';
import { registryCounts } from '../warga/stats';

function monthBounds(today: Date): [string, string] {
  const y = today.getFullYear();
  const m = String(today.getMonth() + 1).padStart(2, '0');
  return [`${y}-${m}-01`, `${y}-${m}-31`];
}

/** Families (ids) that receive central and regional aid at the same time. */
export function overlapFamilyIds(aid: readonly AidReceived[]): string[] {
  const byFamily = new Map<string, AidReceived[]>();
  for (const item of aid) {
    const list = byFamily.get(item.familyId);
    if (list) list.push(item);
    else byFamily.set(item.familyId, [item]);
  }
  return [...byFamily.entries()].filter(([, items]) => hasExistingOverlap(items)).map(([id]) => id);
}

/**
 * Everything the Beranda shows, from indexes and counts: people are never
 * loaded, only the familyId and duplicate-key index entries are read.
 */
export async function computeRecap(
  db: DtksDatabase,
  period: string,
  today = new Date(),
): Promise<Recap> {
  const [from, to] = monthBounds(today);
  // One round: the index cursors run side by side (each step is a round trip to the
  // IndexedDB backend, so four cursors at once finish far sooner than two and two).
  const [
    registry,
    proposals,
    lettersThisMonth,
    meetingsTotal,
    meetingsLocked,
    familiesByRt,
    personFamilyIds,
    nameKeys,
    motherKeys,
    aid,
    decidedPairs,
    batches,
    desilKeys,
  ] = await Promise.all([
    registryCounts(db),
    db.proposals.where('period').equals(period).toArray(),
    db.letters.where('date').between(from, to, true, true).count(),
    db.meetings.count(),
    db.meetings.where('status').equals('terkunci').count(),
    collectIndexEntries(db, 'families', '[rw+rt]'),
    collectIndexKeys(db, 'people', 'familyId'),
    collectIndexEntries(db, 'people', 'dupNameKey'),
    collectIndexEntries(db, 'people', 'dupMotherKey'),
    db.aid.toArray(),
    db.duplicateDecisions.orderBy('pairKey').keys(),
    db.batches.toArray(),
    collectIndexKeys(db, 'families', 'desil.value'),
  ]);
  const assessments = await db.assessments
    .where('proposalId')
    .anyOf(proposals.map((proposal) => proposal.id))
    .toArray();

  const facts: ProposalFacts[] = proposals.map((proposal) => ({
    familyId: proposal.familyId,
    status: proposal.status,
    kind: proposal.kind,
    source: proposal.source,
    ...(proposal.decision ? { decision: proposal.decision.value } : {}),
  }));
  const counts = proposalCounts(facts);
  const families = familiesByRt.keys.map((key, index) => {
    const [rw, rt] = key as unknown as [string, string];
    return { id: String(familiesByRt.primaryKeys[index]), rw, rt };
  });
  const set = getCriteriaSet(DEFAULT_CRITERIA_SET_ID);

  return {
    period,
    generatedAt: today.toISOString(),
    registry,
    proposalsByStatus: counts.byStatus,
    proposalsByKind: counts.byKind,
    decisions: counts.decisions,
    decisionsInWords: counts.inWords,
    lettersThisMonth,
    batchesByState: batchCounts(
      batches.filter((batch) => !batch.supersededBy).map((batch) => batch.state),
    ),
    meetings: { total: meetingsTotal, locked: meetingsLocked },
    perRtRw: perRtRw(families, personFamilyIds as string[], facts),
    desil: countByDesil(desilKeys, registry.families),
    criteria: set ? criteriaFrequency(set, assessments) : [],
    flags: {
      aidOverlapFamilies: overlapFamilyIds(aid).length,
      possibleDuplicatePairs: undecidedDuplicatePairs(
        [nameKeys, motherKeys],
        new Set(decidedPairs as string[]),
        MAX_DUPLICATE_GROUP,
      ),
    },
  };
}
