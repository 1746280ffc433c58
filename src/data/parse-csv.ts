import Papa from 'papaparse';

/** One data record of a CSV file, with the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly values: readonly string[];
}

/** A problem the tokenizer itself found (an unclosed quote, say), tied to a line. */
export interface CsvParseError {
  readonly line: number;
  readonly reason: string;
}

export interface ParsedCsv {
  readonly header: readonly string[];
  /** The line the header starts on (1 unless blank lines come first); 0 for an empty file. */
  readonly headerLine: number;
  readonly delimiter: string;
  readonly records: readonly CsvRecord[];
  readonly errors: readonly CsvParseError[];
}

const BOM = '\uFEFF';

/**
 * Tokenises CSV text: UTF-8 with or without a BOM, comma or semicolon delimited, first row the
 * header. Every value stays a string (no dynamic typing: unit codes keep their leading zeros).
 * Blank lines are skipped; every other line becomes a record carrying the line it starts on, so
 * the validator can say where a problem is even when a quoted value spans several lines.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;
  const delimiter = guessDelimiter(text);
  const lineOf = lineLocator(text);
  const rows: { start: number; values: string[] }[] = [];
  const rowErrors: { rowIndex: number; reason: string }[] = [];

  // A quote that opens a field and is not closed on its line would swallow every later line
  // into one value. Such a record is reported on the line it starts, with how far it ran, and
  // reading resumes on the next physical line, so no later line disappears unreported.
  let offset: number | null = 0;
  while (offset !== null) {
    offset = tokenise(text, offset, delimiter, (start, end, values, errors, parser) => {
      const blank = values.every((value) => value.trim() === '');
      if (blank && errors.length === 0) return;
      const nextLine = text.indexOf('\n', start);
      const spansLines = nextLine !== -1 && nextLine < trimBreak(text, end) - 1;
      const quoteError = errors.find((error) => error.type === 'Quotes');
      if (quoteError !== undefined && spansLines) {
        const first = lineOf(start);
        const last = lineOf(Math.max(start, trimBreak(text, end) - 1));
        rows.push({ start, values: [text.slice(start, nextLine).replace(/\r$/, '')] });
        rowErrors.push({
          rowIndex: rows.length - 1,
          reason: `${quoteError.code}: a quoted value opened on line ${String(first)} is not closed on it (it would run ${String(last - first + 1)} lines, to line ${String(last)}); the lines after it are read on their own`,
        });
        parser.abort();
        return nextLine + 1;
      }
      rows.push({ start, values });
      for (const error of errors) {
        rowErrors.push({ rowIndex: rows.length - 1, reason: `${error.code}: ${error.message}` });
      }
      return undefined;
    });
  }

  const located = rows.map((row) => ({ line: lineOf(row.start), values: row.values }));
  const errors = rowErrors.map((error) => ({
    line: located[error.rowIndex]?.line ?? 0,
    reason: error.reason,
  }));
  const [headerRow, ...records] = located;
  return {
    header: (headerRow?.values ?? []).map((name) => name.trim()),
    headerLine: headerRow?.line ?? 0,
    delimiter,
    records,
    errors,
  };
}

/** Called per record with its offsets in the whole text; returns where to resume, if it aborts. */
type OnRecord = (
  start: number,
  end: number,
  values: string[],
  errors: readonly Papa.ParseError[],
  parser: Papa.Parser,
) => number | undefined;

/**
 * Runs PapaParse from `offset` to the end (or until `onRecord` aborts) and returns the offset to
 * resume from, or null when the text is done. Blank rows are skipped by the caller rather than
 * by PapaParse (`skipEmptyLines`): PapaParse would drop them before `step`, so the start of the
 * next row (the previous row's cursor) would be lost and every later line number would be wrong.
 */
function tokenise(text: string, offset: number, delimiter: string, onRecord: OnRecord) {
  if (offset >= text.length) return null;
  let previousCursor = 0;
  let resume: number | null = null;
  Papa.parse<string[]>(text.slice(offset), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
    step: (result, parser) => {
      const start = offset + previousCursor;
      previousCursor = result.meta.cursor;
      const next = onRecord(start, offset + result.meta.cursor, result.data, result.errors, parser);
      if (next !== undefined) resume = next;
    },
  });
  return resume;
}

/** The end of a record without the line break that closes it. */
function trimBreak(text: string, end: number): number {
  let cut = end;
  if (text.charCodeAt(cut - 1) === 10) cut -= 1;
  if (text.charCodeAt(cut - 1) === 13) cut -= 1;
  return cut;
}

/** `,` or `;`, guessed by PapaParse from the first non-blank rows; `,` when undecidable. */
function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text, {
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';'],
  }).meta.delimiter;
}

/** Maps the offset a row starts at (just after the previous row's line break) to its 1-based line. */
function lineLocator(text: string): (offset: number) => number {
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
