import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

const read = createRowReader('get-unit-codes');

/** The codes of the loaded units: what other datasets' rows are checked against. */
export async function getUnitCodes(db: DbClient): Promise<string[]> {
  const rows = await db.query('SELECT code FROM units ORDER BY code');
  return rows.map((row) => read.string(row, 'code'));
}
