import { useEffect } from 'react';

/** Hard stop, as for every paged read: 1,000 pages of 1,000 items. */
const MAX_PAGES = 1000;

interface PagedQuery {
  hasNextPage: boolean;
  isFetching: boolean;
  isError: boolean;
  data?: { pages: readonly unknown[] } | undefined;
  fetchNextPage(): Promise<unknown>;
}

/**
 * Reads a paged listing to its end, one page after the other: the next page is asked for only
 * when nothing of this listing is in flight, so it never has more than one request out.
 */
export function useEveryPage(query: PagedQuery): void {
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  // The page count also makes the effect run after each page: a fetch can start and settle
  // between two renders, leaving the flags exactly as they were.
  const pages = query.data?.pages.length ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError && pages < MAX_PAGES) void fetchNextPage();
  }, [hasNextPage, isFetching, isError, fetchNextPage, pages]);
}
