import { useCallback } from 'react';
import type { UrlStateSetOptions } from './use-url-state';

/** The page sizes a list offers. */
export const PAGE_SIZES = [20, 50, 100, 200, 1000] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** A list's state as far as paging goes: the cursors of the pages before this one. */
interface MarkerState {
  markers: string[];
}

export interface MarkerPaging {
  hasPrevious: boolean;
  hasNext: boolean;
  goPrevious(): void;
  goNext(): void;
}

/**
 * Marker paging over a marker stack kept in the URL: next pushes the page's next marker,
 * previous pops one. `nextMarker` is null on the last page.
 */
export function useMarkerPaging(
  markers: readonly string[],
  nextMarker: string | null,
  setState: (update: (current: MarkerState) => MarkerState, options?: UrlStateSetOptions) => void,
): MarkerPaging {
  const goNext = useCallback(() => {
    if (nextMarker !== null) setState((current) => ({ markers: [...current.markers, nextMarker] }));
  }, [nextMarker, setState]);
  const goPrevious = useCallback(() => setState((current) => ({ markers: current.markers.slice(0, -1) })), [setState]);
  return { hasPrevious: markers.length > 0, hasNext: nextMarker !== null, goPrevious, goNext };
}
