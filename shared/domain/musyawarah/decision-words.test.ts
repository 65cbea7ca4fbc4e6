import { describe, expect, it } from 'vitest';
import {
  DECISION_KEYS,
  decisionForKey,
  decisionWords,
  isDecisionKey,
  keyHint,
  NONAKTIF_REFUSAL_REASONS,
  PRELIST_REMOVAL_REASONS,
  reasonsFor,
  tallyInWords,
  vocabularyOf,
} from './decision-words';
import type { DecisionVocabulary } from './decision-words';
import { DECISIONS } from '../core/entities';
import { nonaktifReasonFromDecision } from '../ekspor/decision-outcome';

const VOCABULARIES: readonly DecisionVocabulary[] = ['usulan', 'nonaktif', 'prelist', 'sanggah'];

describe('decision words per kind (domain.md §1 step 3, issue 14.2)', () => {
  it('finds the vocabulary of a proposal', () => {
    expect(vocabularyOf({ kind: 'baru', source: 'mandiri' })).toBe('usulan');
    expect(vocabularyOf({ kind: 'perbaikan', source: 'rt_rw' })).toBe('usulan');
    expect(vocabularyOf({ kind: 'perbaikan', source: 'prelist' })).toBe('prelist');
    expect(vocabularyOf({ kind: 'nonaktif', source: 'prelist' })).toBe('nonaktif');
    expect(vocabularyOf({ kind: 'nonaktif', source: 'mandiri' })).toBe('nonaktif');
    expect(vocabularyOf({ kind: 'sanggah', source: 'cek_bansos' })).toBe('sanggah');
  });

  it('never calls a removal or a prelist family "layak"', () => {
    const removal = { kind: 'nonaktif', source: 'mandiri' } as const;
    const prelist = { kind: 'perbaikan', source: 'prelist' } as const;
    expect(DECISIONS.map((d) => decisionWords(removal, d))).toEqual([
      'Disetujui dinonaktifkan',
      'Ditolak',
      'Ditunda',
    ]);
    expect(DECISIONS.map((d) => decisionWords(prelist, d))).toEqual([
      'Tetap',
      'Dikeluarkan',
      'Ditunda',
    ]);
    expect(decisionWords({ kind: 'sanggah', source: 'mandiri' }, 'layak')).toBe(
      'Sanggahan diterima',
    );
    expect(decisionWords({ kind: 'baru', source: 'mandiri' }, 'tidak_layak')).toBe('Tidak layak');
  });

  it('gives each word its own key, so a habit cannot decide the opposite on another kind', () => {
    const owner = new Map<string, string>();
    for (const vocabulary of VOCABULARIES) {
      for (const decision of DECISIONS) {
        const key = DECISION_KEYS[vocabulary][decision];
        const word = decisionWords(
          vocabulary === 'usulan'
            ? { kind: 'baru', source: 'mandiri' }
            : vocabulary === 'prelist'
              ? { kind: 'perbaikan', source: 'prelist' }
              : { kind: vocabulary, source: 'mandiri' },
          decision,
        );
        // Only "D" (ditunda) is shared, and it means the same everywhere.
        if (owner.has(key)) expect(owner.get(key)).toBe(word);
        owner.set(key, word);
        expect(['J', 'K', 'U']).not.toContain(key);
      }
    }
    expect(decisionForKey('usulan', 'l')).toEqual({ decision: 'layak' });
    expect(decisionForKey('nonaktif', 's')).toEqual({ decision: 'layak' });
    expect(decisionForKey('nonaktif', 'o')).toEqual({ decision: 'tidak_layak' });
    expect(decisionForKey('prelist', 'p')).toEqual({ decision: 'layak' });
    expect(decisionForKey('prelist', 'x')).toEqual({ decision: 'tidak_layak' });
    expect(decisionForKey('prelist', 'd')).toEqual({ decision: 'ditunda' });
    // "T" (tidak layak) on a removal or a prelist family decides nothing.
    expect(decisionForKey('nonaktif', 't')).toEqual({ wrongKey: 'T' });
    expect(decisionForKey('prelist', 'T')).toEqual({ wrongKey: 'T' });
    expect(decisionForKey('prelist', 'l')).toEqual({ wrongKey: 'L' });
    expect(decisionForKey('usulan', 'q')).toBeNull();
    expect(isDecisionKey('x')).toBe(true);
    expect(isDecisionKey('Enter')).toBe(false);
    expect(keyHint('prelist')).toBe('P tetap, X dikeluarkan, D ditunda');
  });

  it('offers reasons that fit the kind: none says a refused removal should go', () => {
    expect(reasonsFor('nonaktif', 'tidak_layak')).toBe(NONAKTIF_REFUSAL_REASONS);
    for (const reason of PRELIST_REMOVAL_REASONS) {
      expect(reasonsFor('nonaktif', 'tidak_layak')).not.toContain(reason);
    }
    for (const reason of reasonsFor('nonaktif', 'tidak_layak')) {
      expect(reason).not.toMatch(/meninggal|sudah mampu/i);
    }
    expect(reasonsFor('usulan', 'tidak_layak')).not.toContain('Meninggal dunia');
    expect(reasonsFor('prelist', 'tidak_layak')).toBe(PRELIST_REMOVAL_REASONS);
    for (const vocabulary of VOCABULARIES) {
      expect(reasonsFor(vocabulary, 'layak')).toEqual([]);
      expect(reasonsFor(vocabulary, 'ditunda').length).toBeGreaterThan(2);
    }
  });

  it('reads every prelist removal reason as its own national reason', () => {
    expect(PRELIST_REMOVAL_REASONS.map(nonaktifReasonFromDecision)).toEqual([
      'meninggal',
      'pindah',
      'tidak_ditemukan',
      'ganda',
      'sudah_mampu',
    ]);
  });

  it('tallies in the words of each kind present, ditunda once for all', () => {
    const candidates = [
      { proposalId: 'a', kind: 'baru', source: 'mandiri' },
      { proposalId: 'b', kind: 'nonaktif', source: 'mandiri' },
      { proposalId: 'c', kind: 'perbaikan', source: 'prelist' },
      { proposalId: 'd', kind: 'perbaikan', source: 'prelist' },
      { proposalId: 'e', kind: 'perbaikan', source: 'prelist' },
    ] as const;
    const tally = tallyInWords(candidates, [
      { proposalId: 'a', decision: 'layak' },
      { proposalId: 'b', decision: 'layak' },
      { proposalId: 'c', decision: 'layak' },
      { proposalId: 'd', decision: 'tidak_layak' },
      { proposalId: 'e', decision: 'ditunda' },
    ]);
    expect(tally.map((entry) => `${entry.label} ${entry.count}`)).toEqual([
      'Layak 1',
      'Tidak layak 0',
      'Tetap 1',
      'Dikeluarkan 1',
      'Disetujui dinonaktifkan 1',
      'Ditolak 0',
      'Ditunda 1',
    ]);
    expect(tallyInWords([], [])).toEqual([]);
  });
});
