import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { defaultScoresCte } from './timeline-scores.ts';

const groupColumns = INDEX_GROUPS.map((group) => group.key);

// The unit's competition rank without ranking every unit: 1 + the units scored above it that
// month (`rank() OVER (ORDER BY total DESC)`, whose NULLS LAST puts a unit without a total after
// every unit with one); null in a month without the unit.
const sql = (cte: string) => `
WITH ${cte},
unit AS (SELECT * FROM scores WHERE code = ?),
counts AS (
  SELECT s.period, count(*)::DOUBLE AS ranked_count,
    CASE
      WHEN any_value(u.code) IS NULL THEN NULL
      WHEN any_value(u.total) IS NULL THEN count(s.total) + 1
      ELSE count(*) FILTER (WHERE s.total > u.total) + 1
    END::DOUBLE AS rank
  FROM scores s LEFT JOIN unit u ON u.period = s.period
  GROUP BY s.period
)
SELECT l.period, strftime(l.day, '%Y-%m-%d') AS snapshot_date, c.ranked_count,
  ${groupColumns.map((key) => `u.${key}`).join(', ')}, u.total, c.rank
FROM latest l
JOIN counts c ON c.period = l.period
LEFT JOIN unit u ON u.period = l.period
ORDER BY l.period`;

export interface CommuneScoreRow {
  /** `YYYY-MM`. */
  readonly period: string;
  /** The month's latest snapshot, `YYYY-MM-DD`. */
  readonly snapshotDate: string;
  /** Units with a score that month (the "of N" in "rank 3 of 94"). */
  readonly rankedCount: number;
  /** Null when the unit has no score in the month's latest snapshot. */
  readonly total: number | null;
  readonly rank: number | null;
  readonly groups: Readonly<Record<GroupKey, number>> | null;
}

const read = createRowReader('get-commune-scores');

function readGroups(row: Record<string, unknown>): Record<GroupKey, number> | null {
  const values = INDEX_GROUPS.map((group) => [group.key, read.nullableNumber(row, group.key)]);
  if (values.some(([, value]) => value === null)) return null;
  return Object.fromEntries(values) as Record<GroupKey, number>;
}

/**
 * How has one unit scored month by month? One row per month that has monthly scores (oldest
 * first), with the unit's total, six group scores and competition rank among the units scored
 * that month; all null in a month where the unit has no score, so gaps stay visible.
 * `code` is the 5-digit unit code.
 */
export async function getCommuneScores(db: DbClient, code: string): Promise<CommuneScoreRow[]> {
  const cte = await defaultScoresCte(db);
  const rows = await db.query(sql(cte.sql), [...cte.params, code]);
  return rows.map((row): CommuneScoreRow => {
    const total = read.nullableNumber(row, 'total');
    return {
      period: read.string(row, 'period'),
      snapshotDate: read.string(row, 'snapshot_date'),
      rankedCount: read.number(row, 'ranked_count'),
      total,
      rank: read.nullableNumber(row, 'rank'),
      groups: total === null ? null : readGroups(row),
    };
  });
}
