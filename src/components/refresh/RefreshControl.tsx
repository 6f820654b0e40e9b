import { UpdatedAgo } from './UpdatedAgo';
import { useI18n } from '@/i18n';
import './RefreshControl.css';

/** What a refreshable query offers; a TanStack Query result fits as it is. */
export interface RefreshableQuery {
  /** When the shown data arrived (ms since the epoch), 0 before it has. */
  dataUpdatedAt: number;
  isFetching: boolean;
  refetch(): Promise<unknown>;
}

interface RefreshControlProps {
  query: RefreshableQuery;
  /** The button's name, starting with its visible word: "Refresh Instances". */
  label: string;
  /** Other lookups the view shows beside its main query; refreshed with it. */
  also?: readonly RefreshableQuery[];
}

/**
 * "Refresh" and "Updated 12 seconds ago" over a list or a section. The age ticks inside this
 * control alone, so the table beside it does not render again every second.
 */
export function RefreshControl({ query, label, also = [] }: RefreshControlProps) {
  const { t } = useI18n();
  const refreshing = query.isFetching || also.some((other) => other.isFetching);
  return (
    <div className="refresh-control">
      <button
        type="button"
        className="button button--small"
        aria-label={label}
        aria-busy={refreshing || undefined}
        onClick={() => {
          if (refreshing) return;
          void Promise.allSettled([query.refetch(), ...also.map((other) => other.refetch())]);
        }}
      >
        {t('table.refresh.button')}
      </button>
      {query.dataUpdatedAt > 0 && <UpdatedAgo at={query.dataUpdatedAt} />}
    </div>
  );
}
