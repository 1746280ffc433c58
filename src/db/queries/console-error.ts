/** Where in the user's SQL an engine error points: 1-based line and column. */
export interface SqlPosition {
  readonly line: number;
  readonly column: number;
}

/** DuckDB's error, read: its message without the quoted query and caret, and the position. */
export interface ConsoleErrorInfo {
  readonly message: string;
  readonly position: SqlPosition | null;
}

// DuckDB appends the offending line and a caret under the position:
//   Binder Error: Referenced column "nme" not found…\n\nLINE 2:   nme FROM units\n          ^
// A long line is cut around the position, with "..." on the cut side(s).
const CONTEXT = /\n*LINE (\d+): ([^\n]*)\n( *)\^ *$/;
const ELLIPSIS = '...';

/**
 * Reads DuckDB's error text for a query that ran as `prefix + userSql`, where `prefix` has no
 * line break (the console's wrapper): lines are the user's, and columns on the first line are
 * shifted back by the prefix. Positions outside the user's text are clamped to it.
 */
export function readConsoleError(raw: string, userSql: string, prefix = ''): ConsoleErrorInfo {
  const match = CONTEXT.exec(raw);
  if (match === null) return { message: raw.trim(), position: null };
  const message = raw.slice(0, match.index).trim();
  const lineNumber = Number(match[1]);
  const excerpt = match[2] ?? '';
  const caret = (match[3] ?? '').length - `LINE ${match[1] ?? ''}: `.length;
  const lines = userSql.split('\n');
  const userLine = lines[lineNumber - 1];
  if (userLine === undefined || caret < 0) return { message, position: null };
  const ranLine = lineNumber === 1 ? prefix + userLine : userLine;
  const column = columnInLine(ranLine, excerpt, caret) - (lineNumber === 1 ? prefix.length : 0);
  return {
    message,
    position: { line: lineNumber, column: Math.min(Math.max(column, 0), userLine.length) + 1 },
  };
}

/** The 0-based column in `line` of the caret at `caret` in DuckDB's (maybe cut) `excerpt`. */
function columnInLine(line: string, excerpt: string, caret: number): number {
  if (!excerpt.startsWith(ELLIPSIS)) return caret;
  let shown = excerpt.slice(ELLIPSIS.length);
  if (shown.endsWith(ELLIPSIS)) shown = shown.slice(0, -ELLIPSIS.length);
  const start = line.indexOf(shown);
  if (start < 0) return caret - ELLIPSIS.length;
  return start + caret - ELLIPSIS.length;
}
