import { QueryClient } from '@tanstack/react-query';
import { isOpenStackError } from '@/openstack/errors';

/** Reads are retried twice on network and 5xx faults only; mutations never retry by themselves. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
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
