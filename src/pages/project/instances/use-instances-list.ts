import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { imageQueries } from '@/openstack/glance/queries';
import { computeQueries, serverQueries } from '@/openstack/nova/queries';
import { serverFlavorId } from '@/openstack/nova/server-helpers';
import type { ServerListFilters, ServerPage } from '@/openstack/nova/servers';
import { isInTransition } from './instance-state';
import { imageIdsOf, toInstanceRows, type InstanceRow } from './instance-rows';

/** How often the list refreshes while a row is moving; off when all are stable. */
export const TRANSITION_POLL_MS = 2000;
/** Image names and flavors rarely change: they are not refetched with every poll. */
const LOOKUP_STALE_MS = 5 * 60_000;

export function pollWhileMoving(page: ServerPage | undefined): number | false {
  return page?.servers.some(isInTransition) ? TRANSITION_POLL_MS : false;
}

/**
 * One page of servers plus the names they need, in a fixed number of requests: the servers,
 * one batched Glance lookup (`id=in:`) for their images, and flavors only when the cloud does
 * not embed them (before compute 2.47).
 */
export function useInstancesList(filters: ServerListFilters) {
  const api = useApi();
  const servers = useQuery({
    ...serverQueries.list(api, filters),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => pollWhileMoving(query.state.data),
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

  return {
    rows,
    nextMarker: page?.nextMarker ?? null,
    isLoading: servers.isPending,
    /** Nothing to show: the first load (or a new filter's) failed. */
    error: servers.isError && servers.data === undefined ? servers.error : null,
    /** A refresh failed while older rows are still on screen. */
    refreshError: servers.isError && servers.data !== undefined ? servers.error : null,
    refetch: servers.refetch,
    isPolling: pollWhileMoving(page) !== false,
  };
}
