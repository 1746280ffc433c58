import type { ColumnBatch } from '../data/column-batch.ts';
import type { DatasetLoadReport } from '../data/load-report.ts';
import { DATASET_ORDER, DATASET_SPECS, type DatasetId } from '../data/schema.ts';
import type { StreamProgress } from '../data/validate-csv-stream.ts';
import { getUnitCodes } from '../db/queries/get-unit-codes.ts';
import { stageTables } from '../db/replace-table.ts';
import type { DatasetOrigin, LoadedData, UploadRecord } from './loaded-data.ts';
import { EmptyUploadError, throwIfCancelled } from './upload-errors.ts';

export interface Upload {
  readonly dataset: DatasetId;
  readonly name: string;
  /** The file itself (browser) or its text (tests). */
  readonly source: Blob | string;
  /** The sheet to read when the file is an `.xlsx` workbook (default: the first that fits). */
  readonly sheet?: string;
  /** When the file was first loaded (a restore keeps it); now by default. */
  readonly loadedAt?: string;
}

/** One file to stream: read, validate, and hand on its accepted rows in batches. */
export interface StreamRequest {
  readonly dataset: DatasetId;
  readonly name: string;
  readonly source: Blob | string;
  /** Codes the rows must use; null for the units file itself. */
  readonly knownCodes: readonly string[] | null;
  /** Return the code of every accepted row (the units file). */
  readonly collectCodes: boolean;
  readonly sheet?: string;
}

export interface StreamSink {
  /** Inserts one batch of accepted rows; the stream waits for it before handing on many more. */
  readonly insert: (batch: ColumnBatch) => Promise<void>;
  readonly onProgress: (progress: StreamProgress) => void;
  /** Aborted: stop at once, rejecting with `UploadCancelledError`. */
  readonly signal: AbortSignal | undefined;
}

export interface StreamedFile {
  /** The reconciliation and the issues (rows read = loaded + rejected). */
  readonly report: DatasetLoadReport;
  readonly codes: readonly string[] | null;
}

/** Streams one file; the browser does it in a worker (`validateInWorker`), tests in process. */
export type StreamUpload = (request: StreamRequest, sink: StreamSink) => Promise<StreamedFile>;

/** Where a load is: which file, how much of it is read, validated and inserted. */
export interface UploadProgress {
  readonly dataset: DatasetId;
  readonly file: string;
  /** 1-based position of the file in the load, and the number of files. */
  readonly index: number;
  readonly count: number;
  /** The file's size, null when it is text already (tests). */
  readonly bytesTotal: number | null;
  readonly bytesRead: number;
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  readonly rowsInserted: number;
  /** `replacing` once every file is in: the tables are being swapped. */
  readonly stage: 'reading' | 'replacing';
}

