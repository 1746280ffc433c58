import type { DbClient } from '../db/db-client.ts';
import { replaceTable } from '../db/replace-table.ts';
import { parseCsv } from './parse-csv.ts';
import type { DatasetSpec } from './schema.ts';
import {
  validateDataset,
  type ValidateOptions,
  type ValidationResult,
} from './validate-dataset.ts';

/** What loading one file did: the reconciliation and the issues, without the rows themselves. */
export type DatasetLoadReport = Omit<ValidationResult, 'rows'>;

/**
 * Parses and validates one CSV file, then replaces the dataset's table with the accepted rows.
 * Nothing is dropped silently: every rejected row is in the returned issues.
 */
export async function loadCsvDataset(
  db: DbClient,
  spec: DatasetSpec,
  file: string,
  text: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const result = validateDataset(spec, file, parseCsv(text), options);
  await replaceTable(db, spec, result.rows);
  return result;
}

export function toLoadReport(result: ValidationResult): DatasetLoadReport {
  const { rows, ...report } = result;
  return report;
}
