import type { ValidationResult } from './validate-dataset.ts';

/** What loading one file did: the reconciliation and the issues, without the rows themselves. */
export type DatasetLoadReport = Omit<ValidationResult, 'rows'>;

export function toLoadReport(result: ValidationResult): DatasetLoadReport {
  const { rows, ...report } = result;
  return report;
}
