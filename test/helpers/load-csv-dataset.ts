import { parseCsv } from '../../src/data/parse-csv.ts';
import type { DatasetSpec } from '../../src/data/schema.ts';
import {
  validateDataset,
  type ValidateOptions,
  type ValidationResult,
} from '../../src/data/validate-dataset.ts';
import type { DbClient } from '../../src/db/db-client.ts';
import { replaceTable } from '../../src/db/replace-table.ts';

/**
 * Parses and validates one CSV fixture, then replaces the dataset's table with the accepted rows,
 * as the app's loaders do. Nothing is dropped silently: every rejected row is in the issues.
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
