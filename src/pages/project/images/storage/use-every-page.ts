import { useEffect } from 'react';

/**
 * Reads a paged listing to its end, one page after the other: the next page is asked for only
 * when nothing of this listing is in flight, so it never has more than one request out.
 */
interface PagedQuery {
  hasNextPage: boolean;
  isFetching: boolean;
  isError: boolean;
  fetchNextPage(): Promise<unknown>;
}

export function useEveryPage(query: PagedQuery): void {
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [hasNextPage, isFetching, isError, fetchNextPage]);
}
