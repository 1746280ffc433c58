import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { loadUploads, type Upload, type UploadProgress } from '../ingest/load-uploads.ts';
import { saveUploads } from '../ingest/saved-uploads.ts';
import { UploadCancelledError } from '../ingest/upload-errors.ts';
import { validateInWorker } from '../ingest/validate-in-worker.ts';
import { useDataSource } from './data-source.ts';
import { DATABASE_KEY } from './query-keys.ts';

export type { UploadProgress } from '../ingest/load-uploads.ts';
export { EmptyUploadError, UnreadableFileError } from '../ingest/upload-errors.ts';
export { inspectInWorker } from '../ingest/inspect-in-worker.ts';

/** Whether the loaded files are kept for the next visit. */
export type Persistence =
  | { readonly status: 'saved' }
  /** This browser keeps nothing (no IndexedDB, or a private window that refuses it). */
  | { readonly status: 'unavailable' }
  /** Saving failed (the browser's storage is full, say): the data is lost on reload. */
  | { readonly status: 'failed'; readonly message: string };

export interface UploadResult {
  readonly next: LoadedData;
  readonly persistence: Persistence;
}

// Loads and "back to the sample" write the same tables: they run one after another, never at once.
const DATABASE_WRITE = { id: 'database-write' } as const;
const DATABASE_WRITE_KEY = ['database-write'] as const;

/** Is a load or a "back to the sample" running (their buttons wait)? */
export function useDatabaseWriting(): boolean {
  return useIsMutating({ mutationKey: DATABASE_WRITE_KEY }) > 0;
}

/** Did the user cancel the load (nothing was changed)? */
export const isUploadCancelled = (error: unknown): boolean => error instanceof UploadCancelledError;

/**
 * Loads user files into the engine, streamed: `progress` says how far the current file is read,
 * validated and inserted, and `cancel` stops the load (the worker ends, the staging tables are
 * dropped, the mutation fails with a cancel). On success the user's files in use are saved for
 * the next visit and the loaded-data entry is replaced: its new version changes every query
 * key, so every view recomputes from the new tables.
 */
export function useUpload(current: LoadedData | undefined) {
  const queryClient = useQueryClient();
  const { store } = useDataSource();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationKey: DATABASE_WRITE_KEY,
    scope: DATABASE_WRITE,
    mutationFn: async (uploads: readonly Upload[]): Promise<UploadResult> => {
      if (current === undefined) throw new Error('the database is not loaded yet');
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setProgress(null);
      let next: LoadedData;
      try {
        next = await loadUploads(current, uploads, validateInWorker, {
          signal: controller.signal,
          onProgress: setProgress,
        });
      } finally {
        if (running.current === controller) running.current = null;
        setProgress(null);
      }
      // The tables are swapped: the labels and every query key follow at once, before saving.
      queryClient.setQueryData(DATABASE_KEY, next);
      return { next, persistence: await persist(store, next) };
    },
  });
  const cancel = useCallback(() => {
    running.current?.abort();
  }, []);
  return { ...mutation, progress, cancel };
}

async function persist(
  store: ReturnType<typeof useDataSource>['store'],
  next: LoadedData,
): Promise<Persistence> {
  if (store === null) return { status: 'unavailable' };
  try {
    await saveUploads(store, next.uploads);
    return { status: 'saved' };
  } catch (error) {
    // What was saved before is no longer what is shown: never restore it on the next visit.
    await store.clear().catch(() => undefined);
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Puts the published data back in place of the user's, without a reload, and forgets the
 * saved files. A failure changes nothing (the tables are replaced in one transaction).
 */
export function useRestorePublished(current: LoadedData | undefined) {
  const queryClient = useQueryClient();
  const source = useDataSource();
  return useMutation({
    mutationKey: DATABASE_WRITE_KEY,
    scope: DATABASE_WRITE,
    mutationFn: async () => {
      if (current === undefined) throw new Error('the database is not loaded yet');
      const next = await source.reloadPublished(current);
      queryClient.setQueryData(DATABASE_KEY, next);
      // The sample is shown already; a store that cannot be cleared is said, not hidden.
      await source.store?.clear();
      return next;
    },
  });
}
