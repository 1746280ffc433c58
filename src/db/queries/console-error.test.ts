import { describe, expect, it } from 'vitest';
import { readConsoleError } from './console-error.ts';

const PREFIX = 'SELECT * FROM (';

describe('readConsoleError', () => {
  it('keeps the line and column of a later line as DuckDB gives them', () => {
    const raw =
      'Binder Error: Referenced column "nme" not found in FROM clause!\nCandidate bindings: "name", "code"\n\nLINE 2:   nme FROM units\n          ^';
    expect(readConsoleError(raw, 'SELECT code,\n  nme FROM units', PREFIX)).toEqual({
      message:
        'Binder Error: Referenced column "nme" not found in FROM clause!\nCandidate bindings: "name", "code"',
      position: { line: 2, column: 3 },
    });
  });

  it('takes the wrapper prefix off a first-line column', () => {
    const sql = 'SELECT * FROM no_such_table';
    const ran = `${PREFIX}${sql}`;
    const caret = ran.indexOf('no_such_table');
    const raw = `Catalog Error: Table with name no_such_table does not exist!\n\nLINE 1: ${ran}\n${' '.repeat(8 + caret)}^`;
    expect(readConsoleError(raw, sql, PREFIX).position).toEqual({ line: 1, column: 15 });
  });

  it('finds the column in a long line DuckDB cut on both sides', () => {
    const sql = `SELECT code FROM units WHERE ${"code = 'x' AND ".repeat(20)}nme = 1 AND ${"code = 'y' AND ".repeat(10)}true`;
    const ran = `${PREFIX}${sql}`;
    const at = ran.indexOf('nme');
    const shown = ran.slice(at - 30, at + 30);
    const raw = `Binder Error: x\n\nLINE 1: ...${shown}...\n${' '.repeat(8 + 3 + 30)}^`;
    expect(readConsoleError(raw, sql, PREFIX).position).toEqual({
      line: 1,
      column: sql.indexOf('nme') + 1,
    });
  });

  it('gives no position when DuckDB gives none, and the message once', () => {
    expect(readConsoleError('Parser Error: syntax error at end of input', 'SELECT 1 +')).toEqual({
      message: 'Parser Error: syntax error at end of input',
      position: null,
    });
  });

  it("clamps a caret past the end of the reader's text (the wrapper's closing line)", () => {
    const raw =
      'Parser Error: syntax error at or near ")"\n\nLINE 2: ) AS console_query\n        ^';
    expect(readConsoleError(raw, 'SELECT 1 +', PREFIX).position).toBeNull();
    const inside =
      'Parser Error: syntax error\n\nLINE 1: SELECT * FROM (SELECT 1 +\n                                   ^';
    expect(readConsoleError(inside, 'SELECT 1 +', PREFIX).position).toEqual({
      line: 1,
      column: 11,
    });
  });
});
