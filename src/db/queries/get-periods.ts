import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

const SQL = `
SELECT DISTINCT period
FROM index_scores
WHERE period_type = 'month'
ORDER BY period`;

const read = createRowReader('get-periods');

/**
 * Which months have index scores? Returns `YYYY-MM` strings, oldest first; the last one is the
 * dashboard's default month.
 */
export async function getPeriods(db: DbClient): Promise<string[]> {
  const rows = await db.query(SQL);
  return rows.map((row) => read.string(row, 'period'));
}
