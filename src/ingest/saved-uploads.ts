import { DATASET_ORDER, type DatasetId } from '../data/schema.ts';
import { loadUploads, type StreamUpload, type Upload } from './load-uploads.ts';
import type { LoadedData, RestoreOutcome, UploadRecord } from './loaded-data.ts';
import { EmptyUploadError, UnreadableFileError } from './upload-errors.ts';

/** One saved file: the bytes and what is needed to load them again exactly as before. */
export interface SavedFile {
  readonly dataset: DatasetId;
  readonly file: string;
  readonly sheet?: string;
  readonly loadedAt: string;
  /** SHA-256 of the bytes, hex: a restore refuses bytes that changed. */
  readonly sha256: string;
  readonly bytes: Blob;
}

/** What is saved: the user's files in use, all of them or none (one record, written at once). */
export interface SavedUploads {
  readonly format: typeof SAVED_FORMAT;
  readonly files: readonly SavedFile[];
}

/** Where the saved uploads are kept: IndexedDB in the browser, memory in tests. */
export interface UploadStore {
  /** The saved record as stored (unchecked), or null when there is none. */
  read(): Promise<unknown>;
  /** Replaces the saved record in one write. */
  write(saved: SavedUploads): Promise<void>;
  clear(): Promise<void>;
}

export const SAVED_FORMAT = 'commune-scorecard/uploads@1';

export async function sha256Hex(bytes: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await bytes.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function parseSavedFile(value: unknown): SavedFile | null {
  if (!isRecord(value)) return null;
  const { dataset, file, sheet, loadedAt, sha256, bytes } = value;
  const id = DATASET_ORDER.find((candidate) => candidate === dataset);
  if (id === undefined || typeof file !== 'string' || typeof loadedAt !== 'string') return null;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return null;
  if (!(bytes instanceof Blob) || !(sheet === undefined || typeof sheet === 'string')) return null;
  return {
    dataset: id,
    file,
    ...(sheet === undefined ? {} : { sheet }),
    loadedAt,
    sha256,
    bytes,
  };
}

/** A stored record, checked: null when it is not one this build wrote. */
export function parseSavedUploads(value: unknown): SavedUploads | null {
  if (!isRecord(value) || value.format !== SAVED_FORMAT || !Array.isArray(value.files)) {
    return null;
  }
  const files: SavedFile[] = [];
  for (const entry of value.files as readonly unknown[]) {
    const file = parseSavedFile(entry);
    if (file === null || files.some((other) => other.dataset === file.dataset)) return null;
    files.push(file);
  }
  return files.length === 0 ? null : { format: SAVED_FORMAT, files };
}

/** Saves the user's files in use, replacing what was saved; clears the store when there are none. */
export async function saveUploads(store: UploadStore, uploads: readonly UploadRecord[]) {
  if (uploads.length === 0) {
    await store.clear();
    return;
  }
  const files = await Promise.all(
    uploads.map(async (record): Promise<SavedFile> => {
      const bytes = typeof record.source === 'string' ? new Blob([record.source]) : record.source;
      return {
        dataset: record.dataset,
        file: record.file,
        ...(record.sheet === undefined ? {} : { sheet: record.sheet }),
        loadedAt: record.loadedAt,
        sha256: await sha256Hex(bytes),
        bytes,
      };
    }),
  );
  await store.write({ format: SAVED_FORMAT, files });
}

/**
 * Loads the saved files back on top of the published data, before anything is shown: each
 * file's bytes are checked against their hash first, then all are loaded in one load, which
 * replaces the tables all together or not at all. Saved data that is corrupt, or that no
 * longer loads, is discarded (the store is cleared) and the outcome says so; the published
 * data is then what is shown. No saved data: `current` unchanged.
 */
export async function restoreUploads(
  current: LoadedData,
  store: UploadStore,
  stream: StreamUpload,
): Promise<LoadedData> {
  let stored: unknown;
  try {
    stored = await store.read();
  } catch (error) {
    // The store itself failed (not the record): keep it for the next visit and say so.
    return kept(current, error);
  }
  if (stored === null || stored === undefined) return current;
  const saved = parseSavedUploads(stored);
  if (saved === null) return discard(current, store, 'corrupt', 'unreadable saved record');
  for (const file of saved.files) {
    const hash = await sha256Hex(file.bytes).catch(() => '');
    if (hash !== file.sha256) {
      return discard(current, store, 'corrupt', `${file.file}: the saved bytes changed`);
    }
  }
  const uploads: Upload[] = saved.files.map((file) => ({
    dataset: file.dataset,
    name: file.file,
    source: file.bytes,
    loadedAt: file.loadedAt,
    ...(file.sheet === undefined ? {} : { sheet: file.sheet }),
  }));
  try {
    const restored = await loadUploads(current, uploads, stream);
    const outcome: RestoreOutcome = {
      status: 'restored',
      files: saved.files.map((file) => file.file),
    };
    return { ...restored, restore: outcome };
  } catch (error) {
    // The files themselves no longer load: discard them. Anything else (the engine, a worker,
    // memory) may not happen next time: the saved files are kept and the failure is said.
    if (error instanceof EmptyUploadError || error instanceof UnreadableFileError) {
      return discard(current, store, 'failed', error);
    }
    return kept(current, error);
  }
}

function kept(current: LoadedData, cause: unknown): LoadedData {
  const message = cause instanceof Error ? cause.message : String(cause);
  return { ...current, restore: { status: 'kept', message } };
}

async function discard(
  current: LoadedData,
  store: UploadStore,
  reason: 'corrupt' | 'failed',
  cause: unknown,
): Promise<LoadedData> {
  await store.clear().catch(() => undefined);
  const message = cause instanceof Error ? cause.message : String(cause);
  return { ...current, restore: { status: 'discarded', reason, message } };
}

/** An `UploadStore` in memory (tests; a browser without IndexedDB keeps nothing across reloads). */
export function memoryUploadStore(initial: unknown = null): UploadStore & { value: unknown } {
  const store = {
    value: initial,
    read: () => Promise.resolve(store.value),
    write: (saved: SavedUploads) => {
      store.value = saved;
      return Promise.resolve();
    },
    clear: () => {
      store.value = null;
      return Promise.resolve();
    },
  };
  return store;
}
