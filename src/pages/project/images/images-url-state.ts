import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/lib/marker-paging';
import { urlField, type SortState, type UrlFields } from '@/lib/use-url-state';
import { imageStatuses, type ImageStatus } from '@/openstack/glance/schemas';
import { defaultImageSort, imageKindFilters, imageSortKeys, type ImageKindFilter, type ImageSortKey } from '@/openstack/glance/image-catalog';

export const TYPE_FILTERS = imageKindFilters;
export type TypeFilter = ImageKindFilter;

/**
 * "project" = owned by the current project (any visibility); "shared-with-me" = other projects'
 * shared images this project accepted; the rest are Glance visibilities.
 */
export const VISIBILITY_FILTERS = ['all', 'project', 'shared', 'shared-with-me', 'public', 'community'] as const;
export type VisibilityFilter = (typeof VISIBILITY_FILTERS)[number];

/** Any status, or one Glance's own: every status but `deleted` (Glance does not list deleted images). */
export type StatusFilter = '' | Exclude<ImageStatus, 'deleted'>;
export const STATUS_FILTERS: readonly StatusFilter[] = ['', ...imageStatuses.filter((status): status is Exclude<ImageStatus, 'deleted'> => status !== 'deleted')];

export const SORT_KEYS = imageSortKeys;
export type SortKey = ImageSortKey;

export interface ImagesUrlState {
  type: TypeFilter;
  visibility: VisibilityFilter;
  /** Substring of the name, case-insensitive. */
  name: string;
  status: StatusFilter;
  /** Only the snapshots this snapshot policy made (its `dashboard_policy_id` property); '' for any. */
  policy: string;
  sort: SortState<SortKey> | null;
  limit: number;
  /** Cursors of the pages before this one (the last is this page's start). */
  markers: string[];
}

export const DEFAULT_SORT: SortState<SortKey> = defaultImageSort;

/** The list's filters: the URL state without the paging. */
export type ImagesListFilters = Omit<ImagesUrlState, 'markers'>;

export const imagesUrlFields: UrlFields<ImagesUrlState> = {
  type: urlField.oneOf(TYPE_FILTERS, 'all'),
  visibility: urlField.oneOf(VISIBILITY_FILTERS, 'all'),
  name: urlField.string(),
  status: urlField.oneOf(STATUS_FILTERS, ''),
  policy: urlField.string(),
  sort: urlField.sort(SORT_KEYS, DEFAULT_SORT),
  limit: urlField.integer(DEFAULT_PAGE_SIZE, PAGE_SIZES),
  markers: { ...urlField.list(), param: 'marker' },
};
