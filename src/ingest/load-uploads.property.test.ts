import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { junkBytes } from '../../test/helpers/csv-bytes.ts';
import { csvRecipe, type CsvRecipe } from '../../test/helpers/csv-recipe.ts';
import { renderCsv } from '../../test/helpers/render-csv.ts';
import { loadCsvDataset } from '../../test/helpers/load-csv-dataset.ts';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import { loadPublishedFixtures } from '../../test/helpers/published-fixtures.ts';
import { DATASET_ORDER, DATASET_SPECS, type DatasetId } from '../data/schema.ts';
import { validateUpload, type UploadStreamResult } from '../data/validate-upload.ts';
import type { DbClient } from '../db/db-client.ts';
import { lockDown } from '../db/lock-down.ts';
import { getUnitCodes } from '../db/queries/get-unit-codes.ts';
import { INSERT_CHUNK_ROWS } from '../db/replace-table.ts';
import type { LoadedData } from './loaded-data.ts';
import { loadUploads, UPLOAD_ISSUES_PER_CODE } from './load-uploads.ts';
import { EmptyUploadError, UnreadableFileError } from './upload-errors.ts';
import { validateInProcess } from './validate-in-process.ts';

/** The published sample's rows of the given units (dossiers, petitions). */
function publishedRows(dataset: DatasetId, codes: readonly string[]): string {
  const text = readFileSync(new URL(`../../public/data/${dataset}.csv`, import.meta.url), 'utf8');
  const [header = '', ...lines] = text.split('\n');
  const kept = lines.filter((line) => codes.some((code) => line.startsWith(`${code},`)));
  return [header, ...kept].join('\n');
}

let db: DbClient;
/** The state each upload starts from: the published fixtures, then whatever the last load made. */
let current: LoadedData;

beforeAll(async () => {
  db = await createNodeDb();
  // As in the other upload tests, the fixture units and scores; with the published sample's
  // dossiers and petitions of those units, so that every table has rows to keep.
  current = await loadPublishedFixtures(db);
  const codes = await getUnitCodes(db);
  for (const dataset of ['dossiers', 'petitions'] as const) {
    await loadCsvDataset(
      db,
      DATASET_SPECS[dataset],
      `${dataset}.csv`,
      publishedRows(dataset, codes),
    );
  }
  await lockDown(db);
});

type Snapshot = Readonly<Record<DatasetId, string>>;

