import { toLoadReport, type DatasetLoadReport } from '../data/load-report.ts';
import { DATASET_ORDER, DATASET_SPECS, type DatasetId } from '../data/schema.ts';
import type { ValidationResult } from '../data/validate-dataset.ts';
import { getUnitCodes } from '../db/queries/get-unit-codes.ts';
import { replaceTables, type TableReplacement } from '../db/replace-table.ts';
import type { DatasetOrigin, LoadedData } from './loaded-data.ts';
import { EmptyUploadError } from './upload-errors.ts';

export interface Upload {
  readonly dataset: DatasetId;
  readonly name: string;
  /** The file itself (browser) or its text (tests). */
  readonly source: Blob | string;
}

/** Parses and validates one file; the browser does it in a worker, tests in process. */
export type ValidateUpload = (
  dataset: DatasetId,
  name: string,
  source: Blob | string,
  knownCodes: readonly string[] | undefined,
) => Promise<ValidationResult>;

let uploadCount = 0;

/**
 * Replaces the datasets the user uploaded, after validating every file (units first: the
 * others are checked against its codes, or against the loaded units when none is uploaded).
 * Tables are only touched once all files are validated. A new units file clears the datasets
 * not uploaded with it, since their codes belong to the old units. Returns the new state, with
 * a new version so every cached query is recomputed.
 */
export async function loadUploads(
  current: LoadedData,
  uploads: readonly Upload[],
  validate: ValidateUpload,
): Promise<LoadedData> {
  const byDataset = new Map<DatasetId, Upload>();
  for (const upload of uploads) {
    if (byDataset.has(upload.dataset)) {
      throw new Error(`two files for ${upload.dataset}: ${upload.name}`);
    }
    byDataset.set(upload.dataset, upload);
  }
  if (byDataset.size === 0) throw new Error('no file to load');

  const results = new Map<DatasetId, ValidationResult>();
  const unitsUpload = byDataset.get('units');
  let knownCodes: readonly string[];
  if (unitsUpload) {
    const units = await validate('units', unitsUpload.name, unitsUpload.source, undefined);
    results.set('units', units);
    knownCodes = units.rows.map((row) => String(row.code));
  } else {
    knownCodes = await getUnitCodes(current.db);
  }
  for (const [dataset, upload] of byDataset) {
    if (dataset === 'units') continue;
    results.set(dataset, await validate(dataset, upload.name, upload.source, knownCodes));
  }

  // A file without a single valid row would wipe its dataset: refuse the whole load instead.
  const empty = [...results.values()].filter((result) => result.rows.length === 0);
  if (empty.length > 0) throw new EmptyUploadError(empty.map(toLoadReport));

  const origins: Record<DatasetId, DatasetOrigin> = { ...current.origins };
  const reports = new Map<DatasetId, DatasetLoadReport>(
    current.reports.map((report) => [report.dataset, report]),
  );
  const replacements: TableReplacement[] = [];
  for (const dataset of DATASET_ORDER) {
    const spec = DATASET_SPECS[dataset];
    const result = results.get(dataset);
    if (result) {
      replacements.push({ spec, rows: result.rows });
      origins[dataset] = 'upload';
      reports.set(dataset, toLoadReport(result));
    } else if (unitsUpload) {
      replacements.push({ spec, rows: [] });
      origins[dataset] = 'cleared';
      reports.set(dataset, emptyReport(dataset));
    }
  }
  // All tables at once, or none: an engine error leaves the previous data queryable.
  await replaceTables(current.db, replacements);

  uploadCount += 1;
  return {
    db: current.db,
    version: `${current.version}+upload${uploadCount}`,
    synthetic:
      current.synthetic &&
      DATASET_ORDER.some((dataset) => dataset !== 'units' && origins[dataset] === 'published'),
    reports: DATASET_ORDER.map((dataset) => reports.get(dataset) ?? emptyReport(dataset)),
    origins,
    published: current.published,
  };
}

function emptyReport(dataset: DatasetId): DatasetLoadReport {
  return {
    dataset,
    file: '—',
    issues: [],
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsFlagged: 0,
  };
}
