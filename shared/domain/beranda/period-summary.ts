import type { Decision, ProposalKind, ProposalSource, ProposalStatus } from '../core/entities';

/**
 * The Beranda's proposal figures per period, kept in the summary row beside the registry
 * figures (summary.ts) by the same middleware, in the transactions that write proposals,
 * assessments and families: counts only, no names, no NIK. `recomputePeriods` builds the
 * same object from the rows; the two must agree.
 */

export type PlaceProposals = { rw: string; rt: string; proposals: number; layak: number };

export type PeriodCounts = {
  /** Proposals of the period. */
  proposals: number;
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  /** Decided proposals per `${kind}|${source}|${decision}` (the words depend on all three). */
  decided: Record<string, number>;
  /** Per `${rw}/${rt}` of the proposal's family (when the family exists). */
  places: Record<string, PlaceProposals>;
  /** Answers met in the assessments of the period's proposals, per `${criteriaSetId}|${itemId}`. */
  criteria: Record<string, number>;
};

export type PeriodMap = Record<string, PeriodCounts>;

/** What of a proposal row the period figures use. */
export type ProposalSummaryFacts = {
  period: string;
  familyId: string;
  status: ProposalStatus;
  kind: ProposalKind;
  source: ProposalSource;
  decision: Decision | null;
};

/** What of an assessment row the period figures use. */
export type AssessmentSummaryFacts = { proposalId: string; met: string[] };

type Place = { rw: string; rt: string };

export function proposalSummaryFacts(row: unknown): ProposalSummaryFacts | null {
  const proposal = (row ?? {}) as {
    period?: unknown;
    familyId?: unknown;
    status?: unknown;
    kind?: unknown;
    source?: unknown;
    decision?: { value?: unknown };
  };
  if (typeof proposal.period !== 'string') return null;
  return {
    period: proposal.period,
    familyId: typeof proposal.familyId === 'string' ? proposal.familyId : '',
    status: proposal.status as ProposalStatus,
    kind: proposal.kind as ProposalKind,
    source: (typeof proposal.source === 'string' ? proposal.source : 'mandiri') as ProposalSource,
    decision:
      typeof proposal.decision?.value === 'string' ? (proposal.decision.value as Decision) : null,
  };
}

export function assessmentSummaryFacts(row: unknown): AssessmentSummaryFacts | null {
  const assessment = (row ?? {}) as {
    proposalId?: unknown;
    criteriaSetId?: unknown;
    answers?: Record<string, { value?: unknown } | undefined>;
  };
  if (typeof assessment.proposalId !== 'string') return null;
  const set = String(assessment.criteriaSetId ?? '');
  const met = Object.entries(assessment.answers ?? {})
    .filter(([, answer]) => answer?.value === true)
    .map(([id]) => `${set}|${id}`);
  return { proposalId: assessment.proposalId, met };
}

export const emptyPeriod = (): PeriodCounts => ({
  proposals: 0,
  byStatus: {},
  byKind: {},
  decided: {},
  places: {},
  criteria: {},
});

function add(record: Record<string, number>, key: string, sign: number) {
  const next = (record[key] ?? 0) + sign;
  if (next === 0) delete record[key];
  else record[key] = next;
}

function periodOf(periods: PeriodMap, period: string): PeriodCounts {
  let counts = periods[period];
  if (!counts) {
    counts = emptyPeriod();
    periods[period] = counts;
  }
  return counts;
}

const isEmpty = (record: Record<string, unknown>) => Object.keys(record).length === 0;

/** Drops a period once nothing is counted in it (so a kept map equals a recounted one). */
function prune(periods: PeriodMap, period: string) {
  const counts = periods[period];
  if (
    counts &&
    counts.proposals === 0 &&
    isEmpty(counts.byStatus) &&
    isEmpty(counts.byKind) &&
    isEmpty(counts.decided) &&
    isEmpty(counts.places) &&
    isEmpty(counts.criteria)
  )
    delete periods[period];
}