export interface LoadUploadsOptions {
  /** Cancels the load: the worker ends, the staging tables are dropped, nothing changes. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: UploadProgress) => void;
}

/** Issues kept per code and file; every issue is still counted (`omittedIssues`). */
export const UPLOAD_ISSUES_PER_CODE = 1000;

let uploadCount = 0;

/**
 * Replaces the datasets the user uploaded. Each file is streamed (units first: the others are
 * checked against its codes, or against the loaded units when none is uploaded) and its accepted
 * rows are inserted, batch by batch as they are validated, into a staging table; only when every
 * file is in are the tables swapped, in one transaction. A file with no valid row, an unreadable
 * file, an engine error or a cancel drops the staging tables and changes nothing. A new units
 * file clears the datasets not uploaded with it, since their codes belong to the old units.
 * Returns the new state, with a new version so every cached query is recomputed.
 */
export async function loadUploads(
  current: LoadedData,
  uploads: readonly Upload[],
  stream: StreamUpload,
  options: LoadUploadsOptions = {},
): Promise<LoadedData> {
  const { signal, onProgress } = options;
  const byDataset = new Map<DatasetId, Upload>();
  for (const upload of uploads) {
    if (byDataset.has(upload.dataset)) {
      throw new Error(`two files for ${upload.dataset}: ${upload.name}`);
    }
    byDataset.set(upload.dataset, upload);
  }
  if (byDataset.size === 0) throw new Error('no file to load');
  throwIfCancelled(signal);

  const unitsUploaded = byDataset.has('units');
  let knownCodes: readonly string[] | null = unitsUploaded ? null : await getUnitCodes(current.db);
  const files = DATASET_ORDER.flatMap((dataset) => {
    const upload = byDataset.get(dataset);
    return upload === undefined ? [] : [upload];
  });
  // A new units file replaces every table: the others are uploaded with it or cleared.
  const replaced = DATASET_ORDER.filter((dataset) => unitsUploaded || byDataset.has(dataset));
  const staged = await stageTables(
    current.db,
    replaced.map((dataset) => DATASET_SPECS[dataset]),
  );
  const results = new Map<DatasetId, DatasetLoadReport>();
  try {
    for (const [position, upload] of files.entries()) {
      const { dataset, name, source, sheet } = upload;
      const progress = (read: StreamProgress, stage: UploadProgress['stage'] = 'reading') => {
        onProgress?.({
          dataset,
          file: name,
          index: position + 1,
          count: files.length,
          bytesTotal: typeof source === 'string' ? null : source.size,
          ...read,
          rowsInserted: staged.inserted(dataset),
          stage,
        });
      };
      throwIfCancelled(signal);
      progress({ bytesRead: 0, rowsRead: 0, rowsLoaded: 0, rowsRejected: 0 });
      const streamed = await stream(
        {
          dataset,
          name,
          source,
          knownCodes: dataset === 'units' ? null : knownCodes,
          collectCodes: dataset === 'units',
          ...(sheet === undefined ? {} : { sheet }),
        },
        { insert: (batch) => staged.append(dataset, batch), onProgress: progress, signal },
      );
      results.set(dataset, streamed.report);
      if (dataset === 'units') knownCodes = streamed.codes ?? [];
      const { rowsRead, rowsLoaded, rowsRejected } = streamed.report;
      const bytesRead = typeof source === 'string' ? source.length : source.size;
      progress(
        { bytesRead, rowsRead, rowsLoaded, rowsRejected },
        position === files.length - 1 ? 'replacing' : 'reading',
      );
    }
    // A file without a single valid row would wipe its dataset: refuse the whole load instead.
    const empty = [...results.values()].filter((report) => report.rowsLoaded === 0);
    if (empty.length > 0) throw new EmptyUploadError(empty);
    throwIfCancelled(signal);
    // All tables at once, or none: an engine error leaves the previous data queryable.
    await staged.commit();
  } catch (error) {
    await staged.discard();
    throw error;
  }

  const origins: Record<DatasetId, DatasetOrigin> = { ...current.origins };
  const reports = new Map<DatasetId, DatasetLoadReport>(
    current.reports.map((report) => [report.dataset, report]),
  );
  for (const dataset of replaced) {
    const report = results.get(dataset);
    origins[dataset] = report === undefined ? 'cleared' : 'upload';
    reports.set(dataset, report ?? emptyReport(dataset));
  }
  const loadedAt = new Date().toISOString();
  const records: UploadRecord[] = DATASET_ORDER.flatMap((dataset): UploadRecord[] => {
    const upload = byDataset.get(dataset);
    if (upload === undefined) {
      // Kept only when its table was not replaced (or cleared) by this load.
      return replaced.includes(dataset)
        ? []
        : current.uploads.filter((record) => record.dataset === dataset);
    }
    return [
      {
        dataset,
        file: upload.name,
        ...(upload.sheet === undefined ? {} : { sheet: upload.sheet }),
        loadedAt: upload.loadedAt ?? loadedAt,
        source: upload.source,
      },
    ];
  });
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
    uploads: records,
    // What happened when the page opened is no longer news after a load of the user's own.
    restore: null,
  };
}

function emptyReport(dataset: DatasetId): DatasetLoadReport {
  return {
    dataset,
    file: '—',
    issues: [],
    omittedIssues: {},
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsFlagged: 0,
  };
}
