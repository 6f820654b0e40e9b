import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useApi } from '@/cloud/use-api';
import { useMarkerPaging } from '@/lib/marker-paging';
import { useUrlState } from '@/lib/use-url-state';
import { volumeServiceQueries } from '@/openstack/cinder/queries';
import { acceptsNameContains } from '@/openstack/cinder/snapshots';
import { isTransitional } from './snapshot-status';
import { snapshotsListQuery } from './snapshots-list-query';
import { snapshotsUrlFields, type SnapshotsUrlState } from './volume-snapshots-url-state';

/** How often a list with a moving row asks again. */
export const POLL_MS = 2000;

export type SnapshotsFilters = Omit<SnapshotsUrlState, 'markers'>;

/** One page of Cinder volume snapshots, its state in the URL; polls only while a row is moving. */
export function useSnapshotsList() {
  const api = useApi();
  const [state, setState] = useUrlState(snapshotsUrlFields);
  const { markers, ...filters } = state;
  const named = filters.name.trim() !== '';
  // Asked only once a name is typed: whether Cinder matches part of a name itself.
  const resourceFilters = useQuery({ ...volumeServiceQueries.resourceFilters(api, 'snapshot'), enabled: named });
  const nameContains = acceptsNameContains(api, resourceFilters.data ?? []);
  const nameFilterKnown = !named || !resourceFilters.isPending;

  const query = useQuery({
    ...snapshotsListQuery(api, state, nameContains),
    enabled: nameFilterKnown,
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (current.state.data?.snapshots.some(isTransitional) ? POLL_MS : false),
  });

  /** Filters and sorting start again at the first page. */
  const setFilters = useCallback(
    (update: Partial<SnapshotsFilters>, options?: { replace?: boolean }) => setState({ ...update, markers: [] }, options),
    [setState],
  );
  const paging = useMarkerPaging(markers, query.data?.nextMarker ?? null, setState);
  const snapshots = useMemo(() => query.data?.snapshots ?? [], [query.data]);

  return {
    filters,
    /** Null until known (no name typed yet): whether Cinder matches the name, or the browser does. */
    nameMatching: named && nameFilterKnown ? (nameContains ? ('cinder' as const) : ('browser' as const)) : null,
    query,
    snapshots,
    ...paging,
    setFilters,
  };
}
