import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { useMarkerPaging } from '@/lib/marker-paging';
import { useUrlState } from '@/lib/use-url-state';
import { imagesPanelQuery, type ImagesListFilters } from './image-list-query';
import { isTransitional } from './image-rules';
import { imagesUrlFields, type ImagesUrlState } from './images-url-state';

/** How often a list with a moving row asks again. */
export const POLL_MS = 2000;

/** The panel's list: URL state in, one merged page out; polls only while a row is moving. */
export function useImagesList() {
  const api = useApi();
  const [state, setState] = useUrlState(imagesUrlFields);
  const { markers, ...filters } = state;
  const cursor = markers.at(-1) ?? null;

  // Query keys are hashed by value, so a fresh `filters` object each render costs nothing.
  const query = useQuery({
    ...imagesPanelQuery(api, { filters: filters, cursor }),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (current.state.data?.items.some(isTransitional) ? POLL_MS : false),
  });

  /** Filters and sorting start again at the first page. */
  const setFilters = useCallback(
    (update: Partial<ImagesListFilters>, options?: { replace?: boolean }) => setState({ ...update, markers: [] }, options),
    [setState],
  );
  const paging = useMarkerPaging(markers, query.data?.nextCursor ?? null, setState);
  const resetPaging = useCallback(() => setState({ markers: [] }, { replace: true }), [setState]);

  return {
    state: state satisfies ImagesUrlState,
    filters,
    query,
    rows: query.data?.items ?? [],
    ...paging,
    markers,
    setFilters,
    resetPaging,
  };
}
