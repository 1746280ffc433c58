import { openBrowserDb } from '../db/duckdb.ts';
import { indexedDbUploadStore } from '../ingest/indexeddb-upload-store.ts';
import { loadPublishedData, reloadPublishedData } from '../ingest/load-published.ts';
import { restoreUploads } from '../ingest/saved-uploads.ts';
import { validateInWorker } from '../ingest/validate-in-worker.ts';
import type { DataSource } from '../queries/data-source.ts';

/** Files published next to the page (`public/data/`), fetched relative to it: no server needed. */
async function fetchPublished(path: string): Promise<string> {
  const url = new URL(`data/${path}`, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

const store = indexedDbUploadStore();

// The engine starts (a 34 MB wasm) while the files download and validate; the user's saved
// files are loaded back on top before the data counts as loaded, so no view shows the sample
// figures first.
export const browserDataSource: DataSource = {
  load: async () => {
    const published = await loadPublishedData(openBrowserDb(), fetchPublished);
    const data =
      store === null ? published : await restoreUploads(published, store, validateInWorker);
    performance.mark('commune-scorecard:data-loaded');
    return data;
  },
  reloadPublished: (current) => reloadPublishedData(current, fetchPublished),
  store,
};
