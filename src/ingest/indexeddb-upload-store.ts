import type { SavedUploads, UploadStore } from './saved-uploads.ts';

const DATABASE = 'commune-scorecard';
const STORE = 'uploads';
const KEY = 'current';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.addEventListener('success', () => {
      resolve(operation.result);
    });
    operation.addEventListener('error', () => {
      reject(operation.error ?? new Error('IndexedDB request failed'));
    });
  });
}

function open(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DATABASE, 1);
  opening.addEventListener('upgradeneeded', () => {
    opening.result.createObjectStore(STORE);
  });
  return request(opening);
}

/** Runs one operation in its own transaction and waits until the transaction is committed. */
async function run<T>(
  mode: IDBTransactionMode,
  operation: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await open();
  try {
    const transaction = database.transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.addEventListener('complete', () => {
        resolve();
      });
      transaction.addEventListener('abort', () => {
        reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      });
    });
    const result = await request(operation(transaction.objectStore(STORE)));
    await done;
    return result;
  } finally {
    database.close();
  }
}

/**
 * The user's saved uploads in IndexedDB: one record (the files, as Blobs, with their hashes),
 * written in one transaction, so a reload finds the previous record or the new one, never a mix.
 */
export function indexedDbUploadStore(): UploadStore | null {
  if (typeof indexedDB === 'undefined') return null;
  return {
    read: () => run('readonly', (store) => store.get(KEY)).then((value: unknown) => value ?? null),
    write: async (saved: SavedUploads) => {
      await run('readwrite', (store) => store.put(saved, KEY));
    },
    clear: async () => {
      await run('readwrite', (store) => store.delete(KEY));
    },
  };
}
