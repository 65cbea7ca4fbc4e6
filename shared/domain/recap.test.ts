import { describe, expect, it } from 'vitest';
import { undecidedDuplicatePairs } from './recap';

describe('undecidedDuplicatePairs', () => {
  const byName = {
    keys: ['a|1', 'a|1', 'a|1', 'b|2', '', ''],
    primaryKeys: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
  };
  const byMother = { keys: ['m|1', 'm|1'], primaryKeys: ['p2', 'p1'] };

  it('counts each pair once across both indexes, ignoring empty keys', () => {
    expect(undecidedDuplicatePairs([byName, byMother], new Set(), 30)).toBe(3);
  });

  it('leaves out decided pairs and oversized placeholder groups', () => {
    expect(undecidedDuplicatePairs([byName], new Set(['p1|p2']), 30)).toBe(2);
    expect(undecidedDuplicatePairs([byName], new Set(), 2)).toBe(0);
  });
});
