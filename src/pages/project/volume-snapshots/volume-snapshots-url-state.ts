import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/lib/marker-paging';
import { urlField, type SortState, type UrlFields } from '@/lib/use-url-state';
import { STATUS_FILTERS, type StatusFilter } from './snapshot-status';

/** Keys Cinder sorts snapshots on that are also columns. */
export const SORT_KEYS = ['name', 'size', 'status', 'created_at'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_SORT: SortState<SortKey> = { key: 'created_at', dir: 'desc' };

export interface SnapshotsUrlState {
  /** Part of the name: Cinder's `name~` where it takes it, else matched in the browser over every snapshot. */
  name: string;
  status: StatusFilter;
  /** Only the snapshots of one volume (Cinder's `volume_id` filter): where a volume's link leads. */
  volume: string;
  sort: SortState<SortKey> | null;
  limit: number;
  /** Cursors of the pages before this one (the last is this page's start). */
  markers: string[];
}

export const snapshotsUrlFields: UrlFields<SnapshotsUrlState> = {
  name: urlField.string(),
  status: urlField.oneOf(STATUS_FILTERS, ''),
  volume: urlField.string(),
  sort: urlField.sort(SORT_KEYS, DEFAULT_SORT),
  limit: urlField.integer(DEFAULT_PAGE_SIZE, PAGE_SIZES),
  markers: { ...urlField.list(), param: 'marker' },
};
