import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/lib/marker-paging';
import { urlField, type SortState, type UrlFields } from '@/lib/use-url-state';

export const TYPE_FILTERS = ['all', 'images', 'snapshots'] as const;
export type TypeFilter = (typeof TYPE_FILTERS)[number];

/** "project" = owned by the current project (any visibility); the rest are Glance visibilities. */
export const VISIBILITY_FILTERS = ['all', 'project', 'shared', 'public', 'community'] as const;
export type VisibilityFilter = (typeof VISIBILITY_FILTERS)[number];

export const STATUS_FILTERS = ['', 'active', 'queued', 'saving', 'uploading', 'importing', 'pending_delete', 'killed', 'deactivated'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** Keys Glance sorts on (its `_available_sort_keys`) that are also columns. */
export const SORT_KEYS = ['name', 'status', 'disk_format', 'size', 'created_at'] as const;
export type SortKey = (typeof SORT_KEYS)[number];


export interface ImagesUrlState {
  type: TypeFilter;
  visibility: VisibilityFilter;
  /** Substring of the name, case-insensitive. */
  name: string;
  status: StatusFilter;
  sort: SortState<SortKey> | null;
  limit: number;
  /** Cursors of the pages before this one (the last is this page's start). */
  markers: string[];
}

export const DEFAULT_SORT: SortState<SortKey> = { key: 'created_at', dir: 'desc' };

export const imagesUrlFields: UrlFields<ImagesUrlState> = {
  type: urlField.oneOf(TYPE_FILTERS, 'all'),
  visibility: urlField.oneOf(VISIBILITY_FILTERS, 'all'),
  name: urlField.string(),
  status: urlField.oneOf(STATUS_FILTERS, ''),
  sort: urlField.sort(SORT_KEYS, DEFAULT_SORT),
  limit: urlField.integer(DEFAULT_PAGE_SIZE, PAGE_SIZES),
  markers: { ...urlField.list(), param: 'marker' },
};
