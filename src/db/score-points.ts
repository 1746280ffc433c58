import type { DbClient } from './db-client.ts';

/**
 * One row per scored point of `index_scores`: `(period_type, period, snapshot_date, units)`. The
 * questions find their periods and snapshots here rather than in the scores themselves (at
 * national scale, 12 rows a year per period type instead of 1.2 M). Outside the `main` schema,
 * so the SQL console lists only the user's tables; rebuilt in the same transaction as every
 * replacement of `index_scores` (`replace-table.ts`), so it never describes other scores.
 */
export const SCORE_POINTS = 'derived.score_points';

export async function rebuildScorePoints(db: DbClient): Promise<void> {
  await db.query('CREATE SCHEMA IF NOT EXISTS derived');
  await db.query(`
CREATE OR REPLACE TABLE ${SCORE_POINTS} AS
SELECT period_type, period, snapshot_date, count(*)::INTEGER AS units
FROM index_scores
GROUP BY period_type, period, snapshot_date`);
}
