import { QueryClient } from '@tanstack/react-query';

/**
 * Data is local and immutable once loaded (a new upload changes the dataset version, and with
 * it every key), so nothing is ever stale, refetched on focus or retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: 10 * 60 * 1000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
