import type { DbClient } from '../db/db-client.ts';
import { lockDown } from '../db/lock-down.ts';
import { loadCsvDataset, toLoadReport, type DatasetLoadReport } from './load-dataset.ts';
import { parseManifest, type Manifest } from './manifest.ts';
import { DATASET_ORDER, DATASET_SPECS, type DatasetId } from './schema.ts';

/** Where a table's rows come from: the files published with the site, a user's upload, or
 * nothing (cleared because an uploaded units file made its codes meaningless). */
export type DatasetOrigin = 'published' | 'upload' | 'cleared';

export interface LoadedData {
  readonly db: DbClient;
  /** Dataset version: the first element of every query key. */
  readonly version: string;
  /** Some figures shown are the synthetic sample: the UI and every export must say so. */
  readonly synthetic: boolean;
  /** One report per dataset, in load order: rows read = loaded + rejected, and the issues. */
  readonly reports: readonly DatasetLoadReport[];
  readonly origins: Readonly<Record<DatasetId, DatasetOrigin>>;
  /** The files published with the site (relative to `data/`), for download. */
  readonly published: Manifest;
}

/** Fetches text or JSON; injected so the same loader runs against files in tests. */
export type Fetcher = (path: string) => Promise<string>;

/**
 * Loads the published datasets listed in the manifest into DuckDB through the shared
 * validator, units first, then locks the engine down.
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
  return {
    db,
    version: manifest.version,
    synthetic: manifest.synthetic,
    reports,
    origins: {
      units: 'published',
      index_scores: 'published',
      dossiers: 'published',
      petitions: 'published',
    },
    published: manifest,
  };
}
