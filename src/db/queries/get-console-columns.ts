import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

/** A table the console can read, with its columns in order and their SQL types. */
export interface ConsoleTableColumns {
  readonly table: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

// The user's tables only: the main schema, no staging tables left by a load in progress.
const SQL = `
SELECT table_name, column_name, data_type
FROM duckdb_columns()
WHERE schema_name = 'main' AND NOT internal AND NOT ends_with(table_name, '__staging')
ORDER BY table_name, column_index`;

const read = createRowReader('get-console-columns');

/**
 * Which tables and columns can the console's reader query? Read from the engine (not from the
 * schema declared in `data/`), so completion offers exactly what is loaded.
 */
export async function getConsoleColumns(db: DbClient): Promise<ConsoleTableColumns[]> {
  const rows = await db.query(SQL);
  const tables = new Map<string, { name: string; type: string }[]>();
  for (const row of rows) {
    const table = read.string(row, 'table_name');
    const columns = tables.get(table) ?? [];
    columns.push({ name: read.string(row, 'column_name'), type: read.string(row, 'data_type') });
    tables.set(table, columns);
  }
  return [...tables].map(([table, columns]) => ({ table, columns }));
}
