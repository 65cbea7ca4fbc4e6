import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSlots } from './VirtualRows';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, offset) => from + offset);

/** Draws the windows one after another, as a scroll does; the slots of each. */
function scroll(windows: number[][]): Map<number, number>[] {
  const drawn: Map<number, number>[] = [];
  let previous = new Map<number, number>();
  for (const indexes of windows) {
    previous = assignSlots(indexes, previous);
    drawn.push(previous);
  }
  return drawn;
}

describe('assignSlots', () => {
  it('gives every drawn row its own slot', () => {
    const windows = [range(0, 21), range(3, 25), range(850, 871), [5, ...range(900, 922)]];
    for (const slots of scroll(windows)) {
      expect(new Set(slots.values()).size).toBe(slots.size);
    }
  });

  it('keeps the slot of the rows still in view after a small scroll', () => {
    const [before, after] = scroll([range(100, 121), range(103, 124)]);
    for (const index of range(103, 121)) expect(after!.get(index)).toBe(before!.get(index));
  });

  it('reuses the same slots after a jump: a jump changes text, not elements', () => {
    const [top, far] = scroll([range(0, 21), range(25_000, 25_021)]);
    expect(new Set(far!.values())).toEqual(new Set(top!.values()));
  });

  it('draws windows of 22 or 23 rows with 23 slots in all', () => {
    const drawn = scroll([range(0, 21), range(500, 522), range(1000, 1021), range(2000, 2022)]);
    const used = new Set(drawn.flatMap((slots) => [...slots.values()]));
    expect(used).toEqual(new Set(range(0, 22)));
  });

  it('lets the focused row drawn outside the window keep its slot', () => {
    // Row 5 has the focus; the list scrolls from 0..21 to 32..53 and keeps row 5 drawn.
    const [before, after] = scroll([range(0, 21), [5, ...range(32, 53)]]);
    expect(after!.get(5)).toBe(before!.get(5));
    expect(new Set(after!.values()).size).toBe(23);
  });

  it('never gives one slot to two rows when the window shrinks at the end and grows again', () => {
    // The list's end: fewer rows in view, with slots 5, 6 and 9 kept; then a longer window.
    const drawn = scroll([range(0, 9), [5, 6, 9], [5, 6, 9, 10, 11, 12, 13]]);
    const last = drawn.at(-1)!;
    expect(new Set(last.values()).size).toBe(last.size);
  });

  it('gives every drawn row its own slot, whatever windows follow one another', () => {
    const window = fc
      .tuple(fc.nat({ max: 60 }), fc.nat({ max: 25 }))
      .map(([from, length]) => range(from, from + length));
    fc.assert(
      fc.property(fc.array(window, { minLength: 1, maxLength: 12 }), (windows) => {
        for (const slots of scroll(windows)) expect(new Set(slots.values()).size).toBe(slots.size);
      }),
    );
  });
});
