import { expect } from 'vitest';
import { fromColumnBatch } from '../../src/data/column-batch.ts';
import type { ValidationResult } from '../../src/data/dataset-validator.ts';
import { decodeText } from '../../src/data/decode-text.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';
import { DATASET_SPECS, type DatasetId, type ValidRow } from '../../src/data/schema.ts';
import { validateCsvStream } from '../../src/data/validate-csv-stream.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { chunksOf } from './csv-bytes.ts';
import { unitCode } from './large-upload.ts';

// The two paths the CSV property tests compare, and the reconciliation they check.

/** The units the generated files' other datasets refer to (units files use `UNIT_POOL`). */
export const CODES = ['20242', '20257', '20260', '00004', '20300'];
export const KNOWN = new Set(CODES);
/** The large files' first block uses codes of its own (`scoreLine`'s). */
export const KNOWN_LARGE = new Set([
  ...CODES,
  ...Array.from({ length: 500 }, (_, unit) => unitCode(unit)),
]);

const optionsFor = (dataset: DatasetId, known: ReadonlySet<string>) =>
  dataset === 'units' ? {} : { knownCodes: known };

/** Streams bytes cut into `chunks` through the upload validator, collecting the batches' rows. */
export async function stream(
  chunks: readonly Uint8Array[],
  dataset: DatasetId,
  known: ReadonlySet<string> = KNOWN,
  batchRows = 7,
) {
  const rows: ValidRow[] = [];
  const result = await validateCsvStream(
    chunksOf(chunks),
    DATASET_SPECS[dataset],
    'f.csv',
    { batchRows, ...optionsFor(dataset, known) },
    (batch) => {
      rows.push(...fromColumnBatch(batch));
      return Promise.resolve();
    },
  );
  return { result, rows };
}

/**
 * A count written `-0` is -0 in `validateDataset`'s rows but 0 out of the Int32 column batch (the
 * same value once in the table): compare rows with every zero made +0.
 */
export function sameZero(rows: readonly ValidRow[]): ValidRow[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => [name, Object.is(value, -0) ? 0 : value]),
    ),
  );
}

/** The whole-file path: `decodeText`, `parseCsv`, `validateDataset`. */
export function whole(bytes: Uint8Array, dataset: DatasetId, known: ReadonlySet<string> = KNOWN) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const csv = parseCsv(decoded.text);
  const result = validateDataset(DATASET_SPECS[dataset], 'f.csv', csv, optionsFor(dataset, known));
  return { ...decoded, csv, result };
}

/**
 * The reconciliation, counted apart from the validator's own totals: a rejected record is a line
 * that carries an error (every record of a file whose header is unusable), a flagged one a line
 * that carries only warnings.
 */
export function expectReconciled(report: Omit<ValidationResult, 'rows'>, headerLine: number): void {
  expect(report.rowsRead).toBe(report.rowsLoaded + report.rowsRejected);
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const headerBroken = errors.some((issue) => issue.line === Math.max(headerLine, 1));
  const errorLines = new Set(errors.map((issue) => issue.line));
  expect(report.rowsRejected).toBe(headerBroken ? report.rowsRead : errorLines.size);
  const flagged = new Set(
    report.issues
      .filter((issue) => issue.severity === 'warning' && !errorLines.has(issue.line))
      .map((issue) => issue.line),
  );
  expect(report.rowsFlagged).toBe(headerBroken ? 0 : flagged.size);
}
