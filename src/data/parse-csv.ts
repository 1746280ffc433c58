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

/** Text waits until this much has come (or the end): the delimiter and line break are guessed from it. */
export const CSV_GUESS_CHARS = 1024 * 1024;

/**
 * A quoted value still open after this many characters is taken for a stray quote and reported
 * as one (reading resumes on its next line), so a streamed file never waits on it to the end.
 */
export const MAX_OPEN_QUOTE_CHARS = 4 * 1024 * 1024;

/**
 * Tokenises CSV text: UTF-8 with or without a BOM, comma or semicolon delimited, first row the
 * header. Every value stays a string (no dynamic typing: unit codes keep their leading zeros).
 * Blank lines are skipped; every other line becomes a record carrying the line it starts on, so
 * the validator can say where a problem is even when a quoted value spans several lines.
 */
export function parseCsv(input: string): ParsedCsv {
  return createCsvTokenizer().end(input);
}

/** `parseCsv` for text that comes in pieces cut anywhere: each call returns the records it completed. */
export interface CsvTokenizer {
  /**
   * Tokenises the records the text completes. Each result carries the file's header (once read)
   * and delimiter, and only the records (and their errors) not returned before.
   */
  push(text: string): ParsedCsv;
  /** The text is complete (with `text`, its last piece): the records still open. */
  end(text?: string): ParsedCsv;
}

type Newline = '\n' | '\r\n' | '\r';
type Emit = (start: number, values: string[], reasons: readonly string[]) => void;

/**
 * A streaming `parseCsv` with the same result for any cut of the text. Records are tokenised once
 * they are complete: each buffer starts at a record boundary and PapaParse reads a record from
 * its start, so a record that ends before the buffer does reads as in the whole text, and the
 * last, possibly open, record waits for more text. The delimiter and line break are decided once,
 * from the first `CSV_GUESS_CHARS` characters (PapaParse itself looks at the first MiB).
 */
export function createCsvTokenizer(): CsvTokenizer {
  let buffer = '';
  let bufferLine = 1;
  let begun = false;
  let delimiter: string | null = null;
  let newline: Newline = '\n';
  let header: readonly string[] | null = null;
  let headerLine = 0;
  let records: CsvRecord[] = [];
  let errors: CsvParseError[] = [];
  let lineAt: (offset: number) => number = () => bufferLine;

  const emit: Emit = (start, values, reasons) => {
    if (reasons.length === 0 && isBlank(values)) return;
    const line = lineAt(start);
    if (header === null) {
      header = values.map((name) => name.trim());
      headerLine = line;
    } else {
      records.push({ line, values });
    }
    for (const reason of reasons) errors.push({ line, reason });
  };

  function guess(text: string): void {
    const meta = Papa.parse<string[]>(text, {
      preview: 10,
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', ';'],
    }).meta;
    delimiter = meta.delimiter;
    newline = meta.linebreak === '\r\n' || meta.linebreak === '\r' ? meta.linebreak : '\n';
  }

  function drain(final: boolean, separator: string): void {
    const text = buffer;
    lineAt = lineCounter(text, bufferLine);
    let offset = 0;
    while (offset < text.length) {
      if (!text.includes('"', offset)) {
        offset = splitPlain(text, offset, final, separator, newline, emit);
        break;
      }
      const step = tokeniseQuoted(text, offset, final, separator, newline, emit, lineAt);
      offset = step.next;
      if (!step.resume) break;
    }
    bufferLine = lineAt(offset);
    buffer = text.slice(offset);
  }

  // A record still open after MAX_OPEN_QUOTE_CHARS, across lines, is an unclosed quote: its
  // first line is the record, reported, and reading resumes on the next line.
  function cutOpenQuote(separator: string): boolean {
    const cut = buffer.indexOf('\n');
    if (buffer.length <= MAX_OPEN_QUOTE_CHARS || cut === -1) return false;
    lineAt = () => bufferLine;
    emit(
      0,
      [buffer.slice(0, cut).replace(/\r$/, '')],
      [
        `MissingQuotes: a quoted value opened on line ${String(bufferLine)} is not closed on it (it runs on for more than ${String(MAX_OPEN_QUOTE_CHARS)} characters); the lines after it are read on their own`,
      ],
    );
    buffer = buffer.slice(cut + 1);
    bufferLine += 1;
    drain(false, separator);
    return true;
  }

  function append(input: string): void {
    let text = input;
    if (!begun && text !== '') {
      begun = true;
      if (text.startsWith(BOM)) text = text.slice(BOM.length);
    }
    buffer += text;
  }

  function take(): ParsedCsv {
    const chunk = {
      header: header ?? [],
      headerLine,
      delimiter: delimiter ?? ',',
      records,
      errors,
    };
    records = [];
    errors = [];
    return chunk;
  }

  return {
    push(input) {
      append(input);
      if (delimiter === null) {
        if (buffer.length < CSV_GUESS_CHARS) return take();
        guess(buffer);
      }
      const separator = delimiter ?? ',';
      drain(false, separator);
      while (cutOpenQuote(separator));
      return take();
    },
    end(input = '') {
      append(input);
      if (delimiter === null) guess(buffer);
      drain(true, delimiter ?? ',');
      return take();
    },
  };
}

