import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { loadUploads, type Upload } from '../ingest/load-uploads.ts';
import { validateInWorker } from '../ingest/validate-in-worker.ts';
import { DATABASE_KEY } from './query-keys.ts';

/**
 * Loads user files into the engine. On success the loaded-data entry is replaced: its new
 * version changes every query key, so every view recomputes from the new tables.
 */
export function useUpload(current: LoadedData | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (uploads: readonly Upload[]) => {
      if (current === undefined) throw new Error('the database is not loaded yet');
      return loadUploads(current, uploads, validateInWorker);
    },
    onSuccess: (next) => {
      queryClient.setQueryData(DATABASE_KEY, next);
    },
  });
}
