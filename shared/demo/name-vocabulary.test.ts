import { describe, expect, it } from 'vitest';
import { NAME_GROUPS } from './demo-names';
import { composeNames, oldSpelling, VOCABULARY, vocabularySize } from './name-vocabulary';

describe('the demo name vocabulary', () => {
  it('holds at least 5,000 distinct name words across the groups', () => {
    expect(vocabularySize()).toBeGreaterThanOrEqual(5_000);
    const inGroups = new Set(
      NAME_GROUPS.flatMap((group) => [
        ...group.male,
        ...group.female,
        ...group.maleSecond,
        ...group.femaleSecond,
        ...(group.surnames ?? []),
      ]).flatMap((name) => name.split(' ')),
    );
    expect(inGroups.size).toBeGreaterThanOrEqual(5_000);
  });

  it('draws the same words on every run (seeded)', () => {
    const recipes = [{ heads: ['su', 'har', 'pur'], tails: ['yanto', 'wati', 'jono'] }];
    expect(composeNames('x', recipes, 5)).toEqual(composeNames('x', recipes, 5));
    expect(composeNames('x', recipes, 5)).not.toEqual(composeNames('y', recipes, 5));
  });

  it('writes old spellings beside the new ones', () => {
    expect(oldSpelling('Suharjo')).toBe('Soehardjo');
    expect(oldSpelling('Cahyo')).toBe('Tjahjo');
    expect(oldSpelling('Khairul')).toBe('Chairoel');
    expect(oldSpelling('Syamsudin')).toBe('Sjamsoedin');
    const jawa = new Set(VOCABULARY.jawaMale);
    const pairs = VOCABULARY.jawaMale.filter((word) => {
      const old = oldSpelling(word);
      return old !== word && jawa.has(old);
    });
    expect(pairs.length).toBeGreaterThan(50);
  });

  it('gives only capitalised words of letters, at most 16 long (old spellings are longer)', () => {
    const odd = Object.values(VOCABULARY)
      .flat()
      .filter((word) => !/^[A-Z][a-z]{2,15}$/.test(word));
    expect(odd).toEqual([]);
  });
});
