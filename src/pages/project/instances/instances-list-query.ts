import type { QueryClient } from '@tanstack/react-query';
import { readUrlState } from '@/lib/use-url-state';
import type { CloudApi } from '@/openstack/http';
import { serverQueries } from '@/openstack/nova/queries';
import type { ServerListFilters } from '@/openstack/nova/servers';
import { nameFilterPattern } from './instance-rows';
import { defaultSort, instancesUrlFields, type InstancesUrlState } from './instances-url-state';

/** The URL state as Nova's list filters: the name is Nova's regex, matched as a plain substring. */
function toNovaFilters(state: InstancesUrlState): ServerListFilters {
  const sort = state.sort ?? defaultSort;
  return {
    name: nameFilterPattern(state.name),
    status: state.status || undefined,
    limit: state.limit,
    marker: state.markers.at(-1),
    sortKey: sort.key,
    sortDir: sort.dir,
  };
}

/** The page of servers that a URL state shows. */
export function instancesListQuery(api: CloudApi, state: InstancesUrlState) {
  return serverQueries.list(api, toNovaFilters(state));
}

/** Started by the app before the panel's code has rendered (src/app/first-panel.ts): the same query the page then reads. */
export function prefetchFirstPage(client: QueryClient, api: CloudApi, params: URLSearchParams): Promise<void> {
  return client.prefetchQuery(instancesListQuery(api, readUrlState(instancesUrlFields, params)));
}
