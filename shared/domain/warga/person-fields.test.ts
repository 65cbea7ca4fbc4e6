import { describe, expect, it } from 'vitest';
import {
  fieldList,
  letterBlocker,
  missingFields,
  remainingToComplete,
  suggestedMarital,
} from './person-fields';

describe('missingFields', () => {
  it('lists what the import flagged and any confirmable field without a value', () => {
    expect(missingFields({ pekerjaan: '', fieldsToComplete: ['agama'] })).toEqual([
      'statusKawin',
      'agama',
      'pendidikan',
      'pekerjaan',
    ]);
    expect(
      missingFields({
        statusKawin: 'kawin',
        agama: 'Hindu',
        pendidikan: 'S2',
        pekerjaan: 'Guru',
      }),
    ).toEqual([]);
  });
});

describe('remainingToComplete', () => {
  it('drops exactly the flagged fields that now have a value', () => {
    expect(
      remainingToComplete(['statusKawin', 'agama', 'pekerjaan'], {
        statusKawin: 'kawin',
        pekerjaan: '  ',
      }),
    ).toEqual(['agama', 'pekerjaan']);
    expect(remainingToComplete(undefined, { agama: 'Islam' })).toEqual([]);
  });
});

describe('letterBlocker', () => {
  it('names the unconfirmed fields a letter prints, and only those', () => {
    const blocked = letterBlocker({
      nama: 'Siti',
      statusKawin: 'kawin',
      pekerjaan: '',
      fieldsToComplete: ['agama', 'pendidikan', 'pekerjaan'],
    });
    expect(blocked?.fields).toEqual(['agama', 'pekerjaan']);
    expect(blocked?.message).toContain('agama dan pekerjaan Siti belum diisi');
    // Education is not printed on an SKTM: unknown education does not block it.
    expect(
      letterBlocker({
        nama: 'Siti',
        statusKawin: 'kawin',
        agama: 'Islam',
        pekerjaan: 'Pedagang',
        fieldsToComplete: ['pendidikan'],
      }),
    ).toBeNull();
  });

  it('lists three fields the way a clerk would', () => {
    expect(fieldList(['statusKawin', 'agama', 'pekerjaan'])).toBe(
      'Status perkawinan, agama dan pekerjaan',
    );
  });
});

describe('suggestedMarital', () => {
  const TODAY = '2026-11-20';
  it('suggests married for a spouse or a head with a spouse, single for a child', () => {
    const wife = { shdk: 3 as const, tanggalLahir: '1990-01-01' };
    const head = { shdk: 1 as const, tanggalLahir: '1985-01-01' };
    expect(suggestedMarital(wife, [head, wife], TODAY)).toBe('kawin');
    expect(suggestedMarital(head, [head, wife], TODAY)).toBe('kawin');
    expect(suggestedMarital(head, [head], TODAY)).toBeUndefined();
    expect(suggestedMarital({ shdk: 4, tanggalLahir: '2012-11-21' }, [], TODAY)).toBe(
      'belum_kawin',
    );
    // An adult child may be married or not: no suggestion.
    expect(suggestedMarital({ shdk: 4, tanggalLahir: '2000-01-01' }, [], TODAY)).toBeUndefined();
  });
});
