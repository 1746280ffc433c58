import {
  createDatasetValidator,
  type ValidateOptions,
  type ValidationResult,
} from './dataset-validator.ts';
import type { ParsedCsv } from './parse-csv.ts';
import type { DatasetSpec } from './schema.ts';

export type { ValidateOptions, ValidationResult };

/**
 * Turns tokenised CSV records into typed rows. Every record ends up either loaded or rejected,
 * and each problem is reported with file, line, column and reason: rows read = loaded + rejected.
 */
export function validateDataset(
  spec: DatasetSpec,
  file: string,
  csv: ParsedCsv,
  options: ValidateOptions = {},
): ValidationResult {
  const validator = createDatasetValidator(spec, file, options);
  const rows = validator.push(csv);
  return { ...validator.finish(), rows };
}
