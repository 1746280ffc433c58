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
  const rows: { start: number; values: string[] }[] = [];
  const rowErrors: { rowIndex: number; reason: string }[] = [];
  let previousCursor = 0;
  const delimiter = guessDelimiter(text);

  // Blank rows are skipped here rather than by PapaParse (`skipEmptyLines`): PapaParse would drop
  // them before `step`, so the start of the next row (the previous row's cursor) would be lost and
  // every record after a whitespace-only or delimiter-only line would get a wrong line number.
  Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
    step: (result) => {
      const start = previousCursor;
      previousCursor = result.meta.cursor;
      const blank = result.data.every((value) => value.trim() === '');
      if (blank && result.errors.length === 0) return;
      rows.push({ start, values: result.data });
      for (const error of result.errors) {
        rowErrors.push({ rowIndex: rows.length - 1, reason: `${error.code}: ${error.message}` });
      }
    },
  });

  const lineOf = lineLocator(text);
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
