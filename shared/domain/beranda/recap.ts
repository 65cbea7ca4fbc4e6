import type { CriteriaSet } from '../usulan/criteria';
import type { DesilCounts } from '../usulan/desil';
import { tallyInWords, vocabularyOf } from '../musyawarah/decision-words';
import type { TallyEntry } from '../musyawarah/decision-words';
import type {
  Assessment,
  BatchState,
  Decision,
  ProposalKind,
  ProposalSource,
  ProposalStatus,
} from '../core/entities';
import type { PeriodCounts } from './period-summary';
import { BATCH_STATES, DECISIONS, PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../core/entities';

/** What the Beranda shows for one period; every figure is a plain count. */
export type Recap = {
  period: string;
  generatedAt: string;
  registry: { families: number; people: number; present: number };
  proposalsByStatus: Record<ProposalStatus, number>;
  proposalsByKind: Record<ProposalKind, number>;
  decisions: Record<Decision, number>;
  /**
   * The decisions in the words of each kind (issue 14.2): "Layak", "Tetap", "Disetujui
   * dinonaktifkan" …; absent in a recap computed before it existed.
   */
  decisionsInWords?: TallyEntry[];
  lettersThisMonth: number;
  /** Batches of every period (versions replaced by a newer one are left out). */
  batchesByState: Record<BatchState, number>;
  meetings: { total: number; locked: number };
  perRtRw: RtRwRow[];
  /** Registered families per decile of the national ranking (from the desil index). */
  desil: DesilCounts;
  criteria: { id: string; text: string; met: number }[];
  flags: { aidOverlapFamilies: number; possibleDuplicatePairs: number };
};

export type RtRwRow = {
  rw: string;
  rt: string;
  families: number;
  people: number;
  proposals: number;
  /** New entries and corrections decided layak; never a removal or a prelist family kept. */
  layak: number;
};

export type ProposalFacts = {
  familyId: string;
  status: ProposalStatus;
  kind: ProposalKind;
  /** Absent: counted as a proposal of its own (not a prelist family). */
  source?: ProposalSource;
  decision?: Decision;
};

const isLayak = (proposal: ProposalFacts) =>
  proposal.decision === 'layak' &&
  vocabularyOf({ kind: proposal.kind, source: proposal.source ?? 'mandiri' }) === 'usulan';

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export function batchCounts(states: readonly BatchState[]): Record<BatchState, number> {
  const counts = zeroes(BATCH_STATES);
  for (const state of states) counts[state] += 1;
  return counts;
}

export function proposalCounts(proposals: readonly ProposalFacts[]) {
  const byStatus = zeroes(PROPOSAL_STATUSES);
  const byKind = zeroes(PROPOSAL_KINDS);
  const decisions = zeroes(DECISIONS);
  for (const proposal of proposals) {
    byStatus[proposal.status] += 1;
    byKind[proposal.kind] += 1;
    if (proposal.decision) decisions[proposal.decision] += 1;
  }
  const decided = proposals.flatMap((proposal, index) =>
    proposal.decision
      ? [
          {
            proposalId: String(index),
            kind: proposal.kind,
            source: proposal.source ?? 'mandiri',
            decision: proposal.decision,
          },
        ]
      : [],
  );
  return { byStatus, byKind, decisions, inWords: tallyInWords(decided, decided) };
}

/**
 * The same figures as `proposalCounts`, from the counts the summary keeps for a period
 * (period-summary.ts) instead of the proposal rows.
 */
export function proposalCountsOfPeriod(counts: PeriodCounts | undefined) {
  const byStatus = zeroes(PROPOSAL_STATUSES);
  const byKind = zeroes(PROPOSAL_KINDS);
  const decisions = zeroes(DECISIONS);
  if (!counts) return { byStatus, byKind, decisions, inWords: tallyInWords([], []) };
  for (const status of PROPOSAL_STATUSES) byStatus[status] = counts.byStatus[status] ?? 0;
  for (const kind of PROPOSAL_KINDS) byKind[kind] = counts.byKind[kind] ?? 0;
  const decided: {
    proposalId: string;
    kind: ProposalKind;
    source: ProposalSource;
    decision: Decision;
  }[] = [];
  for (const [key, count] of Object.entries(counts.decided)) {
    const [kind, source, decision] = key.split('|') as [ProposalKind, ProposalSource, Decision];
    if (decision in decisions) decisions[decision] += count;
    for (let i = 0; i < count; i += 1)
      decided.push({ proposalId: `${key}#${i}`, kind, source, decision });
  }
  return { byStatus, byKind, decisions, inWords: tallyInWords(decided, decided) };
}

/** `criteriaFrequency` from the answers met the summary keeps per `${setId}|${itemId}`. */
export function criteriaFrequencyOfPeriod(set: CriteriaSet, met: Record<string, number>) {
  return set.items
    .map((item) => ({ id: item.id, text: item.text, met: met[`${set.id}|${item.id}`] ?? 0 }))
    .sort((a, b) => b.met - a.met);
}

/**
 * Per RT/RW from index keys only: each family's [rw, rt] and the familyId of
 * each person (the people index), never the records themselves.
 */
export function perRtRw(
  families: readonly { id: string; rw: string; rt: string }[],
  personFamilyIds: readonly string[],
  proposals: readonly ProposalFacts[],
): RtRwRow[] {
  const rows = new Map<string, RtRwRow>();
  const familyRow = new Map<string, RtRwRow>();
  for (const family of families) {
    const key = `${family.rw}/${family.rt}`;
    let row = rows.get(key);
    if (!row) {
      row = { rw: family.rw, rt: family.rt, families: 0, people: 0, proposals: 0, layak: 0 };
      rows.set(key, row);
    }
    row.families += 1;
    familyRow.set(family.id, row);
  }
  for (const familyId of personFamilyIds) {
    const row = familyRow.get(familyId);
    if (row) row.people += 1;
  }
  for (const proposal of proposals) {
    const row = familyRow.get(proposal.familyId);
    if (!row) continue;
    row.proposals += 1;
    if (isLayak(proposal)) row.layak += 1;
  }
  return [...rows.values()].sort((a, b) => a.rw.localeCompare(b.rw) || a.rt.localeCompare(b.rt));
}

/** How often each criterion was met, most frequent first. */
export function criteriaFrequency(set: CriteriaSet, assessments: readonly Assessment[]) {
  const counts = new Map(set.items.map((item) => [item.id, 0]));
  for (const assessment of assessments) {
    if (assessment.criteriaSetId !== set.id) continue;
    for (const [id, answer] of Object.entries(assessment.answers)) {
      if (answer.value === true && counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return set.items
    .map((item) => ({ id: item.id, text: item.text, met: counts.get(item.id) ?? 0 }))
    .sort((a, b) => b.met - a.met);
}

/**
 * Pairs of people who share a duplicate key (same name and birth date, or
 * same mother and birth date) and have no recorded decision yet: the same
 * pairs the duplicates review lists. Keys arrive sorted from the index, so a
 * group is a run of equal keys.
 */
export function undecidedDuplicatePairs(
  indexes: readonly { keys: readonly unknown[]; primaryKeys: readonly unknown[] }[],
  decided: ReadonlySet<string>,
  maxGroup: number,
): number {
  const pairs = new Set<string>();
  for (const { keys, primaryKeys } of indexes) {
    let start = 0;
    for (let i = 1; i <= keys.length; i += 1) {
      if (i < keys.length && keys[i] === keys[start]) continue;
      const size = i - start;
      if (keys[start] && size > 1 && size <= maxGroup) {
        for (let x = start; x < i; x += 1) {
          for (let y = x + 1; y < i; y += 1) {
            const pair = [String(primaryKeys[x]), String(primaryKeys[y])].sort().join('|');
            if (!decided.has(pair)) pairs.add(pair);
          }
        }
      }
      start = i;
    }
  }
  return pairs.size;
}
