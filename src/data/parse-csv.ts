import Papa from 'papaparse';
import { describeCsvProblem, type CsvProblem } from './csv-problem.ts';
import {
  countBreaks,
  isBlank,
  lineCounter,
  splitPlain,
  trimBreak,
  type Emit,
  type Newline,
} from './split-csv-fields.ts';

/** One data record of a CSV file, with the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly values: readonly string[];
}

/** A problem the tokenizer itself found (an unclosed quote, say), tied to a line. */
export interface CsvParseError {
  readonly line: number;
  /** The problem in neutral form, and in English (`describeCsvProblem`) for logs. */
  readonly problem: CsvProblem;
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
// A line break in a file broken by CR: CR alone, or (rarely, mixed in) CR LF.
const CR_BREAK = /\r\n?/g;

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

  const emit: Emit = (start, values, problems) => {
    if (problems.length === 0 && isBlank(values)) return;
    const line = lineAt(start);
    if (header === null) {
      header = values.map((name) => name.trim());
      headerLine = line;
    } else {
      records.push({ line, values });
    }
    for (const problem of problems) {
      errors.push({ line, problem, reason: describeCsvProblem(problem) });
    }
  };

  // Lines broken by CR alone (Excel's "CSV (Macintosh)"): every CR is read as LF from then on,
  // so lines are counted, and stray quotes cut, as in any other file.
  let crOnly = false;

  function guess(): void {
    const meta = Papa.parse<string[]>(buffer, {
      preview: 10,
      skipEmptyLines: 'greedy',
      // Tab: Excel's "Unicode Text" export (UTF-16 with tabs).
      delimitersToGuess: [',', ';', '\t'],
    }).meta;
    delimiter = meta.delimiter;
    newline = meta.linebreak === '\r\n' ? '\r\n' : '\n';
    // PapaParse guesses past quoted text, so a stray quote can hide every CR: no LF at all decides.
    if (meta.linebreak === '\r' || (buffer.includes('\r') && !buffer.includes('\n'))) {
      crOnly = true;
      newline = '\n';
      buffer = buffer.replace(CR_BREAK, '\n');
    }
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
      [{ kind: 'open_quote_long', line: bufferLine, chars: MAX_OPEN_QUOTE_CHARS }],
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
    buffer += crOnly ? text.replace(CR_BREAK, '\n') : text;
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
        guess();
      }
      const separator = delimiter ?? ',';
      drain(false, separator);
      while (cutOpenQuote(separator));
      return take();
    },
    end(input = '') {
      append(input);
      if (delimiter === null) guess();
      drain(true, delimiter ?? ',');
      return take();
    },
  };
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
          [{ kind: 'open_quote', code: quoteError.code, line: first, lastLine }],
        );
        next = nextLine + 1;
        resume = true;
        parser.abort();
        return;
      }
      emit(
        start,
        result.data,
        result.errors.map((error): CsvProblem => ({
          kind: 'tokenizer',
          code: error.code,
          message: error.message,
        })),
      );
    },
  });
  return { next, resume };
}
