import { QueryClient } from '@tanstack/react-query';

/**
 * Data is local and immutable once loaded (a new upload changes the dataset version, and with
 * it every key), so nothing is ever stale, refetched on focus or retried. Queries and uploads
 * run whether or not the browser says it is online (`networkMode: 'always'`): they ask the
 * engine in the page, whose files come from the service worker's cache offline; React Query's
 * default would pause them, and every view would wait forever with the network off.
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
        networkMode: 'always',
      },
      mutations: { networkMode: 'always' },
    },
  });
}
