import { describe, expect, it } from 'vitest';
import { PROPOSAL_KINDS, PROPOSAL_SOURCES } from '../core/entities';
import { vocabularyOf } from '../musyawarah/decision-words';
import {
  applyAssessment,
  applyProposal,
  isLayakProposal,
  periodDifferences,
  proposalSummaryFacts,
  recomputePeriods,
} from './period-summary';
import type { PeriodMap } from './period-summary';
import { proposalCountsOfPeriod, proposalCounts } from './recap';

const proposal = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  familyId: 'k1',
  period: 'November 2026',
  status: 'siap_musyawarah',
  kind: 'baru',
  source: 'mandiri',
  ...over,
});

describe('the period figures of the Beranda summary', () => {
  it('counts "layak" exactly where the decision words say "Layak"', () => {
    for (const kind of PROPOSAL_KINDS)
      for (const source of PROPOSAL_SOURCES) {
        const facts = proposalSummaryFacts(
          proposal('u', { kind, source, decision: { value: 'layak' } }),
        );
        expect(facts && isLayakProposal(facts)).toBe(vocabularyOf({ kind, source }) === 'usulan');
      }
  });

  it('gives the recap the same counts as counting the rows', () => {
    const rows = [
      proposal('a', { decision: { value: 'layak' } }),
      proposal('b', { kind: 'nonaktif', decision: { value: 'tidak_layak' } }),
      proposal('c', { source: 'prelist', decision: { value: 'ditunda' } }),
      proposal('d', { status: 'draf' }),
      proposal('e', { period: 'Desember 2026' }),
    ];
    const periods = recomputePeriods(rows, [], () => ({ rw: '001', rt: '002' }));
    const facts = rows
      .filter((row) => row.period === 'November 2026')
      .map((row) => ({
        familyId: row.familyId,
        status: row.status,
        kind: row.kind,
        source: row.source,
        ...('decision' in row ? { decision: (row.decision as { value: string }).value } : {}),
      }));
    expect(proposalCountsOfPeriod(periods['November 2026'])).toEqual(
      proposalCounts(facts as never),
    );
    expect(periods['November 2026']?.places['001/002']).toEqual({
      rw: '001',
      rt: '002',
      proposals: 4,
      layak: 1,
    });
  });

  it('leaves no trace of a period once its last proposal and assessment are taken back', () => {
    const periods: PeriodMap = {};
    const facts = proposalSummaryFacts(proposal('a'));
    if (!facts) throw new Error('fakta usulan');
    applyProposal(periods, facts, { rw: '001', rt: '001' }, 1);
    applyAssessment(periods, facts.period, { proposalId: 'a', met: ['set|k1'] }, 1);
    expect(periodDifferences({}, periods)).toEqual([
      'Usulan periode November 2026: tercatat 0, seharusnya 1',
    ]);
    applyAssessment(periods, facts.period, { proposalId: 'a', met: ['set|k1'] }, -1);
    applyProposal(periods, facts, { rw: '001', rt: '001' }, -1);
    expect(periods).toEqual({});
  });
});
