import type { ConsoleClient, ConsoleTable } from './console-client.ts';
import { readConsoleError, type SqlPosition } from './console-error.ts';

export type { SqlPosition } from './console-error.ts';

export interface ConsoleResult extends ConsoleTable {
  /** Wall time of the query, from sending it to the last row read (milliseconds). */
  readonly elapsedMs: number;
}

/** Rows kept of one answer: enough to scroll and download, few enough for a phone's memory. */
export const CONSOLE_ROW_LIMIT = 100_000;

/** What the console refused or DuckDB reported, with the place in the user's text. */
export class ConsoleQueryError extends Error {
  readonly position: SqlPosition | null;
  /** `not_a_query`: not a read (DDL, DML, SET, …) or more than one statement. */
  readonly reason: 'engine' | 'not_a_query' | 'empty';
  /** For `not_a_query`: the statement's first word, upper case (`DROP`). */
  readonly statement: string | null;
  constructor(
    message: string,
    position: SqlPosition | null,
    reason: ConsoleQueryError['reason'],
    statement: string | null = null,
  ) {
    super(message);
    this.name = 'ConsoleQueryError';
    this.position = position;
    this.reason = reason;
    this.statement = statement;
  }
}

// The statements that only read: what may open the console's query. The wrapper below then
// makes the engine itself refuse anything that is not one query expression.
const READ_STATEMENTS = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'show',
  'summarize',
  'pivot',
  'unpivot',
]);
const WRAP_PREFIX = 'SELECT * FROM (';
const WRAP_SUFFIX = '\n) AS console_query';

/** Strips a trailing semicolon (and blanks); the statement's first word and where it starts. */
function firstWord(sql: string): { word: string; offset: number } | null {
  const pattern = /\s+|--[^\n]*|\/\*[\s\S]*?\*\/|\(/y;
  let offset = 0;
  while (offset < sql.length) {
    pattern.lastIndex = offset;
    if (pattern.exec(sql) === null) break;
    offset = pattern.lastIndex;
  }
  const word = /^[A-Za-z_]+/.exec(sql.slice(offset));
  return word === null ? null : { word: word[0].toLowerCase(), offset };
}

function positionAt(sql: string, offset: number): SqlPosition {
  const before = sql.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/**
 * Runs one read-only query typed by a user on the console's own connection. Read-only three
 * times over: its first word must open a read (SELECT, WITH, FROM, DESCRIBE, …); it runs as the
 * subquery of `SELECT * FROM (…)`, so the parser accepts exactly one query expression (no second
 * statement, no DDL, DML or SET); and the engine is locked down (no file, no network, no
 * extension, no setting). The wrapper's prefix stays on the user's first line, so DuckDB's
 * "LINE n" is the user's line and only first-line columns are shifted back. At most
 * `CONSOLE_ROW_LIMIT` rows are read.
 */
export async function runConsoleQuery(
  client: ConsoleClient,
  sql: string,
  maxRows = CONSOLE_ROW_LIMIT,
): Promise<ConsoleResult> {
  const body = sql.replace(/;\s*$/, '');
  const first = firstWord(body);
  if (first === null) throw new ConsoleQueryError('empty query', null, 'empty');
  if (!READ_STATEMENTS.has(first.word)) {
    throw new ConsoleQueryError(
      `${first.word.toUpperCase()} is not a query`,
      positionAt(body, first.offset),
      'not_a_query',
      first.word.toUpperCase(),
    );
  }
  const started = performance.now();
  try {
    const table = await client.run(`${WRAP_PREFIX}${body}${WRAP_SUFFIX}`, maxRows);
    return { ...table, elapsedMs: performance.now() - started };
  } catch (error) {
    if (!(error instanceof Error) || error.name === 'ConsoleCancelledError') throw error;
    const info = readConsoleError(error.message, body, WRAP_PREFIX);
    throw new ConsoleQueryError(info.message, info.position, 'engine');
  }
}
