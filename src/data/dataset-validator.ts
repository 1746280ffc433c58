import type { CsvProblem } from './csv-problem.ts';
import { CLOSED_QUOTE, readDatasetHeader, type HeaderState } from './dataset-header.ts';
import { ROW_RULES } from './dataset-rules.ts';
import { createKeyIndex } from './key-index.ts';
import type { CsvRecord, ParsedCsv } from './parse-csv.ts';
import type { CellValue, DatasetSpec, ValidRow } from './schema.ts';
import { readPlainNumber, validateCell, type NumberLocale } from './validate-cell.ts';
import type { IssueCode, OmittedIssues, ValidationIssue } from './validation-issue.ts';

export interface ValidationResult {
  readonly dataset: DatasetSpec['id'];
  readonly file: string;
  /** Accepted rows, each with exactly the spec's columns, in file order. */
  readonly rows: readonly ValidRow[];
  /** The problems found, in file order: all of them, or the first `maxIssuesPerCode` of each code. */
  readonly issues: readonly ValidationIssue[];
  /** How many more problems of each code were found but not kept in `issues`. */
  readonly omittedIssues: OmittedIssues;
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
  /**
   * Keep at most this many issues of each code (every issue is still counted, in
   * `omittedIssues`): a file of two million bad rows is reported without two million objects.
   */
  readonly maxIssuesPerCode?: number;
}

/** `validateDataset` fed piece by piece: what it keeps between pieces is counts and keys. */
export interface DatasetValidator {
  /**
   * Validates the records of the next piece of the file (a `CsvTokenizer` result) and returns the
   * rows accepted among them. The header is read from the first piece, and so is the number
   * notation of each column (`numberLocaleOf` on that piece's values, unless declared): for a
   * streamed file, the first `CSV_GUESS_CHARS` of text (tens of thousands of rows) decide.
   */
  push(csv: ParsedCsv): ValidRow[];
  /** Everything but the rows, once the last piece is in. */
  finish(): Omit<ValidationResult, 'rows'>;
  /** Records validated so far, and how many of them were accepted. */
  readonly rowsRead: number;
  readonly rowsLoaded: number;
}

/** Distinct raw values remembered per column; beyond it values are checked each time. */
const MEMO_VALUES = 4096;

/** Starts a `DatasetValidator` for one file of the dataset. */
export function createDatasetValidator(
  spec: DatasetSpec,
  file: string,
  options: ValidateOptions = {},
): DatasetValidator {
  const maxPerCode = options.maxIssuesPerCode ?? Number.POSITIVE_INFINITY;
  const issues: ValidationIssue[] = [];
  const kept = new Map<IssueCode, number>();
  const omitted: Partial<Record<IssueCode, number>> = {};
  let reported = 0;
  const report = (issue: Omit<ValidationIssue, 'dataset' | 'file'>) => {
    reported += 1;
    const count = kept.get(issue.code) ?? 0;
    if (count < maxPerCode) {
      kept.set(issue.code, count + 1);
      issues.push({ dataset: spec.id, file, ...issue });
    } else {
      omitted[issue.code] = (omitted[issue.code] ?? 0) + 1;
    }
  };

  const seenKeys = createKeyIndex(spec.key);
  const rowTemplate: Record<string, CellValue> = Object.fromEntries(
    spec.columns.map((column) => [column.name, null]),
  );
  let header: HeaderState | null = null;
  let rowsRead = 0;
  let rowsLoaded = 0;
  let rowsFlagged = 0;

  function validateRecord(
    record: CsvRecord,
    state: HeaderState,
    parseError: CsvProblem | undefined,
  ): ValidRow | null {
    const before = reported;
    if (parseError !== undefined) {
      report({
        line: record.line,
        column: '',
        code: 'parse_error',
        severity: 'error',
        found: parseError,
        expected: CLOSED_QUOTE,
      });
    } else if (record.values.length !== state.width) {
      report({
        line: record.line,
        column: '',
        code: 'field_count',
        severity: 'error',
        found: record.values.length,
        expected: { kind: 'fields', count: state.width },
      });
    }
    if (state.unusable || reported > before) return null;

    // A copy of a template with every column already in place: filling it is far cheaper than
    // adding eleven properties to an empty object, millions of times.
    const row: Record<string, CellValue> = { ...rowTemplate };
    for (const cell of state.columns) {
      const column = cell.spec;
      const raw = cell.index === undefined ? '' : (record.values[cell.index] ?? '');
      if (cell.plainNumbers) {
        const number = readPlainNumber(raw, column.kind);
        if (number !== undefined) {
          row[column.name] = number;
          continue;
        }
      }
      let result = raw === cell.lastRaw ? cell.lastResult : null;
      if (result === null) {
        result = cell.memo?.get(raw) ?? validateCell(raw, column.kind, cell.nullable, cell.options);
        if (cell.memo !== null && cell.memo.size < MEMO_VALUES) cell.memo.set(raw, result);
        cell.lastRaw = raw;
        cell.lastResult = result;
      }
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
    if (reported > before) return null;

    const code = row.code;
    if (options.knownCodes && typeof code === 'string' && !options.knownCodes.has(code)) {
      report({
        line: record.line,
        column: 'code',
        code: 'unknown_code',
        severity: 'error',
        found: code,
      });
      return null;
    }

    const findings = ROW_RULES[spec.id](row);
    for (const finding of findings) report({ line: record.line, ...finding });
    if (findings.some((finding) => finding.severity === 'error')) return null;

    const firstLine = seenKeys.firstLineOrAdd(row, record.line);
    if (firstLine !== undefined) {
      report({
        line: record.line,
        column: spec.key.join(', '),
        code: 'duplicate_key',
        severity: 'error',
        found: spec.key.map((column) => String(row[column])).join(' / '),
        expected: { kind: 'unique', firstLine },
      });
      return null;
    }
    if (findings.length > 0) rowsFlagged += 1;
    return row;
  }

  return {
    push(csv) {
      header ??= readDatasetHeader(spec, csv, options.numberLocale, report);
      const state = header;
      const parseErrors = new Map(csv.errors.map((error) => [error.line, error.problem]));
      const rows: ValidRow[] = [];
      for (const record of csv.records) {
        const row = validateRecord(record, state, parseErrors.get(record.line));
        if (row !== null) rows.push(row);
      }
      rowsRead += csv.records.length;
      rowsLoaded += rows.length;
      return rows;
    },
    finish() {
      header ??= readDatasetHeader(
        spec,
        { header: [], headerLine: 0, delimiter: ',', records: [], errors: [] },
        options.numberLocale,
        report,
      );
      return {
        dataset: spec.id,
        file,
        issues,
        omittedIssues: omitted,
        rowsRead,
        rowsLoaded,
        rowsRejected: rowsRead - rowsLoaded,
        rowsFlagged,
      };
    },
    get rowsRead() {
      return rowsRead;
    },
    get rowsLoaded() {
      return rowsLoaded;
    },
  };
}
