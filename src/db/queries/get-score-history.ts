import { INDEX_GROUPS } from '../../data/index-groups.ts';
import type { DbClient } from '../db-client.ts';
import { keyword, quoteIdentifier } from '../identifiers.ts';
import { createRowReader } from '../row-reader.ts';
import { RANKING_METRICS, type RankingMetric } from '../../data/ranking-metric.ts';

export interface ScoreHistoryParams {
  readonly metric: RankingMetric;
}

/** One unit in one month: its metric score and rank among every unit scored that month. */
export interface ScoreHistoryCell {
  readonly code: string;
  /** `YYYY-MM`. */
  readonly period: string;
  readonly score: number;
  readonly rank: number;
  /** How many units were ranked that month. */
  readonly rankedCount: number;
}

export interface ScoreHistory {
  readonly metric: RankingMetric;
  /** Months with monthly scores, oldest first. */
  readonly periods: readonly string[];
  /** Every scored unit-month, ordered by period then code. */
  readonly cells: readonly ScoreHistoryCell[];
}

const groupColumns = INDEX_GROUPS.map((group) => `s.${group.key}`);

const historySql = (metric: string) => `
WITH snapshots AS (
  SELECT period, max(snapshot_date) AS day
  FROM index_scores
  WHERE period_type = 'month'
  GROUP BY period
),
scores AS (
  SELECT s.period, s.code, ${groupColumns.join(', ')},
    coalesce(s.total, round(${groupColumns.join(' + ')}, 2)) AS total
  FROM index_scores s JOIN snapshots d ON s.period = d.period AND s.snapshot_date = d.day
  WHERE s.period_type = 'month'
)
SELECT period, code, ${metric} AS score,
  rank() OVER (PARTITION BY period ORDER BY ${metric} DESC)::DOUBLE AS rank,
  (count(*) OVER (PARTITION BY period))::DOUBLE AS ranked_count
FROM scores
ORDER BY period, code`;

const read = createRowReader('get-score-history');

/**
 * How did every unit's score and rank on one metric move month by month? Each month's latest
 * monthly snapshot, competition-ranked among every unit scored that month. Units missing in a
 * month have no cell for it.
 */
export async function getScoreHistory(
  db: DbClient,
  params: ScoreHistoryParams,
): Promise<ScoreHistory> {
  const metric = keyword(params.metric, RANKING_METRICS, 'ranking metric');
  const rows = await db.query(historySql(quoteIdentifier(metric)));
  const cells = rows.map((row) => ({
    code: read.string(row, 'code'),
    period: read.string(row, 'period'),
    score: read.number(row, 'score'),
    rank: read.number(row, 'rank'),
    rankedCount: read.number(row, 'ranked_count'),
  }));
  return { metric, periods: [...new Set(cells.map((cell) => cell.period))], cells };
}
