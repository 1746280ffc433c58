import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

const SQL = `SELECT DISTINCT month FROM petitions ORDER BY month`;
const read = createRowReader('get-petition-months');

/** Which months have voters' petitions? `YYYY-MM`, oldest first: the period choices. */
export async function getPetitionMonths(db: DbClient): Promise<string[]> {
  const rows = await db.query(SQL);
  return rows.map((row) => read.string(row, 'month'));
}
