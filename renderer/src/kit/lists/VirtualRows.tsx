import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range, VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, ReactNode } from 'react';
import classes from './list.module.css';

type Props = {
  count: number;
  rowHeight: number;
  /** CSS height of the scrolling area. */
  height: string;
  label: string;
  header: ReactNode;
  renderRow: (index: number) => ReactNode;
  onRangeChange?: (first: number, last: number) => void;
  /**
   * A row to keep in view: scrolled to (as little as needed) whenever it changes, e.g.
   * the meeting console's current candidate.
   */
  keepInView?: number;
  /**
   * Reuse the row elements while the list scrolls: rows are keyed by the element (slot)
   * that draws them, not by their index, so a scroll that brings new rows changes their
   * text instead of removing and creating elements (issue 17, warga_scroll_200k). The
   * focused row stays drawn (and keeps its element) while the list scrolls away from it,
   * so what it shows must not depend on the rows read for the window in view (FamilyList
   * keeps what a line showed). Only for rows whose content is the same component for
   * every index and keeps no state of its own (a memoised line of text and a link).
   */
  reuseRows?: boolean;
  /**
   * CSS width below which the header and rows do not shrink: a narrower window scrolls the
   * list sideways instead of cutting off its last columns (each row clips what overflows it).
   */
  minWidth?: string;
};

/**
 * Which element (slot) draws each row when rows are reused: a row already drawn keeps
 * its slot, a row coming into view takes a slot a row leaving the view gave up, and only
 * a window larger than any before adds slots. So a scroll that brings new rows changes
 * the text of the same elements instead of removing and creating them.
 */
export function assignSlots(
  indexes: readonly number[],
  previous: ReadonlyMap<number, number>,
): Map<number, number> {
  const next = new Map<number, number>();
  const used = new Set<number>();
  for (const index of indexes) {
    const slot = previous.get(index);
    if (slot !== undefined) {
      next.set(index, slot);
      used.add(slot);
    }
  }
  const free = [...previous.values()].filter((slot) => !used.has(slot)).sort((a, b) => a - b);
  // A new slot takes the lowest number no row holds. Not `previous.size`: after the window
  // shrank (the list's end), the rows kept may hold numbers above it, and a slot given
  // twice is a React key given twice, which left stale rows on screen.
  let candidate = 0;
  for (const index of indexes) {
    if (next.has(index)) continue;
    let slot = free.shift();
    if (slot === undefined) {
      while (used.has(candidate)) candidate += 1;
      slot = candidate;
    }
    used.add(slot);
    next.set(index, slot);
  }
  return next;
}

/**
 * A list that renders only the rows in view, so tens of thousands of families
 * scroll as smoothly as ten. Rows are links, reachable with Tab and opened
 * with Enter. With reused rows, the row holding the focus stays drawn while the list
 * scrolls away from it: its element is not handed to another row under the focus.
 */
export function VirtualRows({
  count,
  rowHeight,
  height,
  label,
  header,
  renderRow,
  onRangeChange,
  keepInView,
  reuseRows = false,
  minWidth,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (!reuseRows || focused === null || focused >= range.count || indexes.includes(focused))
        return indexes;
      return [...indexes, focused].sort((a, b) => a - b);
    },
    [focused, reuseRows],
  );
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // Rows beyond the view on each side. 12 made a dragged scrollbar render ~35 new
    // rows per frame on 50,000 families; 6 still covers a wheel step (issue 17).
    overscan: 6,
    // Draw the new rows in React's next task, not inside the scroll event: a dragged
    // scrollbar fires several scroll events per frame, each a synchronous render of
    // every row in view (issue 17, long-animation-frame attribution: DIV.onscroll).
    useFlushSync: false,
    rangeExtractor,
  });
  const items: VirtualItem[] = virtualizer.getVirtualItems();
  // The focused row when it is drawn outside the window in view: not part of the range.
  const inRange = items.filter(
    (item, position) =>
      item.index !== focused ||
      items[position - 1]?.index === item.index - 1 ||
      items[position + 1]?.index === item.index + 1,
  );
  const first = inRange[0]?.index ?? 0;
  const last = inRange[inRange.length - 1]?.index ?? 0;
  // The slots of the rows last drawn (reuseRows): read here, kept once the rows are drawn.
  const drawn = useRef<ReadonlyMap<number, number>>(new Map());
  const slots = reuseRows
    ? assignSlots(
        items.map((item) => item.index),
        drawn.current,
      )
    : null;
  useLayoutEffect(() => {
    if (slots) drawn.current = slots;
  });
  useEffect(() => onRangeChange?.(first, last), [first, last, onRangeChange]);
  useEffect(() => {
    if (keepInView !== undefined && keepInView >= 0 && keepInView < count)
      virtualizer.scrollToIndex(keepInView, { align: 'auto' });
  }, [keepInView, count, virtualizer]);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) setFocused(Number(row.dataset.index));
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
  };
  return (
    <div ref={scroller} className={classes.scroller} style={{ height }} data-testid="virtual-list">
      <div style={{ position: 'sticky', top: 0, zIndex: 1, minWidth }}>{header}</div>
      <div
        role="list"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {items.map((item) => (
          <div
            role="listitem"
            key={slots ? `s${slots.get(item.index) ?? ''}` : item.index}
            data-index={item.index}
            // Only the rows in view exist: a screen reader learns the list's size from these.
            aria-setsize={count}
            aria-posinset={item.index + 1}
            className={classes.slot}
            style={{ height: item.size, transform: `translateY(${item.start}px)` }}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
