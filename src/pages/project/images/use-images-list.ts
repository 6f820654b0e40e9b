import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { useMarkerPaging } from '@/lib/marker-paging';
import { createMovingPoll } from '@/lib/moving-poll';
import { useUrlState } from '@/lib/use-url-state';
import type { ImageCatalogPage } from '@/openstack/glance/image-catalog';
import { isTransitional } from './image-rules';
import { imagesListQuery } from './images-list-query';
import { imagesUrlFields, type ImagesListFilters, type ImagesUrlState } from './images-url-state';

/** How often a list with a moving row asks again. */
export const POLL_MS = 2000;

/** The panel's list: URL state in, one merged page out; polls only while a row is moving. */
export function useImagesList() {
  const api = useApi();
  const [state, setState] = useUrlState(imagesUrlFields);
  const { markers, ...filters } = state;

  // A new snapshot is asked for every second at first: it is what the user waits for.
  const [poll] = useState(() => createMovingPoll<ImageCatalogPage>(POLL_MS, (page) => page?.images.some(isTransitional) ?? false));
  // Query keys are hashed by value, so a fresh `filters` object each render costs nothing.
  const query = useQuery({
    ...imagesListQuery(api, state),
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
