import type { DbClient } from '../db-client.ts';

export interface ConsoleResult {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  /** True when more rows exist than were returned. */
  readonly truncated: boolean;
}

export const CONSOLE_ROW_LIMIT = 500;

/**
 * Runs one read-only query typed by a user. The text is wrapped as a subquery and prepared, so
 * only a single query expression is accepted (no second statement, no DDL or DML), and the
 * engine is already locked down (no files, no network). At most `CONSOLE_ROW_LIMIT` rows.
 */
export async function runConsoleQuery(db: DbClient, sql: string): Promise<ConsoleResult> {
  const body = sql.trim().replace(/;+\s*$/, '');
  if (body === '') throw new Error('empty query');
  const rows = await db.query(`SELECT * FROM (\n${body}\n) AS console_query LIMIT ?`, [
    CONSOLE_ROW_LIMIT + 1,
  ]);
  const columns = Object.keys(rows[0] ?? {});
  const shown = rows.slice(0, CONSOLE_ROW_LIMIT);
  return {
    columns,
    rows: shown.map((row) => columns.map((column) => row[column])),
    truncated: rows.length > CONSOLE_ROW_LIMIT,
  };
}