/** Every table's row count and the sum of its rows' hashes (whatever order they are stored in). */
async function snapshot(): Promise<Snapshot> {
  const entries = await Promise.all(
    DATASET_ORDER.map(async (table) => {
      const [row] = await db.query(
        `SELECT count(*)::DOUBLE AS n, sum(hash(t))::VARCHAR AS digest FROM ${table} t`,
      );
      return [table, `${String(row?.n)} ${String(row?.digest)}`] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<DatasetId, string>;
}

const count = async (table: DatasetId) =>
  Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

const stagingTables = async () =>
  (await db.query("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%__staging'"))
    .length;

/** What the upload must come to, by the upload validator alone (no engine). */
async function predict(dataset: DatasetId, bytes: Uint8Array): Promise<UploadStreamResult> {
  return validateUpload(
    new Blob([new Uint8Array(bytes)]),
    DATASET_SPECS[dataset],
    `${dataset}.csv`,
    {
      batchRows: INSERT_CHUNK_ROWS,
      maxIssuesPerCode: UPLOAD_ISSUES_PER_CODE,
      ...(dataset === 'units' ? {} : { knownCodes: new Set(await getUnitCodes(db)) }),
    },
    () => Promise.resolve(),
  );
}

/** Uploads one file as the browser hands it over (a Blob): the new state, or what was thrown. */
async function upload(dataset: DatasetId, bytes: Uint8Array) {
  const source = new Blob([new Uint8Array(bytes)]);
  try {
    const next = await loadUploads(
      current,
      [{ dataset, name: `${dataset}.csv`, source }],
      validateInProcess,
    );
    return { next, error: null };
  } catch (error: unknown) {
    return { next: null, error };
  }
}

type Outcome = Awaited<ReturnType<typeof upload>>;

/** A refused upload: the documented error with the predicted report or reason, nothing touched. */
async function expectRefused(
  outcome: Outcome,
  prediction: UploadStreamResult,
  before: Snapshot,
): Promise<void> {
  expect(outcome.next).toBeNull();
  if (prediction.ok) {
    expect(outcome.error).toBeInstanceOf(EmptyUploadError);
    const reports = outcome.error instanceof EmptyUploadError ? outcome.error.reports : [];
    expect(reports).toEqual([prediction.report]);
    expect(prediction.report.rowsLoaded).toBe(0);
    expect(prediction.report.rowsRejected).toBe(prediction.report.rowsRead);
  } else {
    expect(outcome.error).toBeInstanceOf(UnreadableFileError);
    const reason = outcome.error instanceof UnreadableFileError ? outcome.error.reason : null;
    expect(reason).toBe(prediction.reason);
  }
  expect(await snapshot()).toEqual(before);
  expect(await stagingTables()).toBe(0);
}

/** A file for the units now loaded (an uploaded units file brings codes of its own). */
const rendered = async (recipe: CsvRecipe) => renderCsv(recipe, await getUnitCodes(db));

const RUN = { seed: 20_260_202, timeout: 10_000 } as const;

describe('loadUploads on generated files', () => {
  it('refuses a file with no valid row and leaves every table as it was', async () => {
    const noValidRow = fc.oneof(
      csvRecipe({ shape: 'unloadable', maxRecords: 12 }).map((recipe) => ({
        recipe,
        dataset: recipe.dataset,
        junk: null,
      })),
      fc
        .tuple(fc.constantFrom(...DATASET_ORDER), junkBytes)
        .map(([dataset, junk]) => ({ recipe: null, dataset, junk })),
    );
    await fc.assert(
      fc.asyncProperty(noValidRow, async ({ recipe, dataset, junk }) => {
        const bytes = recipe === null ? junk : (await rendered(recipe)).bytes;
        const before = await snapshot();
        const prediction = await predict(dataset, bytes);
        await expectRefused(await upload(dataset, bytes), prediction, before);
      }),
      { ...RUN, numRuns: 25 },
    );
  });

  it('replaces the dataset with the rows of a file that has a valid row', async () => {
    await fc.assert(
      fc.asyncProperty(csvRecipe({ shape: 'loadable', maxRecords: 12 }), async (recipe) => {
        const file = await rendered(recipe);
        const { dataset } = recipe;
        expect(file.predictable && file.firstValid).toBe(true);
        const before = await snapshot();
        const prediction = await predict(dataset, file.bytes);
        const { next, error } = await upload(dataset, file.bytes);
        expect(error).toBeNull();
        if (next === null || !prediction.ok) throw new Error('not loaded');
        const report = next.reports.find((entry) => entry.dataset === dataset);
        expect(report).toEqual(prediction.report);
        if (report === undefined) return;
        expect(report.rowsRead).toBe(report.rowsLoaded + report.rowsRejected);
        expect(report.rowsRead).toBe(file.records);
        expect(report.rowsLoaded).toBeGreaterThanOrEqual(Math.max(1, file.validKeys));
        expect(report.rowsLoaded).toBeLessThanOrEqual(file.intact);
        expect(await count(dataset)).toBe(report.rowsLoaded);
        const after = await snapshot();
        for (const other of DATASET_ORDER.filter((table) => table !== dataset)) {
          // A new units file clears the other datasets: their codes belonged to the old units.
          if (dataset === 'units') expect(await count(other)).toBe(0);
          else expect(after[other]).toBe(before[other]);
        }
        expect(await stagingTables()).toBe(0);
        current = next;
      }),
      { ...RUN, numRuns: 25 },
    );
  });

  it('does what the upload validator says for any file, and keeps the tables consistent', async () => {
    await fc.assert(
      fc.asyncProperty(csvRecipe({ shape: 'chaotic', maxRecords: 12 }), async (recipe) => {
        const file = await rendered(recipe);
        const { dataset } = recipe;
        const before = await snapshot();
        const prediction = await predict(dataset, file.bytes);
        const outcome = await upload(dataset, file.bytes);
        if (!prediction.ok || prediction.report.rowsLoaded === 0) {
          await expectRefused(outcome, prediction, before);
          return;
        }
        expect(outcome.error).toBeNull();
        if (outcome.next === null) throw new Error('not loaded');
        const report = outcome.next.reports.find((entry) => entry.dataset === dataset);
        expect(report).toEqual(prediction.report);
        expect(prediction.report.rowsRead).toBe(file.records);
        expect(await count(dataset)).toBe(prediction.report.rowsLoaded);
        expect(await stagingTables()).toBe(0);
        current = outcome.next;
      }),
      { ...RUN, numRuns: 20 },
    );
  });
});
