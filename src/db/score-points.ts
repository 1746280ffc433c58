import type { DbClient } from './db-client.ts';

/**
 * One row per scored point of `index_scores`: `(period_type, period, snapshot_date, units)`. The
 * questions find their periods and snapshots here rather than in the scores themselves (at
 * national scale, 12 rows a year per period type instead of 1.2 M). Outside the `main` schema,
 * so the SQL console lists only the user's tables; rebuilt in the same transaction as every
 * replacement of `index_scores` (`replace-table.ts`), so it never describes other scores.
 */
export const SCORE_POINTS = 'derived.score_points';

/**
 * The rows of `index_scores` (all its columns) at each period's latest snapshot, the scores a
 * period's ranking, trend and history count: at national scale 40 k rows a year of months
 * instead of the 1.2 M daily ones. Rebuilt with `SCORE_POINTS`.
 */
export const PERIOD_SCORES = 'derived.period_scores';

/** Rebuilds both derived tables from `index_scores`. */
export async function rebuildScorePoints(db: DbClient): Promise<void> {
  await db.query('CREATE SCHEMA IF NOT EXISTS derived');
  await db.query(`
CREATE OR REPLACE TABLE ${SCORE_POINTS} AS
SELECT period_type, period, snapshot_date, count(*)::INTEGER AS units
FROM index_scores
GROUP BY period_type, period, snapshot_date`);
  await db.query(`
CREATE OR REPLACE TABLE ${PERIOD_SCORES} AS
SELECT s.*
FROM index_scores s
JOIN (
  SELECT period_type, period, max(snapshot_date) AS day
  FROM ${SCORE_POINTS}
  GROUP BY period_type, period
) p ON s.period_type = p.period_type AND s.period = p.period AND s.snapshot_date = p.day`);
}
