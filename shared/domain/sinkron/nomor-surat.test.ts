import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newId } from '../core/ids';
import { changeCounter, emptyCounter, mergeClaim, officeRegister } from './nomor-surat';
import type { ClaimDoc, CounterDoc } from './nomor-surat';

const DEVICES = [newId(), newId(), newId()];

function claim(seq: number, deviceId: string, over: Partial<ClaimDoc> = {}): ClaimDoc {
  return {
    _id: `k${seq}`,
    kind: 'nomor-surat-klaim',
    letterType: 'sktm',
    year: 2026,
    seq,
    number: `${seq}/2026`,
    letterId: `surat-${seq}`,
    deviceId,
    status: 'terbit',
    issuedAt: '2026-11-27T03:00:00.000Z',
    ...over,
  };
}

describe('the office counter', () => {
  it('takes given-back numbers first, then new ones', () => {
    const counter: CounterDoc = { ...emptyCounter('sktm', 2026), next: 10, returned: [7, 4] };
    const { counter: after, change } = changeCounter(counter, DEVICES[0]!, {
      take: 3,
      reported: [],
      giveBack: [],
      known: [],
    });
    expect(change.taken).toEqual([4, 7, 10]);
    expect(after).toMatchObject({ next: 11, returned: [], held: { [DEVICES[0]!]: [4, 7, 10] } });
  });

  it('gives back only what the PC still holds, and adopts what it forgot', () => {
    const counter: CounterDoc = {
      ...emptyCounter('sktm', 2026),
      next: 9,
      held: { [DEVICES[0]!]: [5, 6, 7, 8] },
    };
    const { counter: after, change } = changeCounter(counter, DEVICES[0]!, {
      take: 0,
      reported: [5],
      giveBack: [6, 3],
      known: [7],
    });
    expect(change).toEqual({ taken: [], adopted: [8], given: [6] });
    expect(after.returned).toEqual([6]);
    expect(after.held[DEVICES[0]!]).toEqual([7, 8]);
  });

  it('a PC joining with its own letters lifts next past them and takes them from other holdings', () => {
    const counter: CounterDoc = {
      ...emptyCounter('sktm', 2026),
      next: 4,
      returned: [3],
      held: { [DEVICES[1]!]: [1, 2] },
    };
    // DEVICES[0] numbered 1–5 itself before joining: it reports them, its local counter is 6.
    const { counter: after, change } = changeCounter(counter, DEVICES[0]!, {
      take: 2,
      reported: [1, 2, 3, 4, 5],
      giveBack: [],
      known: [],
      floor: 6,
    });
    expect(change.taken).toEqual([6, 7]);
    expect(after).toMatchObject({ next: 8, returned: [], held: { [DEVICES[0]!]: [6, 7] } });
    expect(after.held[DEVICES[1]!]).toBeUndefined();
    // A floor below next changes nothing.
    expect(
      changeCounter(after, DEVICES[1]!, {
        take: 1,
        reported: [],
        giveBack: [],
        known: [],
        floor: 2,
      }).change.taken,
    ).toEqual([8]);
  });

  it('property: every number below next is exactly one of used, held or given back', () => {
    const op = fc.record({
      device: fc.integer({ min: 0, max: 2 }),
      take: fc.integer({ min: 0, max: 4 }),
      use: fc.integer({ min: 0, max: 3 }),
      giveBack: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let counter = emptyCounter('sktm', 2026);
        const free: number[][] = [[], [], []];
        const claims: ClaimDoc[] = [];
        for (const step of ops) {
          const device = DEVICES[step.device]!;
          const mine = free[step.device]!;
          const used = mine.splice(0, step.use);
          used.forEach((seq) => claims.push(claim(seq, device)));
          const giveBack = step.giveBack ? mine.splice(0) : [];
          const result = changeCounter(counter, device, {
            take: step.take,
            reported: used,
            giveBack,
            known: mine,
          });
          counter = result.counter;
          mine.push(...result.change.taken, ...result.change.adopted);
        }
        const lines = officeRegister(counter, claims, false);
        expect(lines.map((line) => line.seq)).toEqual(lines.map((_, index) => index + 1));
        expect(lines.some((line) => line.status === 'tidak-terpakai')).toBe(false);
        const seqs = claims.map((c) => c.seq);
        expect(new Set(seqs).size).toBe(seqs.length);
        const held = lines.filter((line) => line.status === 'cadangan').map((line) => line.seq);
        expect(held.sort((a, b) => a - b)).toEqual(free.flat().sort((a, b) => a - b));
      }),
    );
  });

  it('after the year, held and given-back numbers show as not used, with the PC', () => {
    const counter: CounterDoc = {
      ...emptyCounter('sktm', 2026),
      next: 5,
      returned: [2],
      held: { [DEVICES[1]!]: [4] },
    };
    const lines = officeRegister(
      counter,
      [claim(1, DEVICES[0]!), claim(3, DEVICES[0]!, { status: 'batal' })],
      true,
    );
    expect(lines.map((line) => [line.seq, line.status, line.deviceId])).toEqual([
      [1, 'terbit', DEVICES[0]],
      [2, 'tidak-terpakai', undefined],
      [3, 'batal', DEVICES[0]],
      [4, 'tidak-terpakai', DEVICES[1]],
    ]);
  });

  it('a cancellation is final; another letter on the same number is a clash', () => {
    const issued = claim(3, DEVICES[0]!);
    const cancelled = claim(3, DEVICES[1]!, { status: 'batal', cancelReason: 'salah' });
    expect(mergeClaim(issued, cancelled)).toMatchObject({ status: 'batal', deviceId: DEVICES[0] });
    expect(mergeClaim(cancelled, issued)).toBe(cancelled);
    expect(mergeClaim(issued, claim(3, DEVICES[1]!, { letterId: 'lain' }))).toBeNull();
  });
});
