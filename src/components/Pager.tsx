import { useId } from 'react';
import { useI18n } from '@/i18n';
import './Pager.css';

interface PagerProps {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  pageSize: number;
  /** E.g. [20, 50, 100, 1000]. */
  pageSizes: readonly number[];
  onPageSizeChange(size: number): void;
  /** "Displaying 20 items" (see `table.pager.displaying`). */
  summary: string;
}

/** Marker paging as Glance and Cinder do it: previous / next, no page numbers. */
export function Pager({ hasPrevious, hasNext, onPrevious, onNext, pageSize, pageSizes, onPageSizeChange, summary }: PagerProps) {
  const { t, format } = useI18n();
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
