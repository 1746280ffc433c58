import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { loadUploads, type Upload, type UploadProgress } from '../ingest/load-uploads.ts';
import { UploadCancelledError } from '../ingest/upload-errors.ts';
import { validateInWorker } from '../ingest/validate-in-worker.ts';
import { DATABASE_KEY } from './query-keys.ts';

export type { UploadProgress } from '../ingest/load-uploads.ts';

/** Did the user cancel the load (nothing was changed)? */
export const isUploadCancelled = (error: unknown): boolean => error instanceof UploadCancelledError;

/**
 * Loads user files into the engine, streamed: `progress` says how far the current file is read,
 * validated and inserted, and `cancel` stops the load (the worker ends, the staging tables are
 * dropped, the mutation fails with a cancel). On success the loaded-data entry is replaced: its
 * new version changes every query key, so every view recomputes from the new tables.
 */
export function useUpload(current: LoadedData | undefined) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: async (uploads: readonly Upload[]) => {
      if (current === undefined) throw new Error('the database is not loaded yet');
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setProgress(null);
      try {
        return await loadUploads(current, uploads, validateInWorker, {
          signal: controller.signal,
          onProgress: setProgress,
        });
      } finally {
        if (running.current === controller) running.current = null;
        setProgress(null);
      }
    },
    onSuccess: (next) => {
      queryClient.setQueryData(DATABASE_KEY, next);
    },
  });
  const cancel = useCallback(() => {
    running.current?.abort();
  }, []);
  return { ...mutation, progress, cancel };
}
