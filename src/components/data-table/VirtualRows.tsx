import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

/** Row height before measuring (px); rows are measured once rendered. */
const estimatedRowHeight = 45;

interface VirtualRowsProps {
  count: number;
  columnCount: number;
  /** State, not a ref: the scroll element attaches after this child's first layout effect. */
  scrollElement: HTMLDivElement | null;
  renderRow(index: number, measure: (element: HTMLTableRowElement | null) => void): ReactNode;
}

/**
 * Viewport height used while the scroll area measures 0 (not laid out yet, a hidden tab, jsdom):
 * the first rows still render instead of none.
 */
const fallbackViewportHeight = 600;

/** A row and the details row under it count as one item. */
function measureRow(element: Element): number {
  const own = element.getBoundingClientRect().height;
  const next = element.nextElementSibling;
  const details = next?.classList.contains('data-table__expansion') ? next.getBoundingClientRect().height : 0;
  const total = Math.round(own + details);
  // 0 means "not laid out" (a hidden tab, jsdom): keep the estimate rather than collapse the list.
  return total > 0 ? total : estimatedRowHeight;
}

/** Stands in for the rows above or below the window, keeping the scroll height right. */
function SpacerRow({ columnCount, height }: { columnCount: number; height: number }) {
  return (
    <tr className="data-table__spacer" aria-hidden="true">
      <td colSpan={columnCount} style={{ height }} aria-hidden="true" />
    </tr>
  );
}

/**
 * Only the visible rows (plus overscan), between two spacer rows, so the markup
 * stays a real table while a 1,000-row page scrolls smoothly.
 */
export function VirtualRows({ count, columnCount, scrollElement, renderRow }: VirtualRowsProps) {
  // The React Compiler is not in use here; useVirtualizer's mutable instance is fine with plain React.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollElement,
    estimateSize: () => estimatedRowHeight,
    overscan: 8,
    measureElement: measureRow,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: fallbackViewportHeight })),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const top = first ? first.start : 0;
  const bottom = last ? virtualizer.getTotalSize() - last.end : 0;

  return (
    <>
      {top > 0 && <SpacerRow columnCount={columnCount} height={top} />}
      {items.map((item) => renderRow(item.index, (element) => virtualizer.measureElement(element)))}
      {bottom > 0 && <SpacerRow columnCount={columnCount} height={bottom} />}
    </>
  );
}
