import type { ColumnBatch, ColumnVector } from '../data/column-batch.ts';
import type { DatasetLoadReport } from '../data/load-report.ts';
import { DATASET_ORDER, type DatasetId } from '../data/schema.ts';
import type { InspectedFile, Recognition } from '../data/recognise-header.ts';
import type { StreamProgress } from '../data/validate-csv-stream.ts';
import { UNREADABLE_REASONS, type UnreadableReason } from './upload-errors.ts';

/**
 * The messages between the page and the validation worker (`validate-worker.ts`), one worker per
 * file. The page sends `start`; the worker streams the file and posts each batch of accepted
 * rows (its buffers transferred, not copied) and then `done` or `failed`. Flow control: the
 * worker has at most `MAX_BATCHES_IN_FLIGHT` batches (about 1.4 MB each) not yet inserted and
 * waits for an `ack` (one per inserted batch) before posting more, so a file read faster than it
 * is inserted never piles up in memory.
 */
export interface StartRequest {
  readonly type: 'start';
  readonly dataset: DatasetId;
  readonly name: string;
  /** The file itself (browser) or its text. */
  readonly source: Blob | string;
  readonly knownCodes: readonly string[] | null;
  /** Send back the `code` of every accepted row (a units file: the others are checked against it). */
  readonly collectCodes: boolean;
  /** The sheet of an `.xlsx` workbook to read; null for the first that fits. */
  readonly sheet: string | null;
  readonly batchRows: number;
  readonly maxIssuesPerCode: number;
}

export interface AckRequest {
  readonly type: 'ack';
}

/** Say what a file is (its dataset, or its sheets and theirs) before it is loaded. */
export interface InspectRequest {
  readonly type: 'inspect';
  readonly source: Blob;
}

export type WorkerRequest = StartRequest | AckRequest | InspectRequest;

export type WorkerMessage =
  | { readonly type: 'progress'; readonly progress: StreamProgress }
  | { readonly type: 'batch'; readonly batch: ColumnBatch; readonly progress: StreamProgress }
  | {
      readonly type: 'done';
      readonly report: DatasetLoadReport;
      readonly codes: readonly string[] | null;
    }
  | { readonly type: 'inspected'; readonly file: InspectedFile }
  | {
      readonly type: 'failed';
      readonly unreadable: UnreadableReason | null;
      readonly message: string;
    };

export const MAX_BATCHES_IN_FLIGHT = 4;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** A request as the worker receives it (anything else is ignored). */
export function parseWorkerRequest(value: unknown): WorkerRequest | null {
  if (!isRecord(value)) return null;
  if (value.type === 'ack') return { type: 'ack' };
  if (value.type === 'inspect') {
    return value.source instanceof Blob ? { type: 'inspect', source: value.source } : null;
  }
  if (value.type !== 'start') return null;
  const dataset = DATASET_ORDER.find((id) => id === value.dataset);
  const source = value.source;
  const knownCodes = value.knownCodes;
  if (dataset === undefined || !(typeof source === 'string' || source instanceof Blob)) {
    return null;
  }
  if (!isCount(value.batchRows) || value.batchRows === 0 || !isCount(value.maxIssuesPerCode)) {
    return null;
  }
  return {
    type: 'start',
    dataset,
    name: typeof value.name === 'string' ? value.name : 'upload.csv',
    source,
    knownCodes: Array.isArray(knownCodes)
      ? knownCodes.filter((code): code is string => typeof code === 'string')
      : null,
    collectCodes: value.collectCodes === true,
    sheet: typeof value.sheet === 'string' ? value.sheet : null,
    batchRows: value.batchRows,
    maxIssuesPerCode: value.maxIssuesPerCode,
  };
}

/**
 * A worker message as the page receives it, checked: the worker runs this build's own code, so
 * a mismatch means a stale or foreign worker, and its data must not reach the engine.
 */
