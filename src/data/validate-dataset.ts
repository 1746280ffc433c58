import { matchHeader } from './column-aliases.ts';
import { ROW_RULES } from './dataset-rules.ts';
import type { ParsedCsv } from './parse-csv.ts';
import type { CellValue, DatasetSpec, ValidRow } from './schema.ts';
import { numberLocaleOf, validateCell, type NumberLocale } from './validate-cell.ts';
import type { ValidationIssue } from './validation-issue.ts';

export interface ValidationResult {
  readonly dataset: DatasetSpec['id'];
  readonly file: string;
  /** Accepted rows, each with exactly the spec's columns, in file order. */
  readonly rows: readonly ValidRow[];
  readonly issues: readonly ValidationIssue[];
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
  /** Loaded rows that carry at least one warning. */
  readonly rowsFlagged: number;
}

export interface ValidateOptions {
  /** Unit codes known to the units dataset; rows of other datasets must use one of them. */
  readonly knownCodes?: ReadonlySet<string>;
  /** Declared number notation of the whole file; otherwise decided per column. */
  readonly numberLocale?: NumberLocale;
}

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
  const issues: ValidationIssue[] = [];
  const report = (issue: Omit<ValidationIssue, 'dataset' | 'file'>) => {
    issues.push({ dataset: spec.id, file, ...issue });
  };

  const headerLine = Math.max(csv.headerLine, 1);
  const header = matchHeader(spec, csv.header);
  const headerIndex = header.index;
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
      found: error.reason,
    });
  }
  const duplicated = header.duplicated;
  for (const column of duplicated) {
    report({ line: headerLine, column, code: 'duplicate_column', severity: 'error' });
  }
  const headerUnusable = missing.length > 0 || headerErrors.length > 0 || duplicated.length > 0;

  const parseErrorLines = new Map(csv.errors.map((error) => [error.line, error.reason]));
  const numberLocales = new Map(
    spec.columns.map((column) => {
      const index = headerIndex.get(column.name);
      const values =
        index === undefined ? [] : csv.records.map((record) => record.values[index] ?? '');
      return [
        column.name,
        options.numberLocale ?? numberLocaleOf(column.kind, values, csv.delimiter),
      ];
    }),
  );
  const seenKeys = new Map<string, number>();
  const rows: ValidRow[] = [];
  let rowsFlagged = 0;

  for (const record of csv.records) {
    const rowIssueCount = issues.length;
    const parseError = parseErrorLines.get(record.line);
    if (parseError !== undefined) {
      report({
        line: record.line,
        column: '',
        code: 'parse_error',
        severity: 'error',
        found: parseError,
      });
    } else if (record.values.length !== csv.header.length) {
      report({
        line: record.line,
        column: '',
        code: 'field_count',
        severity: 'error',
        found: String(record.values.length),
        expected: String(csv.header.length),
      });
    }
    if (headerUnusable || issues.length > rowIssueCount) continue;

    const row: Record<string, CellValue> = {};
    for (const column of spec.columns) {
      const index = headerIndex.get(column.name);
      const raw = index === undefined ? '' : (record.values[index] ?? '');
      const result = validateCell(raw, column.kind, column.nullable ?? false, {
        numberLocale: numberLocales.get(column.name) ?? 'plain',
      });
      if (result.ok) {
        row[column.name] = result.value;
      } else {
        report({
          line: record.line,
          column: column.name,
          code: result.code,
          severity: 'error',
          found: raw,
          ...(result.expected === undefined ? {} : { expected: result.expected }),
        });
      }
    }
    if (issues.length > rowIssueCount) continue;

    const code = row.code;
    if (options.knownCodes && typeof code === 'string' && !options.knownCodes.has(code)) {
      report({
        line: record.line,
        column: 'code',
        code: 'unknown_code',
        severity: 'error',
        found: code,
      });
      continue;
    }

    const findings = ROW_RULES[spec.id](row);
    for (const finding of findings) report({ line: record.line, ...finding });
    if (findings.some((finding) => finding.severity === 'error')) continue;

    const key = spec.key.map((column) => String(row[column])).join('\u0000');
    const firstLine = seenKeys.get(key);
    if (firstLine !== undefined) {
      report({
        line: record.line,
        column: spec.key.join(', '),
        code: 'duplicate_key',
        severity: 'error',
        found: spec.key.map((column) => String(row[column])).join(' / '),
        expected: `unique (first on line ${firstLine})`,
      });
      continue;
    }
    seenKeys.set(key, record.line);
    if (findings.length > 0) rowsFlagged += 1;
    rows.push(row);
  }

  const rowsRead = csv.records.length;
  return {
    dataset: spec.id,
    file,
    rows,
    issues,
    rowsRead,
    rowsLoaded: rows.length,
    rowsRejected: rowsRead - rows.length,
    rowsFlagged,
  };
}
