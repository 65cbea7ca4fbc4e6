import { describe, expect, it } from 'vitest';
import { decisionOutcome } from './decision-outcome';
import type { OutcomeInput } from './decision-outcome';

const base: OutcomeInput = { kind: 'baru', source: 'rt_rw', decision: 'layak', reason: '' };
const words = (input: Partial<OutcomeInput>) => {
  const outcome = decisionOutcome({ ...base, ...input });
  return [outcome.kindWords, outcome.outcomeWords, outcome.send];
};

describe('decisionOutcome', () => {
  it('words each kind of proposal in its own vocabulary (domain.md §1 step 3)', () => {
    expect(words({})).toEqual(['Usulan baru', 'Layak', { kind: 'baru', nonaktifReason: '' }]);
    expect(words({ kind: 'perbaikan', decision: 'tidak_layak', reason: 'Sudah mampu' })).toEqual([
      'Perbaikan data',
      'Tidak layak',
      null,
    ]);
    expect(words({ kind: 'nonaktif', nonaktifReason: 'pindah' })).toEqual([
      'Nonaktif: pindah',
      'Disetujui dinonaktifkan',
      { kind: 'nonaktif', nonaktifReason: 'pindah' },
    ]);
    expect(words({ kind: 'nonaktif', nonaktifReason: 'pindah', decision: 'tidak_layak' })).toEqual([
      'Nonaktif: pindah',
      'Ditolak',
      null,
    ]);
    expect(words({ kind: 'sanggah', decision: 'tidak_layak' })).toEqual([
      'Sanggahan',
      'Sanggahan ditolak',
      null,
    ]);
  });

  it("keeps a prelist family (tetap) or removes it as nonaktif with the room's reason", () => {
    const prelist = { kind: 'perbaikan' as const, source: 'prelist' as const };
    // Kept and unchanged: nothing goes to the national system (issue 14.3).
    expect(words({ ...prelist, prelistChanged: false })).toEqual(['Prelist DTKS', 'Tetap', null]);
    // A paper that cannot tell whether it changed sends nothing either.
    expect(words(prelist)).toEqual(['Prelist DTKS', 'Tetap', null]);
    // Kept, but the office now knows its data differently: a perbaikan.
    expect(words({ ...prelist, prelistChanged: true })).toEqual([
      'Prelist DTKS – Perbaikan data',
      'Tetap',
      { kind: 'perbaikan', nonaktifReason: '' },
    ]);
    expect(words({ ...prelist, decision: 'tidak_layak', reason: 'Meninggal dunia' })).toEqual([
      'Prelist DTKS – Nonaktif: meninggal',
      'Dikeluarkan',
      { kind: 'nonaktif', nonaktifReason: 'meninggal' },
    ]);
    expect(words({ ...prelist, decision: 'ditunda', reason: 'Perlu verifikasi' })).toEqual([
      'Prelist DTKS (periksa ulang)',
      'Ditunda',
      null,
    ]);
  });

  it("names the prelist after the period's data: DTSEN from 2025, DTKS before", () => {
    const prelist = { kind: 'perbaikan' as const, source: 'prelist' as const };
    const removed = { ...prelist, decision: 'tidak_layak' as const, reason: 'Meninggal dunia' };
    expect(words({ ...prelist, dataName: 'DTSEN' })[0]).toBe('Prelist DTSEN');
    expect(words({ ...removed, dataName: 'DTSEN' })[0]).toBe('Prelist DTSEN – Nonaktif: meninggal');
    expect(words({ ...removed, dataName: 'DTKS' })[0]).toBe('Prelist DTKS – Nonaktif: meninggal');
  });

  it('sends regional aid to the city list, never to the national package (issue 14.4)', () => {
    const regional = decisionOutcome({ ...base, programme: 'Bansos Daerah' });
    expect(regional.send).toBeNull();
    expect(regional.regional).toEqual({ kind: 'baru', nonaktifReason: '' });
    expect(regional.why).toMatch(/daftar usulan bansos daerah/);
    expect([regional.kindWords, regional.outcomeWords]).toEqual([
      'Usulan baru – bansos daerah',
      'Layak',
    ]);
    const refused = decisionOutcome({
      ...base,
      programme: 'Bansos Daerah',
      decision: 'tidak_layak',
      reason: 'Sudah mampu',
    });
    expect([refused.send, refused.regional]).toEqual([null, null]);
    expect(decisionOutcome({ ...base, programme: 'PKH' }).regional).toBeNull();
  });
});