/**
 * New entries and corrections decided layak (the Beranda's "layak" column): the "usulan"
 * vocabulary of musyawarah/decision-words.ts (`vocabularyOf`), spelt out here because this
 * module is in the start-up bundle (the summary middleware) and that one is not; a test
 * checks the two agree for every kind and source.
 */
export const isLayakProposal = (facts: ProposalSummaryFacts) =>
  facts.decision === 'layak' &&
  facts.kind !== 'sanggah' &&
  facts.kind !== 'nonaktif' &&
  facts.source !== 'prelist';

/** Adds (1) or removes (-1) a proposal's place figures: `place` is its family's RT/RW. */
export function applyProposalPlace(
  periods: PeriodMap,
  facts: ProposalSummaryFacts,
  place: Place | null,
  sign: 1 | -1,
): void {
  if (!place) return;
  const counts = periodOf(periods, facts.period);
  const key = `${place.rw}/${place.rt}`;
  const row = counts.places[key] ?? { rw: place.rw, rt: place.rt, proposals: 0, layak: 0 };
  row.proposals += sign;
  if (isLayakProposal(facts)) row.layak += sign;
  if (row.proposals === 0 && row.layak === 0) delete counts.places[key];
  else counts.places[key] = row;
  prune(periods, facts.period);
}

/** Adds or removes a proposal (its assessments are applied apart). */
export function applyProposal(
  periods: PeriodMap,
  facts: ProposalSummaryFacts,
  place: Place | null,
  sign: 1 | -1,
): void {
  const counts = periodOf(periods, facts.period);
  counts.proposals += sign;
  add(counts.byStatus, facts.status, sign);
  add(counts.byKind, facts.kind, sign);
  if (facts.decision) add(counts.decided, `${facts.kind}|${facts.source}|${facts.decision}`, sign);
  applyProposalPlace(periods, facts, place, sign);
  prune(periods, facts.period);
}

/** Adds or removes an assessment counted in `period` (its proposal's). */
export function applyAssessment(
  periods: PeriodMap,
  period: string,
  facts: AssessmentSummaryFacts,
  sign: 1 | -1,
): void {
  if (facts.met.length === 0) return;
  const counts = periodOf(periods, period);
  for (const key of facts.met) add(counts.criteria, key, sign);
  prune(periods, period);
}

/** The period figures from scratch: every proposal and assessment row, the families' places. */
export function recomputePeriods(
  proposals: readonly unknown[],
  assessments: readonly unknown[],
  placeOf: (familyId: string) => Place | null,
): PeriodMap {
  const periods: PeriodMap = {};
  const periodOfProposal = new Map<string, string>();
  for (const row of proposals) {
    const facts = proposalSummaryFacts(row);
    if (!facts) continue;
    periodOfProposal.set(String((row as { id?: unknown }).id), facts.period);
    applyProposal(periods, facts, placeOf(facts.familyId), 1);
  }
  for (const row of assessments) {
    const facts = assessmentSummaryFacts(row);
    if (!facts) continue;
    const period = periodOfProposal.get(facts.proposalId);
    if (period !== undefined) applyAssessment(periods, period, facts, 1);
  }
  return periods;
}

const number = new Intl.NumberFormat('id-ID');

/** Where the kept period figures differ from recounted ones, in the clerk's words. */
export function periodDifferences(stored: PeriodMap | undefined, fresh: PeriodMap): string[] {
  if (!stored) return ['Angka usulan per periode belum ada'];
  const out: string[] = [];
  for (const period of new Set([...Object.keys(stored), ...Object.keys(fresh)])) {
    const was = stored[period];
    const right = fresh[period];
    if ((was?.proposals ?? 0) !== (right?.proposals ?? 0))
      out.push(
        `Usulan periode ${period}: tercatat ${number.format(was?.proposals ?? 0)}, seharusnya ${number.format(right?.proposals ?? 0)}`,
      );
    else if (JSON.stringify(canonical(was)) !== JSON.stringify(canonical(right)))
      out.push(`Rincian usulan periode ${period} (status, keputusan, RT/RW, kriteria) berbeda`);
  }
  return out;
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value ?? null;
  if (Array.isArray(value)) return value.map(canonical);
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}
