import { loadPublishedData } from '../ingest/load-published.ts';
import { openBrowserDb } from '../db/duckdb.ts';
import type { DataSource } from '../queries/data-source.ts';

/** Files published next to the page (`public/data/`), fetched relative to it: no server needed. */
async function fetchPublished(path: string): Promise<string> {
  const url = new URL(`data/${path}`, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

// The engine starts (a 34 MB wasm) while the files download and validate.
export const browserDataSource: DataSource = async () => {
  const data = await loadPublishedData(openBrowserDb(), fetchPublished);
  performance.mark('commune-scorecard:data-loaded');
  return data;
};
