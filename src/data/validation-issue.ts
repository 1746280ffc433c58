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
  /** What was found, and what was expected, in neutral form (numbers, values). */
  readonly found?: string;
  readonly expected?: string;
}

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

/** English one-line description, for the build script and logs; the UI uses i18n. */
export function describeIssue(issue: ValidationIssue): string {
  const where = `${issue.file}:${issue.line}${issue.column ? ` [${issue.column}]` : ''}`;
  const found = issue.found === undefined ? '' : ` found "${issue.found}"`;
  const expected = issue.expected === undefined ? '' : ` expected ${issue.expected}`;
  return `${issue.severity} ${where} ${issue.code}${found}${expected}`;
}
