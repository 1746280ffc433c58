import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseCsv } from '../../src/data/parse-csv.ts';
import type { ParsedCsv } from '../../src/data/parse-csv.ts';
import type { DatasetSpec } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import type { ValidateOptions, ValidationResult } from '../../src/data/validate-dataset.ts';
import type {
  IssueCode,
  IssueExpected,
  IssueFound,
  ValidationIssue,
} from '../../src/data/validation-issue.ts';

/** Shared by the validate-dataset tests: run the validator and check reconciliation each time. */
export const FILE = 'test.csv';

export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/validation/${name}`, import.meta.url), 'utf8');

/**
 * rows read = rows loaded + rows rejected, checked against counts made independently of the
 * validator: records from the parser, rejected rows from the lines that carry an error.
 */
export function expectReconciled(
  result: ValidationResult,
  csv: ParsedCsv,
  spec: DatasetSpec,
): void {
  expect(result.rowsRead).toBe(csv.records.length);
  expect(result.rowsLoaded).toBe(result.rows.length);
  expect(result.rowsLoaded + result.rowsRejected).toBe(result.rowsRead);

  const recordLines = new Set(csv.records.map((record) => record.line));
  const errorLines = new Set(
    result.issues
      .filter((issue) => issue.severity === 'error' && recordLines.has(issue.line))
      .map((issue) => issue.line),
  );
  const headerBroken = result.issues.some((issue) => issue.code === 'missing_column');
  expect(result.rowsRejected).toBe(headerBroken ? result.rowsRead : errorLines.size);
  const flaggedLines = new Set(
    result.issues
      .filter((issue) => issue.severity === 'warning' && !errorLines.has(issue.line))
      .map((issue) => issue.line),
  );
  expect(result.rowsFlagged).toBe(flaggedLines.size);

  for (const issue of result.issues) {
    expect(issue.dataset).toBe(spec.id);
    expect(issue.file).toBe(result.file);
  }
  for (const row of result.rows) {
    expect(Object.keys(row).sort()).toEqual(spec.columns.map((column) => column.name).sort());
  }
}

/** Parses and validates, asserting the reconciliation every time. */
export function run(
  spec: DatasetSpec,
  text: string,
  options: ValidateOptions = {},
  file = FILE,
): ValidationResult {
  const csv = parseCsv(text);
  const result = validateDataset(spec, file, csv, options);
  expect(result.dataset).toBe(spec.id);
  expect(result.file).toBe(file);
  expectReconciled(result, csv, spec);
  return result;
}

export function issue(
  spec: DatasetSpec,
  line: number,
  column: string,
  code: IssueCode,
  found?: IssueFound,
  expected?: IssueExpected,
  severity: 'error' | 'warning' = 'error',
): ValidationIssue {
  return {
    dataset: spec.id,
    file: FILE,
    line,
    column,
    code,
    severity,
    ...(found === undefined ? {} : { found }),
    ...(expected === undefined ? {} : { expected }),
  };
}

export const csvText = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** Replaces one cell of an unquoted CSV text (`line` is 1-based, as in issues). */
export function withCell(text: string, line: number, column: string, value: string): string {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').split(',');
  const target = lines[line - 1];
  const index = header.indexOf(column);
  if (target === undefined || index < 0 || target.includes('"'))
    throw new Error('bad fixture edit');
  const cells = target.split(',');
  cells[index] = value;
  lines[line - 1] = cells.join(',');
  return lines.join('\n');
}

export const UNITS_HEADER = 'code,name,type,former_district,area_km2,population,population_source';
export const SCORES_HEADER =
  'code,snapshot_date,period_type,period,ckmb,tdgq,dvctt,tttt,mdsh,mdhl,total';
export const DOSSIERS_HEADER =
  'code,month,carried_over,received_online,received_in_person,received_postal,resolved_early,resolved_on_time,resolved_late,pending_in_time,pending_overdue,returned';
export const PETITIONS_HEADER =
  'code,month,topic,received,answered_on_spot,answered_later,transferred,pending';

export const UNIT_CODES = ['00004', '20242', '20300', '20301', '20400', '20500', '20600'];
