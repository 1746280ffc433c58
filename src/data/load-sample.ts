import type { DbClient } from '../db/db-client.ts';
import { lockDown } from '../db/lock-down.ts';
import { loadCsvDataset, toLoadReport, type DatasetLoadReport } from './load-dataset.ts';
import { parseManifest, type Manifest } from './manifest.ts';
import { DATASET_ORDER, DATASET_SPECS } from './schema.ts';

export interface LoadedData {
  readonly db: DbClient;
  /** Dataset version: the first element of every query key. */
  readonly version: string;
  readonly synthetic: boolean;
  readonly reports: readonly DatasetLoadReport[];
}

/** Fetches text or JSON; injected so the same loader runs against files in tests. */
export type Fetcher = (path: string) => Promise<string>;

/**
 * Loads the published datasets listed in the manifest into DuckDB through the shared
 * validator, units first, then locks the engine down. `baseUrl` is where `manifest.json` is.
 */
export async function loadPublishedData(db: DbClient, fetchText: Fetcher): Promise<LoadedData> {
  const manifest: Manifest = parseManifest(JSON.parse(await fetchText('manifest.json')));
  const texts = await Promise.all(
    DATASET_ORDER.map(async (id) => {
      const entry = manifest.datasets.find((candidate) => candidate.id === id);
      if (entry === undefined) throw new Error(`manifest: ${id} missing`);
      return { id, file: entry.file, text: await fetchText(entry.file) };
    }),
  );
  const reports: DatasetLoadReport[] = [];
  let knownCodes: ReadonlySet<string> | undefined;
  for (const { id, file, text } of texts) {
    const result = await loadCsvDataset(db, DATASET_SPECS[id], file, text, { knownCodes });
    if (id === 'units') {
      knownCodes = new Set(result.rows.map((row) => String(row.code)));
    }
    reports.push(toLoadReport(result));
  }
  await lockDown(db);
  return { db, version: manifest.version, synthetic: manifest.synthetic, reports };
}
