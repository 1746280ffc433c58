import { readFileSync } from 'node:fs';
import { toLoadReport } from '../../src/data/load-report.ts';
import { DATASET_SPECS, indexScoresSpec, unitsSpec } from '../../src/data/schema.ts';
import type { DbClient } from '../../src/db/db-client.ts';
import type { LoadedData } from '../../src/ingest/loaded-data.ts';
import { loadCsvDataset } from './load-csv-dataset.ts';

/** A committed fixture under `test/fixtures/`, as text. */
export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/**
 * The "published" state the upload tests start from: the fixture units and index scores, and
 * empty dossiers and petitions, loaded into `db` (replacing whatever a test before loaded).
 */
export async function loadPublishedFixtures(db: DbClient): Promise<LoadedData> {
  const units = await loadCsvDataset(db, unitsSpec, 'units.csv', fixture('units.csv'));
  const scores = await loadCsvDataset(
    db,
    indexScoresSpec,
    'scores.csv',
    fixture('index-scores.csv'),
  );
  for (const spec of [
    DATASET_SPECS.index_metrics,
    DATASET_SPECS.dossiers,
    DATASET_SPECS.petitions,
  ]) {
    await loadCsvDataset(db, spec, `${spec.id}.csv`, 'code\n');
  }
  return {
    db,
    version: 'v1',
    synthetic: true,
    reports: [toLoadReport(units), toLoadReport(scores)],
    origins: {
      units: 'published',
      index_scores: 'published',
      index_metrics: 'published',
      dossiers: 'published',
      petitions: 'published',
    },
    published: { version: 'v1', synthetic: true, datasets: [] },
    uploads: [],
    restore: null,
  };
}
