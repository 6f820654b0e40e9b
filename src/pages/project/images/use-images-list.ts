import { POLICY_ID_PROPERTY } from '@/openstack/policies/engine';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { useMarkerPaging } from '@/lib/marker-paging';
import { createMovingPoll } from '@/lib/moving-poll';
import { useUrlState } from '@/lib/use-url-state';
import type { CloudApi } from '@/openstack/http';
import type { ImageCatalogFilters, ImageCatalogPage } from '@/openstack/glance/image-catalog';
import { imageQueries } from '@/openstack/glance/queries';
import { isTransitional } from './image-rules';
import { imagesUrlFields, type ImagesListFilters, type ImagesUrlState } from './images-url-state';

/** How often a list with a moving row asks again. */
export const POLL_MS = 2000;

/** Glance's visibility filter of a URL state: "project" is an owner filter, "all" none. */
function glanceVisibility(visibility: ImagesListFilters['visibility']): string | undefined {
  if (visibility === 'all' || visibility === 'project') return undefined;
  return visibility === 'shared-with-me' ? 'shared' : visibility;
}

/** The URL state as a Glance catalog page; "shared-with-me" leaves out the project's own shared images. */
export function toGlanceFilters(api: CloudApi, filters: ImagesListFilters, cursor: string | undefined): ImageCatalogFilters {
  return {
    kind: filters.type,
    nameContains: filters.name,
    status: filters.status || undefined,
    visibility: glanceVisibility(filters.visibility),
    owner: filters.visibility === 'project' ? api.projectId : undefined,
    notOwner: filters.visibility === 'shared-with-me' ? api.projectId : undefined,
    sort: filters.sort,
    limit: filters.limit,
    extraQuery: filters.policy ? { [POLICY_ID_PROPERTY]: filters.policy } : undefined,
    cursor,
  };
}

/** The panel's list: URL state in, one merged page out; polls only while a row is moving. */
export function useImagesList() {
  const api = useApi();
  const [state, setState] = useUrlState(imagesUrlFields);
  const { markers, ...filters } = state;

  // A new snapshot is asked for every second at first: it is what the user waits for.
  const [poll] = useState(() => createMovingPoll<ImageCatalogPage>(POLL_MS, (page) => page?.images.some(isTransitional) ?? false));
  // Query keys are hashed by value, so a fresh `filters` object each render costs nothing.
  const query = useQuery({
    ...imageQueries.list(api, toGlanceFilters(api, filters, markers.at(-1))),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => poll(current.state.data),
  });

  /** Filters and sorting start again at the first page. */
  const setFilters = useCallback(
    (update: Partial<ImagesListFilters>, options?: { replace?: boolean }) => setState({ ...update, markers: [] }, options),
    [setState],
  );
  const paging = useMarkerPaging(markers, query.data?.nextMarker ?? null, setState);
  const resetPaging = useCallback(() => setState({ markers: [] }, { replace: true }), [setState]);

  return {
    state: state satisfies ImagesUrlState,
    filters,
    query,
    rows: query.data?.images ?? [],
    ...paging,
    markers,
    setFilters,
    resetPaging,
  };
}
