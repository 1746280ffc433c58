import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { PrecomputedAnswers } from '../ingest/precomputed-answers.ts';
import { useDataSource } from './data-source.ts';
import { previewKey } from './query-keys.ts';

/**
 * The build's answers in one file (a page's, or its next steps' once `enabled`), put into the cache under their own keys before anything
 * asks: the page's questions find them there and show them while DuckDB is still starting.
 * An answer the cache already holds is left alone. Null when the source has none for the page
 * (or they would not be the figures loaded): the page then waits for the engine.
 */
export function usePreview(file: string, enabled = true) {
  const source = useDataSource();
  const client = useQueryClient();
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the client is the cache it fills, not an input
  return useQuery({
    queryKey: previewKey(file),
    enabled,
    queryFn: async (): Promise<PrecomputedAnswers | null> => {
      const preview = (await source.preview?.(file)) ?? null;
      if (preview !== null) hydrate(client, preview);
      return preview;
    },
    gcTime: Number.POSITIVE_INFINITY,
  });
}

function hydrate(client: QueryClient, preview: PrecomputedAnswers): void {
  for (const { key, answer } of preview.answers) {
    if (client.getQueryData(key) === undefined) client.setQueryData(key, answer);
  }
}