/** Text without any quote, from `offset`: one record per line (PapaParse's own fast path). */
function splitPlain(
  text: string,
  offset: number,
  final: boolean,
  delimiter: string,
  newline: Newline,
  emit: Emit,
): number {
  let position = offset;
  for (;;) {
    let lineEnd = text.indexOf(newline, position);
    if (lineEnd === -1) {
      if (!final) return position;
      if (position >= text.length) return text.length;
      lineEnd = text.length;
    }
    emit(position, splitFields(text, position, lineEnd, delimiter), []);
    if (lineEnd === text.length) return lineEnd;
    position = lineEnd + newline.length;
  }
}

/** `text.slice(start, end).split(delimiter)`, without the line as an intermediate string. */
function splitFields(text: string, start: number, end: number, delimiter: string): string[] {
  const values: string[] = [];
  let from = start;
  for (;;) {
    const at = text.indexOf(delimiter, from);
    if (at === -1 || at >= end) {
      values.push(text.slice(from, end));
      return values;
    }
    values.push(text.slice(from, at));
    from = at + delimiter.length;
  }
}

/**
 * Runs PapaParse from `offset` and returns where the next record starts: `resume` when a stray
 * quote was cut at its line (read on from `next`), otherwise `next` is the start of the record
 * left open at the end of the text (all of it when `final`). Blank rows are skipped by `emit`
 * rather than by PapaParse (`skipEmptyLines`): PapaParse would drop them before `step`, so the
 * start of the next row (the previous row's cursor) would be lost and line numbers would shift.
 */
function tokeniseQuoted(
  text: string,
  offset: number,
  final: boolean,
  delimiter: string,
  newline: Newline,
  emit: Emit,
  lineAt: (offset: number) => number,
): { next: number; resume: boolean } {
  let previousCursor = 0;
  let next = text.length;
  let resume = false;
  Papa.parse<string[]>(text.slice(offset), {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
    newline,
    step: (result, parser) => {
      const start = offset + previousCursor;
      previousCursor = result.meta.cursor;
      const end = offset + result.meta.cursor;
      if (!final && end >= text.length) {
        next = start;
        parser.abort();
        return;
      }
      // A quote that opens a field and is not closed on its line would swallow every later
      // line into one value. Such a record is reported on the line it starts, with how far it
      // ran, and reading resumes on the next physical line, so no later line disappears.
      const nextLine = text.indexOf('\n', start);
      const last = Math.max(start, trimBreak(text, end) - 1);
      const quoteError = result.errors.find((error) => error.type === 'Quotes');
      if (quoteError !== undefined && nextLine !== -1 && nextLine < last) {
        const first = lineAt(start);
        const lastLine = first + countBreaks(text, start, last);
        emit(
          start,
          [text.slice(start, nextLine).replace(/\r$/, '')],
          [
            `${quoteError.code}: a quoted value opened on line ${String(first)} is not closed on it (it would run ${String(lastLine - first + 1)} lines, to line ${String(lastLine)}); the lines after it are read on their own`,
          ],
        );
        next = nextLine + 1;
        resume = true;
        parser.abort();
        return;
      }
      emit(
        start,
        result.data,
        result.errors.map((error) => `${error.code}: ${error.message}`),
      );
    },
  });
  return { next, resume };
}

function isBlank(values: readonly string[]): boolean {
  return values.every((value) => value.trim() === '');
}

/** The end of a record without the line break that closes it. */
function trimBreak(text: string, end: number): number {
  let cut = end;
  if (text.charCodeAt(cut - 1) === 10) cut -= 1;
  if (text.charCodeAt(cut - 1) === 13) cut -= 1;
  return cut;
}

function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Maps offsets of `text`, asked in increasing order, to 1-based lines: each line break is found
 * once, however many records there are.
 */
function lineCounter(text: string, firstLine: number): (offset: number) => number {
  let line = firstLine;
  let nextBreak = text.indexOf('\n');
  return (offset) => {
    while (nextBreak !== -1 && nextBreak < offset) {
      line += 1;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    return line;
  };
}
