import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ReactNode } from 'react';
import type { DuplicateCandidate } from '../../db/impor/duplicates-repository';

type Props = {
  candidates: DuplicateCandidate[];
  renderCard: (candidate: DuplicateCandidate) => ReactNode;
};

/**
 * Every open pair, however many: only the cards in view (and a few either
 * side) are in the page. Cards differ in height (a long address, a note that
 * grows), so each is measured as it is drawn.
 */
export function DuplicateList({ candidates, renderCard }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: candidates.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 470,
    getItemKey: (index) => candidates[index]?.pairKey ?? index,
    overscan: 2,
  });
  return (
    <div
      ref={scroller}
      style={{ height: 'calc(100vh - 330px)', minHeight: 320, overflowY: 'auto' }}
      data-testid="duplicate-list"
    >
      <div
        role="list"
        aria-label="Pasangan kemungkinan duplikat"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const candidate = candidates[item.index];
          if (!candidate) return null;
          return (
            <div
              role="listitem"
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                paddingBottom: 'var(--mantine-spacing-md)',
                transform: `translateY(${item.start}px)`,
              }}
            >
              {renderCard(candidate)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
