import { QueryClient } from '@tanstack/react-query';
import { isOpenStackError } from '@/openstack/errors';

/** A view refreshes when the window gets focus again, at most once per this long (the data counts as fresh until then). */
export const FRESH_MS = 15_000;

/**
 * Reads are retried twice on network and 5xx faults only; mutations never retry by themselves.
 * Coming back to the tab refetches what is on screen when it is older than FRESH_MS, so other
 * people's changes show without navigating; polling stays each query's own (only while something moves).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: FRESH_MS,
        refetchOnWindowFocus: true,
        retry: (failureCount, error) => {
          if (isOpenStackError(error) && error.status !== null && error.status < 500) return false;
          if (isOpenStackError(error) && error.kind === 'parse') return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: 0 },
    },
  });
}
