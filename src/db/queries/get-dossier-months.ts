import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

const SQL = `SELECT DISTINCT month FROM dossiers ORDER BY month`;
const read = createRowReader('get-dossier-months');

/** Which months have dossier reports? `YYYY-MM`, oldest first; the last is the page default. */
export async function getDossierMonths(db: DbClient): Promise<string[]> {
  const rows = await db.query(SQL);
  return rows.map((row) => read.string(row, 'month'));
}
