import { urlField, type UrlFields } from '@/lib/use-url-state';
import type { SortState } from '@/lib/use-url-state';
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

export const pageSizes = [20, 50, 100, 200, 1000] as const;

export interface InstancesUrlState {
  name: string;
  status: FilterableStatus | '';
  sort: SortState<InstanceSortKey> | null;
  /** The marker stack: the last one is the current page's marker. */
  marker: string[];
  limit: number;
}

/** Nova lists newest first by default; the URL leaves that out. */
export const defaultSort: SortState<InstanceSortKey> = { key: 'created_at', dir: 'desc' };

export const instancesUrlFields: UrlFields<InstancesUrlState> = {
  name: urlField.string(),
  status: urlField.oneOf<FilterableStatus | ''>(['', ...filterableStatuses], ''),
  sort: urlField.sort(instanceSortKeys, defaultSort),
  marker: urlField.list(),
  limit: urlField.integer(pageSizes[0], pageSizes),
};
