import { useI18n } from '@/i18n';
import { PAGE_SIZES } from '@/lib/marker-paging';
import { Pager } from './Pager';

interface ListPagerProps {
  paging: { hasPrevious: boolean; hasNext: boolean; goPrevious(): void; goNext(): void };
  pageSize: number;
  /** Default: the house sizes, `PAGE_SIZES`. */
  pageSizes?: readonly number[];
  onPageSizeChange(size: number): void;
  /** How many rows this page shows. */
  count: number;
}

/** The pager under a list: previous / next, the page size, and "Displaying N items". */
export function ListPager({ paging, pageSize, pageSizes = PAGE_SIZES, onPageSizeChange, count }: ListPagerProps) {
  const { t } = useI18n();
  return (
    <Pager
      hasPrevious={paging.hasPrevious}
      hasNext={paging.hasNext}
      onPrevious={paging.goPrevious}
      onNext={paging.goNext}
      pageSize={pageSize}
      pageSizes={pageSizes}
      onPageSizeChange={onPageSizeChange}
      summary={t('table.pager.displaying', { count })}
    />
  );
}
