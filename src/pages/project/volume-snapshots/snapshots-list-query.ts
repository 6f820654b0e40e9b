import type { QueryClient } from '@tanstack/react-query';
import { readUrlState } from '@/lib/use-url-state';
import { volumeSnapshotQueries } from '@/openstack/cinder/queries';
import type { VolumeSnapshotListFilters } from '@/openstack/cinder/snapshots';
import type { CloudApi } from '@/openstack/http';
import { snapshotsUrlFields, type SnapshotsUrlState } from './volume-snapshots-url-state';

/**
 * The URL state as Cinder's list filters: part of the name (Cinder's `name~` where it takes it,
 * else filtered here), status and volume are Cinder's own filters, sort is `sort=key:dir`.
 */
function toCinderFilters(state: SnapshotsUrlState, nameServerSide: boolean): VolumeSnapshotListFilters {
  const name = state.name.trim();
  return {
    nameContains: name ? { text: name, serverSide: nameServerSide } : undefined,
    status: state.status || undefined,
    volumeId: state.volume || undefined,
    sortKey: state.sort?.key,
    sortDir: state.sort?.dir,
    limit: state.limit,
    marker: state.markers.at(-1),
  };
}

/** The page of volume snapshots that a URL state shows; `nameServerSide`: Cinder matches part of a name itself. */
export function snapshotsListQuery(api: CloudApi, state: SnapshotsUrlState, nameServerSide: boolean) {
  return volumeSnapshotQueries.list(api, toCinderFilters(state, nameServerSide));
}

/**
 * Started by the app before the panel's code has rendered (src/app/first-panel.ts): the same query
 * the page then reads. Not with a name typed: that first asks which filters Cinder takes.
 */
export async function prefetchFirstPage(client: QueryClient, api: CloudApi, params: URLSearchParams): Promise<void> {
  const state = readUrlState(snapshotsUrlFields, params);
  if (state.name.trim() !== '') return;
  await client.prefetchQuery(snapshotsListQuery(api, state, false));
}
