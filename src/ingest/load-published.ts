import type { DbClient } from '../db/db-client.ts';
import { lockDown } from '../db/lock-down.ts';
import { replaceTables } from '../db/replace-table.ts';
import { toLoadReport } from '../data/load-report.ts';
import { parseManifest, type Manifest } from '../data/manifest.ts';
import { parseCsv } from '../data/parse-csv.ts';
import { DATASET_ORDER, DATASET_SPECS } from '../data/schema.ts';
import { validateDataset, type ValidationResult } from '../data/validate-dataset.ts';
import type { LoadedData } from './loaded-data.ts';

/** Fetches text or JSON; injected so the same loader runs against files in tests. */
export type Fetcher = (path: string) => Promise<string>;

interface PublishedFiles {
  readonly manifest: Manifest;
  readonly results: readonly ValidationResult[];
}

/** Fetches and validates the published files listed in the manifest, units first. */
async function readPublished(fetchText: Fetcher): Promise<PublishedFiles> {
  const manifest: Manifest = parseManifest(JSON.parse(await fetchText('manifest.json')));
  const texts = await Promise.all(
    DATASET_ORDER.map(async (id) => {
      const entry = manifest.datasets.find((candidate) => candidate.id === id);
      if (entry === undefined) throw new Error(`manifest: ${id} missing`);
      return { id, file: entry.file, text: await fetchText(entry.file) };
    }),
  );
  const results: ValidationResult[] = [];
  let knownCodes: ReadonlySet<string> | undefined;
  for (const { id, file, text } of texts) {
    const result = validateDataset(DATASET_SPECS[id], file, parseCsv(text), { knownCodes });
    if (id === 'units') knownCodes = new Set(result.rows.map((row) => String(row.code)));
    results.push(result);
  }
  return { manifest, results };
}

async function replaceWithPublished(client: DbClient, files: PublishedFiles): Promise<LoadedData> {
  const { manifest, results } = files;
  await replaceTables(
    client,
    results.map((result) => ({ spec: DATASET_SPECS[result.dataset], rows: result.rows })),
  );
  return {
    db: client,
    // The published data's own version: queries cached for it are still right.
    version: manifest.version,
    synthetic: manifest.synthetic,
    reports: results.map(toLoadReport),
    origins: {
      units: 'published',
      index_scores: 'published',
      index_metrics: 'published',
      dossiers: 'published',
      petitions: 'published',
    },
    published: manifest,
    uploads: [],
    restore: null,
  };
}

/**
 * Loads the published datasets listed in the manifest into DuckDB through the shared
 * validator, units first, then locks the engine down. Files are fetched and validated while
 * the engine is still starting (`db` may be a pending promise): only the inserts wait for it.
 */
export async function loadPublishedData(
  db: DbClient | Promise<DbClient>,
  fetchText: Fetcher,
): Promise<LoadedData> {
  const engine = Promise.resolve(db);
  // Handled below; without this an early engine failure is reported as unhandled meanwhile.
  engine.catch(() => undefined);
  const files = await readPublished(fetchText);
  const client = await engine;
  const data = await replaceWithPublished(client, files);
  await lockDown(client);
  return data;
}

/**
 * Puts the published datasets back in place of the user's, in the engine already running
 * (locked down already): all tables in one transaction, so a failure leaves `current` as it was.
 */
export async function reloadPublishedData(
  current: LoadedData,
  fetchText: Fetcher,
): Promise<LoadedData> {
  return replaceWithPublished(current.db, await readPublished(fetchText));
}
