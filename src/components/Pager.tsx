import { useId } from 'react';
import { useI18n } from '@/i18n';
import { PAGE_SIZES, type MarkerPaging } from '@/lib/marker-paging';
import './Pager.css';

interface PagerProps {
  /** From `useMarkerPaging`. */
  paging: MarkerPaging;
  pageSize: number;
  /** Default: the house sizes, `PAGE_SIZES`. */
  pageSizes?: readonly number[];
  onPageSizeChange(size: number): void;
  /** How many rows this page shows ("Displaying 20 items"). */
  count: number;
}

/** The pager under every list: marker paging as the clouds do it (previous / next, no page numbers), the page size, the count. */
export function Pager({ paging, pageSize, pageSizes = PAGE_SIZES, onPageSizeChange, count }: PagerProps) {
  const { t, format } = useI18n();
  const { hasPrevious, hasNext, goPrevious: onPrevious, goNext: onNext } = paging;
  const summary = t('table.pager.displaying', { count });
  const sizeId = useId();
  const sizes = pageSizes.includes(pageSize) ? pageSizes : [...pageSizes, pageSize].sort((a, b) => a - b);
  return (
    <nav className="pager" aria-label={t('table.pager.label')}>
      <p className="pager__summary" aria-live="polite">
        {summary}
      </p>
      <div className="pager__size">
        <label htmlFor={sizeId}>{t('table.pager.pageSize')}</label>
        <select id={sizeId} value={pageSize} onChange={(event) => onPageSizeChange(Number(event.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {format.number(size)}
            </option>
          ))}
        </select>
      </div>
      <div className="pager__buttons">
        <button
          type="button"
          className="button button--small"
          disabled={!hasPrevious}
          onClick={onPrevious}
        >
          <span aria-hidden="true">«</span> {t('table.pager.previous')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!hasNext}
          onClick={onNext}
        >
          {t('table.pager.next')} <span aria-hidden="true">»</span>
        </button>
      </div>
    </nav>
  );
}
