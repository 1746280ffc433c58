import type { DbClient } from '../db-client.ts';
import { keyword, quoteIdentifier } from '../identifiers.ts';
import { createRowReader } from '../row-reader.ts';
import type { Timeline } from '../../data/report-point.ts';
import { getDefaultTimeline, timelineScoresCte } from './timeline-scores.ts';
import { RANKING_METRICS, type RankingMetric } from '../../data/ranking-metric.ts';

export interface ScoreHistoryParams {
  readonly metric: RankingMetric;
  /** The history's points (`timelineOfKey` of the point shown); absent: the default timeline. */
  readonly timeline?: Timeline | null;
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

const historySql = (cte: string, metric: string) => `
WITH ${cte}
SELECT point AS period, code, ${metric} AS score,
  rank() OVER (PARTITION BY point ORDER BY ${metric} DESC)::DOUBLE AS rank,
  (count(*) OVER (PARTITION BY point))::DOUBLE AS ranked_count
FROM scores
WHERE ${metric} IS NOT NULL
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
  const timeline = params.timeline ?? (await getDefaultTimeline(db));
  const cte = timelineScoresCte(timeline);
  const rows = await db.query(historySql(cte.sql, quoteIdentifier(metric)), cte.params);
  const cells = rows.map((row) => ({
    code: read.string(row, 'code'),
    period: read.string(row, 'period'),
    score: read.number(row, 'score'),
    rank: read.number(row, 'rank'),
    rankedCount: read.number(row, 'ranked_count'),
  }));
  return { metric, periods: [...new Set(cells.map((cell) => cell.period))], cells };
}
