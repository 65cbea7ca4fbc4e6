import { describe, expect, it } from 'vitest';
import { perRtRw, proposalCounts, undecidedDuplicatePairs } from './recap';

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

describe('decisions on the Beranda, in the words of their kind (issue 14.2)', () => {
  const facts = [
    { familyId: 'a', status: 'diputuskan', kind: 'baru', source: 'mandiri', decision: 'layak' },
    { familyId: 'a', status: 'diputuskan', kind: 'nonaktif', source: 'rt_rw', decision: 'layak' },
    {
      familyId: 'b',
      status: 'diputuskan',
      kind: 'perbaikan',
      source: 'prelist',
      decision: 'layak',
    },
    {
      familyId: 'b',
      status: 'diputuskan',
      kind: 'perbaikan',
      source: 'prelist',
      decision: 'tidak_layak',
    },
    { familyId: 'b', status: 'siap_musyawarah', kind: 'baru', source: 'mandiri' },
  ] as const;

  it('counts a removal approved and a prelist family kept in their own words, never as layak', () => {
    const { inWords } = proposalCounts(facts);
    expect(inWords.map((entry) => `${entry.label} ${entry.count}`)).toEqual([
      'Layak 1',
      'Tidak layak 0',
      'Tetap 1',
      'Dikeluarkan 1',
      'Disetujui dinonaktifkan 1',
      'Ditolak 0',
      'Ditunda 0',
    ]);
    const rows = perRtRw(
      [
        { id: 'a', rw: '001', rt: '001' },
        { id: 'b', rw: '001', rt: '002' },
      ],
      [],
      facts,
    );
    expect(rows.map((row) => row.layak)).toEqual([1, 0]);
  });
});
