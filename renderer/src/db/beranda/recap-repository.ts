import { getCriteriaSet, DEFAULT_CRITERIA_SET_ID } from '@shared/domain/usulan/criteria';
import { desilCountsOf, undecidedPairsOf } from '@shared/domain/beranda/summary';
import type { AidReceived } from '@shared/domain/core/entities';
import { hasExistingOverlap } from '@shared/domain/warga/overlap';
import { MAX_DUPLICATE_GROUP } from '@shared/domain/warga/person-keys';
import {
  batchCounts,
  criteriaFrequencyOfPeriod,
  proposalCountsOfPeriod,
} from '@shared/domain/beranda/recap';
import type { Recap } from '@shared/domain/beranda/recap';
import type { DtksDatabase } from '../core/database';
import { readSummary } from './summary-repair';

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
 * Everything the Beranda shows. The registry figures (families, people, RT/RW, deciles,
 * duplicate groups, aid overlap) and this period's proposal figures (statuses, kinds,
 * decisions, per RT, criteria met) come from the summary the writes keep (db/beranda/); only
 * small tables are read here. Nothing scales with the number of people or proposals.
 */
export async function computeRecap(
  db: DtksDatabase,
  period: string,
  today = new Date(),
): Promise<Recap> {
  const [from, to] = monthBounds(today);
  const [summary, lettersThisMonth, meetingsTotal, meetingsLocked, decidedPairs, batches] =
    await Promise.all([
      readSummary(db),
      db.letters.where('date').between(from, to, true, true).count(),
      db.meetings.count(),
      db.meetings.where('status').equals('terkunci').count(),
      db.duplicateDecisions.orderBy('pairKey').keys(),
      db.batches.toArray(),
    ]);
  // This period's proposals, their decisions, RTs and assessments: kept in the summary too.
  const kept = summary.periods?.[period];
  const counts = proposalCountsOfPeriod(kept);
  const set = getCriteriaSet(DEFAULT_CRITERIA_SET_ID);
  const perPlace = Object.entries(summary.rtRw)
    .map(([key, place]) => ({
      rw: place.rw,
      rt: place.rt,
      families: place.families,
      people: place.people,
      proposals: kept?.places[key]?.proposals ?? 0,
      layak: kept?.places[key]?.layak ?? 0,
    }))
    .filter((row) => row.families > 0)
    .sort((a, b) => a.rw.localeCompare(b.rw) || a.rt.localeCompare(b.rt));

  return {
    period,
    generatedAt: today.toISOString(),
    registry: {
      families: summary.families,
      people: summary.people,
      present: summary.people - summary.away,
    },
    proposalsByStatus: counts.byStatus,
    proposalsByKind: counts.byKind,
    decisions: counts.decisions,
    decisionsInWords: counts.inWords,
    lettersThisMonth,
    batchesByState: batchCounts(
      batches.filter((batch) => !batch.supersededBy).map((batch) => batch.state),
    ),
    meetings: { total: meetingsTotal, locked: meetingsLocked },
    perRtRw: perPlace,
    desil: desilCountsOf(summary),
    criteria: set ? criteriaFrequencyOfPeriod(set, kept?.criteria ?? {}) : [],
    flags: {
      aidOverlapFamilies: summary.aidOverlapFamilies ?? 0,
      possibleDuplicatePairs: undecidedPairsOf(
        summary,
        new Set(decidedPairs as string[]),
        MAX_DUPLICATE_GROUP,
      ),
    },
  };
}
