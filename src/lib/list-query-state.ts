/** What a list's query says, as every panel shows it. */
interface ListQuery {
  data: unknown;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
}

export interface ListQueryState {
  /** The first load, or a new page or filter still on its way (the previous rows stay shown, busy). */
  isLoading: boolean;
  /** Nothing to show: the first load (or a new filter's) failed. */
  loadError: unknown;
  /** A refresh failed while older rows are still on screen. */
  refreshError: unknown;
}

export function listQueryState(query: ListQuery): ListQueryState {
  const hasData = query.data !== undefined && !query.isPlaceholderData;
  return {
    isLoading: query.isPending || (query.isPlaceholderData && query.isFetching),
    loadError: query.isError && !hasData ? query.error : null,
    refreshError: query.isError && hasData ? query.error : null,
  };
}
