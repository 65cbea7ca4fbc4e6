import { useVirtualizer } from '@tanstack/react-virtual';
import type { VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
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
};

/**
 * A list that renders only the rows in view, so tens of thousands of families
 * scroll as smoothly as ten. Rows are links, reachable with Tab and opened
 * with Enter.
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
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
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
  });
  const items: VirtualItem[] = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => onRangeChange?.(first, last), [first, last, onRangeChange]);
  useEffect(() => {
    if (keepInView !== undefined && keepInView >= 0 && keepInView < count)
      virtualizer.scrollToIndex(keepInView, { align: 'auto' });
  }, [keepInView, count, virtualizer]);
  return (
    <div ref={scroller} className={classes.scroller} style={{ height }} data-testid="virtual-list">
      <div style={{ position: 'sticky', top: 0, zIndex: 1 }}>{header}</div>
      <div
        role="list"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => (
          <div
            role="listitem"
            key={item.key}
            // Only the rows in view exist: a screen reader learns the list's size from these.
            aria-setsize={count}
            aria-posinset={item.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              height: item.size,
              transform: `translateY(${item.start}px)`,
            }}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
