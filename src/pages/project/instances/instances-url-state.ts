import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/lib/marker-paging';
import { urlField, type SortState, type UrlFields } from '@/lib/use-url-state';
import { filterableStatuses, type FilterableStatus } from './instance-state';

/** Nova's `sort_key` values for the sortable columns. */
export const instanceSortKeys = [
  'display_name',
  'vm_state',
  'task_state',
  'power_state',
  'availability_zone',
  'key_name',
  'created_at',
] as const;
export type InstanceSortKey = (typeof instanceSortKeys)[number];

export interface InstancesUrlState {
  name: string;
  status: FilterableStatus | '';
  sort: SortState<InstanceSortKey> | null;
  limit: number;
  /** Markers of the pages before this one (the last is this page's start). */
  markers: string[];
}

/** Nova lists newest first by default; the URL leaves that out. */
export const defaultSort: SortState<InstanceSortKey> = { key: 'created_at', dir: 'desc' };

export const instancesUrlFields: UrlFields<InstancesUrlState> = {
  name: urlField.string(),
  status: urlField.oneOf<FilterableStatus | ''>(['', ...filterableStatuses], ''),
  sort: urlField.sort(instanceSortKeys, defaultSort),
  limit: urlField.integer(DEFAULT_PAGE_SIZE, PAGE_SIZES),
  markers: { ...urlField.list(), param: 'marker' },
};