export function parseWorkerMessage(value: unknown): WorkerMessage | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'progress':
      return isProgress(value.progress) ? { type: 'progress', progress: value.progress } : null;
    case 'batch':
      return isProgress(value.progress) && isColumnBatch(value.batch)
        ? { type: 'batch', batch: value.batch, progress: value.progress }
        : null;
    case 'done': {
      const codes = value.codes;
      return isLoadReport(value.report) && (codes === null || isStringArray(codes))
        ? { type: 'done', report: value.report, codes }
        : null;
    }
    case 'inspected': {
      const file = parseInspectedFile(value.file);
      return file === null ? null : { type: 'inspected', file };
    }
    case 'failed':
      return {
        type: 'failed',
        unreadable: UNREADABLE_REASONS.find((reason) => reason === value.unreadable) ?? null,
        message: typeof value.message === 'string' ? value.message : 'validation failed',
      };
    default:
      return null;
  }
}

function parseRecognition(value: unknown): Recognition | null {
  if (!isRecord(value) || !isStringArray(value.header)) return null;
  const dataset = DATASET_ORDER.find((id) => id === value.dataset) ?? null;
  const nearest = value.nearest;
  if (nearest === null || nearest === undefined) {
    return { header: value.header, dataset, nearest: null };
  }
  if (!isRecord(nearest) || !isCount(nearest.matched) || !isStringArray(nearest.missing)) {
    return null;
  }
  const fitted = DATASET_ORDER.find((id) => id === nearest.dataset);
  if (fitted === undefined) return null;
  return {
    header: value.header,
    dataset,
    nearest: { dataset: fitted, matched: nearest.matched, missing: nearest.missing },
  };
}

/** What the worker says a file is, checked field by field. */
export function parseInspectedFile(value: unknown): InspectedFile | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'csv') {
    const recognition = parseRecognition(value.recognition);
    return recognition === null ? null : { kind: 'csv', recognition };
  }
  if (value.kind === 'unreadable') {
    const reason = UNREADABLE_REASONS.find((known) => known === value.reason);
    return reason === undefined ? null : { kind: 'unreadable', reason };
  }
  if (value.kind !== 'xlsx' || !Array.isArray(value.sheets)) return null;
  const sheets: { name: string; rows: number; recognition: Recognition }[] = [];
  for (const sheet of value.sheets as readonly unknown[]) {
    if (!isRecord(sheet) || typeof sheet.name !== 'string' || !isCount(sheet.rows)) return null;
    const recognition = parseRecognition(sheet.recognition);
    if (recognition === null) return null;
    sheets.push({ name: sheet.name, rows: sheet.rows, recognition });
  }
  return { kind: 'xlsx', sheets };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item: unknown) => typeof item === 'string');
}

function isProgress(value: unknown): value is StreamProgress {
  return (
    isRecord(value) &&
    isCount(value.bytesRead) &&
    isCount(value.rowsRead) &&
    isCount(value.rowsLoaded) &&
    isCount(value.rowsRejected)
  );
}

function isLoadReport(value: unknown): value is DatasetLoadReport {
  return (
    isRecord(value) &&
    Array.isArray(value.issues) &&
    isRecord(value.omittedIssues) &&
    isCount(value.rowsRead) &&
    isCount(value.rowsLoaded) &&
    isCount(value.rowsRejected) &&
    isCount(value.rowsFlagged)
  );
}

function isColumnBatch(value: unknown): value is ColumnBatch {
  if (!isRecord(value) || !isCount(value.length) || !Array.isArray(value.columns)) return false;
  const length = value.length;
  return value.columns.every((column: unknown) => isVector(column, length));
}

function isVector(value: unknown, length: number): value is ColumnVector {
  if (!isRecord(value) || typeof value.name !== 'string' || !isCount(value.nulls)) return false;
  const valid = value.valid;
  if (!(valid === null || (valid instanceof Uint8Array && valid.length * 8 >= length))) {
    return false;
  }
  switch (value.type) {
    case 'utf8':
      return (
        value.offsets instanceof Int32Array &&
        value.offsets.length === length + 1 &&
        value.bytes instanceof Uint8Array &&
        (value.offsets[length] ?? -1) <= value.bytes.length
      );
    case 'int32':
    case 'date':
      return value.values instanceof Int32Array && value.values.length === length;
    case 'float64':
      return value.values instanceof Float64Array && value.values.length === length;
    default:
      return false;
  }
}
