import { matchHeader } from './column-aliases.ts';
import type { ParsedCsv } from './parse-csv.ts';
import type { ColumnSpec, DatasetSpec } from './schema.ts';
import { numberLocaleOf, type CellResult, type NumberLocale } from './validate-cell.ts';
import type { IssueExpected, ValidationIssue } from './validation-issue.ts';

export interface ColumnState {
  readonly spec: ColumnSpec;
  readonly index: number | undefined;
  readonly nullable: boolean;
  readonly options: { readonly numberLocale: NumberLocale };
  /**
   * Results by raw value, for the kinds that are costly to read and repeat over millions of rows
   * (dates, months, periods, enums); null for the others, cheaper to read again than to look up.
   */
  readonly memo: Map<string, CellResult> | null;
  /** A count or number column in plain notation: most cells take `readPlainNumber`. */
  readonly plainNumbers: boolean;
  /** The previous row's value and result: files are often sorted by date or period. */
  lastRaw: string | null;
  lastResult: CellResult | null;
}

const MEMO_KINDS: ReadonlySet<ColumnSpec['kind']['type']> = new Set([
  'date',
  'month',
  'period',
  'enum',
]);

export interface HeaderState {
  readonly columns: readonly ColumnState[];
  readonly width: number;
  readonly unusable: boolean;
}

/** What a header or record with an unclosed quote should have had. */
export const CLOSED_QUOTE: IssueExpected = { kind: 'closed_quote' };

/**
 * Reads a file's header for the validator: which column each spec column is, the problems of
 * the header itself (missing, repeated or malformed columns make every row unusable), and each
 * column's number notation, decided on the records that come with the header unless declared.
 */
export function readDatasetHeader(
  spec: DatasetSpec,
  csv: ParsedCsv,
  declaredLocale: NumberLocale | undefined,
  report: (issue: Omit<ValidationIssue, 'dataset' | 'file'>) => void,
): HeaderState {
  const headerLine = Math.max(csv.headerLine, 1);
  const matched = matchHeader(spec, csv.header);
  const headerIndex = matched.index;
  const missing = spec.columns.filter(
    (column) => !column.nullable && !headerIndex.has(column.name),
  );
  for (const column of missing) {
    report({ line: headerLine, column: column.name, code: 'missing_column', severity: 'error' });
  }
  // A header that is itself malformed, or names a column twice, makes every row ambiguous.
  const headerErrors = csv.errors.filter((error) => error.line === csv.headerLine);
  for (const error of headerErrors) {
    report({
      line: headerLine,
      column: '',
      code: 'parse_error',
      severity: 'error',
      found: error.problem,
      expected: CLOSED_QUOTE,
    });
  }
  for (const column of matched.duplicated) {
    report({ line: headerLine, column, code: 'duplicate_column', severity: 'error' });
  }
  const columns = spec.columns.map((column): ColumnState => {
    const index = headerIndex.get(column.name);
    const values =
      index === undefined ? [] : csv.records.map((record) => record.values[index] ?? '');
    const numberLocale = declaredLocale ?? numberLocaleOf(column.kind, values, csv.delimiter);
    return {
      spec: column,
      index,
      nullable: column.nullable ?? false,
      options: { numberLocale },
      memo: MEMO_KINDS.has(column.kind.type) ? new Map() : null,
      plainNumbers:
        numberLocale === 'plain' && (column.kind.type === 'number' || column.kind.type === 'count'),
      lastRaw: null,
      lastResult: null,
    };
  });
  return {
    columns,
    width: csv.header.length,
    unusable: missing.length > 0 || headerErrors.length > 0 || matched.duplicated.length > 0,
  };
}
