import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITERIA_SETS,
  DEFAULT_CRITERIA_SET_ID,
  getCriteriaSet,
  summarizeAssessment,
} from './criteria';
import type { CriteriaSet } from './criteria';

function requireSet(id: string): CriteriaSet {
  const set = getCriteriaSet(id);
  if (!set) throw new Error(`missing criteria set ${id}`);
  return set;
}

const set262 = requireSet('kepmensos-262-2022');
const set146 = requireSet('kepmensos-146-2013');

describe('CRITERIA_SETS', () => {
  it('defaults to the set in force, Kepmensos 262/HUK/2022', () => {
    expect(DEFAULT_CRITERIA_SET_ID).toBe('kepmensos-262-2022');
    expect(getCriteriaSet(DEFAULT_CRITERIA_SET_ID)?.title).toBe('Kepmensos 262/HUK/2022');
  });

  it('keeps the older set available', () => {
    expect(set146.title).toBe('Kepmensos 146/HUK/2013');
    expect(set146.items).toHaveLength(11);
    expect(set146.outrightPoorItemId).toBeUndefined();
  });

  it('makes homelessness the outright item of 262, followed by its eight criteria', () => {
    expect(set262.items).toHaveLength(9);
    expect(set262.items[0]).toEqual({
      id: 'tidak-punya-tempat-tinggal',
      text: 'Tidak mempunyai tempat tinggal',
    });
    expect(set262.outrightPoorItemId).toBe('tidak-punya-tempat-tinggal');
    expect(set262.items.map((item) => item.text).join(' | ')).toMatch(/450 VA/);
  });

  it('has unique ids, dated versions and non-empty Indonesian texts', () => {
    expect(new Set(CRITERIA_SETS.map((set) => set.id)).size).toBe(CRITERIA_SETS.length);
    for (const set of CRITERIA_SETS) {
      expect(set.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const ids = set.items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of set.items) {
        expect(item.id).toMatch(/^[a-z0-9-]+$/);
        expect(item.text.trim().length).toBeGreaterThan(10);
      }
    }
    // The newer set must be newer: the default is chosen by date in reports.
    expect(set262.effectiveDate > set146.effectiveDate).toBe(true);
  });

  it('returns undefined for an unknown set', () => {
    expect(getCriteriaSet('kepmensos-1-1999')).toBeUndefined();
  });
});

describe('summarizeAssessment', () => {
  it('counts nothing before the field check', () => {
    expect(summarizeAssessment(set262, {})).toEqual({
      met: 0,
      total: 8,
      answered: 0,
      outrightPoor: false,
      label: '0 dari 8 kriteria terpenuhi (0 dari 8 dijawab)',
    });
  });

  it('counts met and answered criteria, leaving the outright item out of both', () => {
    const summary = summarizeAssessment(set262, {
      'tidak-punya-tempat-tinggal': false,
      'kepala-keluarga-tidak-bekerja': true,
      'tidak-punya-jamban-sendiri': true,
      'listrik-450va-atau-tanpa-listrik': false,
      'dinding-tidak-layak': undefined,
    });
    expect(summary).toEqual({
      met: 2,
      total: 8,
      answered: 3,
      outrightPoor: false,
      label: '2 dari 8 kriteria terpenuhi (3 dari 8 dijawab)',
    });
  });

  it('drops the "answered" note once every criterion is answered', () => {
    const answers = Object.fromEntries(set146.items.map((item, i) => [item.id, i % 2 === 0]));
    expect(summarizeAssessment(set146, answers)).toEqual({
      met: 6,
      total: 11,
      answered: 11,
      outrightPoor: false,
      label: '6 dari 11 kriteria terpenuhi',
    });
  });

  it('says so when the person has no place to live', () => {
    const summary = summarizeAssessment(set262, { 'tidak-punya-tempat-tinggal': true });
    expect(summary.outrightPoor).toBe(true);
    expect(summary.label).toBe('Miskin (tidak mempunyai tempat tinggal)');
  });

  it('ignores unknown ids, inherited keys and non-boolean values', () => {
    const answers = JSON.parse(
      '{"bukan-kriteria": true, "constructor": true, "kepala-keluarga-tidak-bekerja": "ya"}',
    ) as Record<string, boolean | undefined>;
    expect(summarizeAssessment(set262, answers)).toMatchObject({ met: 0, answered: 0 });
    expect(summarizeAssessment(set262, {})).toMatchObject({ outrightPoor: false });
  });

  it('keeps met ≤ answered ≤ total for any answers', () => {
    const ids = CRITERIA_SETS.flatMap((set) => set.items.map((item) => item.id));
    fc.assert(
      fc.property(
        fc.constantFrom(...CRITERIA_SETS),
        fc.dictionary(
          fc.oneof(fc.constantFrom(...ids), fc.string()),
          fc.option(fc.boolean(), { nil: undefined }),
        ),
        (set, answers) => {
          const summary = summarizeAssessment(set, answers);
          expect(summary.met).toBeLessThanOrEqual(summary.answered);
          expect(summary.answered).toBeLessThanOrEqual(summary.total);
          expect(summary.label.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
