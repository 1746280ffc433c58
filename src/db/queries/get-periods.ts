import { PERIOD_TYPES } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { SCORE_POINTS } from '../score-points.ts';

const SQL = `
SELECT period_type, period,
  string_agg(strftime(snapshot_date, '%Y-%m-%d'), ',' ORDER BY snapshot_date) AS days
FROM ${SCORE_POINTS}
GROUP BY period_type, period
ORDER BY period`;

const read = createRowReader('get-periods');

// Coarse to fine, so the finest period type's latest point comes last.
const ORDER = ['year', 'quarter', 'month'] as const;

/**
 * Which points can a ranking show? Point keys (see `data/report-point.ts`): every period with
 * scores (`2026`, `2026-Q3`, `2026-08`, each at its latest snapshot) and, for a period taken on
 * several days, each of its snapshots (`2026@2026-10-10`, compared day over day). Years first,
 * then quarters, then months, each oldest first, a period's snapshots after it: the last key is
 * the dashboard's default, the finest type's latest point (its latest snapshot when it has several).
 */
export async function getPeriods(db: DbClient): Promise<string[]> {
  const rows = await db.query(SQL);
  const periods = rows.map((row) => ({
    type: read.oneOf(row, 'period_type', PERIOD_TYPES),
    period: read.string(row, 'period'),
    days: read.string(row, 'days').split(','),
  }));
  return ORDER.flatMap((type) =>
    periods
      .filter((entry) => entry.type === type)
      .flatMap((entry) => [
        entry.period,
        ...(entry.days.length > 1 ? entry.days.map((day) => `${entry.period}@${day}`) : []),
      ]),
  );
}
