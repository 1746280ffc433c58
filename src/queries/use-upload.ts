import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { loadUploads, type Upload } from '../data/load-uploads.ts';
import { validateInWorker } from '../data/validate-in-worker.ts';
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
