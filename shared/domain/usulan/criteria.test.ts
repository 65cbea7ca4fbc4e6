import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITERIA_SETS,
  decreeCitation,
  decreeDateLabel,
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
      text: 'tidak memiliki tempat berteduh/tinggal sehari-hari',
    });
    expect(set262.outrightPoorItemId).toBe('tidak-punya-tempat-tinggal');
    expect(set262.items.map((item) => item.text).join(' | ')).toMatch(/450 VA/);
  });

  it('has unique ids, dated versions and non-empty Indonesian texts', () => {
    expect(new Set(CRITERIA_SETS.map((set) => set.id)).size).toBe(CRITERIA_SETS.length);
    for (const set of CRITERIA_SETS) {
      expect(set.decreeDate).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      // The old placeholder was the first of January.
      expect(set.decreeDate).not.toMatch(/-01-01$/);
      const ids = set.items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of set.items) {
        expect(item.id).toMatch(/^[a-z0-9-]+$/);
        expect(item.text.trim().length).toBeGreaterThan(10);
      }
    }
    // The newer set must be newer: the default is chosen by date in reports.
    expect(set262.decreeDate > set146.decreeDate).toBe(true);
  });

  it('words the 262/HUK/2022 items as the decree does, completely', () => {
    const text = (id: string) => set262.items.find((item) => item.id === id)?.text;
    expect(text('kepala-keluarga-tidak-bekerja')).toBe(
      'kepala keluarga atau pengurus keluarga tidak bekerja',
    );
    expect(text('tidak-punya-jamban-sendiri')).toBe(
      'tidak memiliki jamban sendiri atau menggunakan jamban bersama',
    );
    expect(text('dinding-tidak-layak')).toBe(
      'tempat tinggal sebagian besar berdinding bambu, kawat, papan kayu, terpal, kardus, tembok tanpa diplester, rumbia, atau seng',
    );
    expect(text('listrik-450va-atau-tanpa-listrik')).toBe(
      'sumber penerangan berasal dari listrik dengan daya 450 VA atau bukan listrik',
    );
    expect(text('lantai-tanah-atau-plesteran')).toMatch(/dan\/atau plesteran$/);
  });

  it('words the 146/HUK/2013 items as that decree does', () => {
    expect(set146.items[0]?.text).toBe(
      'tidak mempunyai sumber mata pencaharian dan/atau mempunyai sumber mata pencaharian tetapi tidak mempunyai kemampuan memenuhi kebutuhan dasar',
    );
    expect(set146.items.at(-1)?.text).toMatch(/^mempunyai sumber air minum berasal dari sumur/);
  });

  it("prints each decree's own date, and only the year when the day is not known", () => {
    expect(decreeDateLabel(set262)).toBe('31 Desember 2022');
    expect(decreeCitation(set262)).toBe(
      'Keputusan Menteri Sosial Nomor 262/HUK/2022 tentang Kriteria Fakir Miskin, tanggal 31 Desember 2022',
    );
    expect(decreeDateLabel(set146)).toBe('tahun 2013');
    expect(decreeCitation(set146)).not.toMatch(/tanggal/);
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
    expect(summary.label).toBe('Miskin (tidak memiliki tempat berteduh/tinggal sehari-hari)');
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
