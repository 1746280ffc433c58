import { describeCsvProblem, type CsvProblem } from './csv-problem.ts';
import type { DatasetId } from './schema.ts';

/** Why a value or a row was rejected (error) or flagged (warning). Texts live in i18n `issue.*`. */
export type IssueCode =
  | 'parse_error'
  | 'missing_column'
  | 'duplicate_column'
  | 'field_count'
  | 'empty_required'
  | 'bad_code'
  | 'unknown_code'
  | 'bad_enum'
  | 'bad_month'
  | 'bad_date'
  | 'not_integer'
  | 'negative'
  | 'not_number'
  | 'out_of_range'
  | 'control_character'
  | 'replacement_character'
  | 'total_mismatch'
  | 'petition_sum'
  | 'duplicate_key'
  | 'dossier_balance';

export interface ValidationIssue {
  readonly dataset: DatasetId;
  readonly file: string;
  /** 1-based line in the file; 1 is the header. */
  readonly line: number;
  /** The column the problem is in, or '' when it concerns the whole row. */
  readonly column: string;
  readonly code: IssueCode;
  readonly severity: 'error' | 'warning';
  /** What was found, and what was expected, in neutral form: the Data page words them. */
  readonly found?: IssueFound;
  readonly expected?: IssueExpected;
}

/**
 * What was found: the text in the file as it was read (a cell, a unit code, the key's values
 * joined by ` / `), a number the row gives (`field_count`: the fields on the line;
 * `total_mismatch`: the total; `petition_sum`: the received count; `dossier_balance`: resolved +
 * in progress + returned), or what the tokenizer found wrong (`parse_error`).
 */
export type IssueFound = string | number | CsvProblem;

/** What a valid value or row would have been, by kind, with the numbers it depends on. */
export type IssueExpected =
  /** `bad_code`: this many digits. */
  | { readonly kind: 'digits'; readonly count: number }
  /** `bad_enum`: one of the values. */
  | { readonly kind: 'one_of'; readonly values: readonly string[] }
  /** `bad_month`, `bad_date`: a month or a date as the validator reads them. */
  | { readonly kind: 'month' }
  | { readonly kind: 'date' }
  /** `negative`, `out_of_range`: within bounds (null: unbounded on that side). */
  | { readonly kind: 'range'; readonly min: number | null; readonly max: number | null }
  /** `field_count`: as many fields as the header. */
  | { readonly kind: 'fields'; readonly count: number }
  /** `duplicate_key`: a key not seen before; it was first on `firstLine`. */
  | { readonly kind: 'unique'; readonly firstLine: number }
  /** `total_mismatch`: the groups' sum, within the tolerance. */
  | { readonly kind: 'group_sum'; readonly sum: number; readonly tolerance: number }
  /** `petition_sum`: the sum of the outcomes. */
  | { readonly kind: 'outcome_sum'; readonly sum: number }
  /** `dossier_balance`: carried over + received. */
  | { readonly kind: 'inflow'; readonly inflow: number }
  /** `parse_error`: every quote closed in its cell. */
  | { readonly kind: 'closed_quote' };

/** How many issues of each code were counted but not kept, when the list is bounded. */
export type OmittedIssues = Readonly<Partial<Record<IssueCode, number>>>;

/** The codes with omitted issues and how many of each, in the order they were first omitted. */
export function omittedIssueCounts(
  omitted: OmittedIssues,
): { readonly code: IssueCode; readonly count: number }[] {
  // The validator only ever writes issue codes as keys.
  return (Object.entries(omitted) as [IssueCode, number][]).map(([code, count]) => ({
    code,
    count,
  }));
}

/** How many issues there were in all, kept or not. */
export function countIssues(issues: readonly ValidationIssue[], omitted: OmittedIssues): number {
  return Object.values(omitted).reduce((sum, count) => sum + count, issues.length);
}

function describeFound(found: IssueFound): string {
  if (typeof found === 'string') return `"${found}"`;
  return typeof found === 'number' ? String(found) : describeCsvProblem(found);
}

function describeExpected(expected: IssueExpected): string {
  switch (expected.kind) {
    case 'digits':
      return `${expected.count} digits`;
    case 'one_of':
      return expected.values.join(' | ');
    case 'month':
      return 'YYYY-MM';
    case 'date':
      return 'YYYY-MM-DD';
    case 'range':
      if (expected.min === null) return `≤ ${expected.max ?? '∞'}`;
      return expected.max === null ? `≥ ${expected.min}` : `[${expected.min}, ${expected.max}]`;
    case 'fields':
      return `${expected.count} fields`;
    case 'unique':
      return `unique (first on line ${expected.firstLine})`;
    case 'group_sum':
      return `${expected.sum} ± ${expected.tolerance}`;
    case 'outcome_sum':
      return String(expected.sum);
    case 'inflow':
      return String(expected.inflow);
    case 'closed_quote':
      return 'every quote closed';
  }
}

/** English one-line description, for the build script and logs; the UI uses i18n. */
export function describeIssue(issue: ValidationIssue): string {
  const where = `${issue.file}:${issue.line}${issue.column ? ` [${issue.column}]` : ''}`;
  const found = issue.found === undefined ? '' : ` found ${describeFound(issue.found)}`;
  const expected =
    issue.expected === undefined ? '' : ` expected ${describeExpected(issue.expected)}`;
  return `${issue.severity} ${where} ${issue.code}${found}${expected}`;
}
