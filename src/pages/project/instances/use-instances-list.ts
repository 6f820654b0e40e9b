import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useApi } from '@/cloud/use-api';
import { useWatches } from '@/cloud/watches/watch-store';
import { useMarkerPaging } from '@/lib/marker-paging';
import { useUrlState } from '@/lib/use-url-state';
import { imageQueries } from '@/openstack/glance/queries';
import { computeQueries } from '@/openstack/nova/queries';
import { serverFlavorId } from '@/openstack/nova/server-helpers';
import type { ServerPage } from '@/openstack/nova/servers';
import { isInTransition } from './instance-state';
import { imageIdsOf, toInstanceRows, type InstanceRow } from './instance-rows';
import { instancesListQuery } from './instances-list-query';
import { instancesUrlFields, type InstancesUrlState } from './instances-url-state';

/** How often the list refreshes while a row is moving; off when all are stable. */
export const TRANSITION_POLL_MS = 2000;
/** Image names and flavors rarely change: they are not refetched with every poll. */
const LOOKUP_STALE_MS = 5 * 60_000;

export function pollWhileMoving(page: ServerPage | undefined): number | false {
  return page?.servers.some(isInTransition) ? TRANSITION_POLL_MS : false;
}

/**
 * Whether the page must be read again for its rows to move: not for a server launched in this
 * browser, whose watch asks GET /servers/{id} (cheap) and puts the answer in this page's cache.
 */
export function listMustPoll(page: ServerPage | undefined, followed: ReadonlySet<string>): boolean {
  return page?.servers.some((server) => isInTransition(server) && !followed.has(server.id)) ?? false;
}

type InstancesFilters = Omit<InstancesUrlState, 'markers'>;

/**
 * One page of servers, its state in the URL, plus the names they need, in a fixed number of
 * requests: the servers, one batched Glance lookup (`id=in:`) for their images, and flavors only
 * when the cloud does not embed them (before compute 2.47). Polls only while a row is moving
 * that no launch watch follows.
 */
export function useInstancesList() {
  const api = useApi();
  const [state, setState] = useUrlState(instancesUrlFields);
  const { markers, ...filters } = state;
  const watches = useWatches(api.scope);
  const followed = useMemo(() => new Set(watches.filter((watch) => watch.kind === 'launch').map((watch) => watch.id)), [watches]);
  const servers = useQuery({
    ...instancesListQuery(api, state),
    placeholderData: keepPreviousData,
    // Every TRANSITION_POLL_MS while a row moves that no launch watch follows (a new server is
    // read every second by its watch; a snapshot's row shows Nova's task and its watch reads it here).
    refetchInterval: (query) => (listMustPoll(query.state.data, followed) ? TRANSITION_POLL_MS : false),
  });
  const page = servers.data;
  const imageIds = useMemo(() => imageIdsOf(page?.servers ?? []), [page]);
  const images = useQuery({
    ...imageQueries.byIds(api, imageIds),
    enabled: imageIds.length > 0,
    staleTime: LOOKUP_STALE_MS,
    placeholderData: keepPreviousData,
  });
  const needsFlavors = page?.servers.some((server) => serverFlavorId(server) !== null) ?? false;
  const flavors = useQuery({ ...computeQueries.flavors(api), enabled: needsFlavors, staleTime: LOOKUP_STALE_MS });

  const rows = useMemo<InstanceRow[]>(
    () =>
      toInstanceRows(page?.servers ?? [], {
        // A failed image lookup shows "not found" rather than a spinner that never ends.
        images: images.isError ? (images.data ?? []) : images.data,
        imagesComplete: images.isError || (images.isSuccess && !images.isPlaceholderData),
        flavors: flavors.data,
      }),
    [page, images.data, images.isError, images.isSuccess, images.isPlaceholderData, flavors.data],
  );

  /** Filters and sorting start again at the first page. */
  const setFilters = useCallback(
    (update: Partial<InstancesFilters>, options?: { replace?: boolean }) => setState({ ...update, markers: [] }, options),
    [setState],
  );
  const paging = useMarkerPaging(markers, page?.nextMarker ?? null, setState);

  return {
    filters,
    query: servers,
    rows,
    ...paging,
    setFilters,
    isPolling: pollWhileMoving(page) !== false,
  };
}
