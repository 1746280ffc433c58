import { compareUnitsByName } from '../../data/unit-order.ts';
import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { keyword, quoteIdentifier } from '../identifiers.ts';
import { createRowReader } from '../row-reader.ts';
import {
  previousMonth,
  RANKING_METRICS,
  scoreDelta,
  type RankingMetric,
} from '../../data/ranking-metric.ts';

export interface RankingParams {
  /** Month, `YYYY-MM`. */
  readonly period: string;
  readonly metric: RankingMetric;
}

export interface RankingRow {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly formerDistrict: string;
  /** Null when the unit has no score in this month's snapshot. */
  readonly rank: number | null;
  readonly score: number | null;
  readonly total: number | null;
  readonly groups: Readonly<Record<GroupKey, number>> | null;
  /** Rank and metric score in the previous calendar month; null when not scored then. */
  readonly previousRank: number | null;
  readonly previousScore: number | null;
  readonly previousTotal: number | null;
  readonly previousGroups: Readonly<Record<GroupKey, number>> | null;
  /** Places gained since the previous month (positive = moved up); null when either is missing. */
  readonly rankChange: number | null;
  /** Metric score change since the previous month, exact to 0.01; null when either is missing. */
  readonly scoreChange: number | null;
}

export interface Ranking {
  /** The month these rows belong to (`YYYY-MM`): label with this, not with pending params. */
  readonly period: string;
  /** The calendar month the changes are measured from, `YYYY-MM`. */
  readonly previousPeriod: string;
  readonly metric: RankingMetric;
  /** The snapshot the month's ranking is taken from (its latest), `YYYY-MM-DD`, or null. */
  readonly snapshotDate: string | null;
  /** How many units were ranked (units without a score are listed, unranked, at the end). */
  readonly rankedCount: number;
  /** How many units were ranked in the previous month (0: every change is "new"). */
  readonly previousRankedCount: number;
  readonly rows: readonly RankingRow[];
}

const groupKeys = INDEX_GROUPS.map((group) => group.key);
const groupColumns = groupKeys.map((key) => `s.${key}`);

// A period's scores are running scores; each month's ranking is its latest snapshot. Both months
// are ranked in the same pass, each among every unit scored that month (filters never re-rank).
// `total` is optional in the file: when absent it is the sum of the groups.
const rankingSql = (metric: string) => `
WITH snapshots AS (
  SELECT period, max(snapshot_date) AS day
  FROM index_scores
  WHERE period_type = 'month' AND period IN (?, ?)
  GROUP BY period
),
scores AS (
  SELECT s.period, s.code, ${groupColumns.join(', ')},
    coalesce(s.total, round(${groupColumns.join(' + ')}, 2)) AS total
  FROM index_scores s JOIN snapshots d ON s.period = d.period AND s.snapshot_date = d.day
  WHERE s.period_type = 'month'
),
ranked AS (
  SELECT *, ${metric} AS score, rank() OVER (PARTITION BY period ORDER BY ${metric} DESC) AS rank
  FROM scores
)
SELECT u.code, u.name, u.type, u.former_district,
  ${groupKeys.map((key) => `r.${key}`).join(', ')},
  r.total, r.score, r.rank,
  ${groupKeys.map((key) => `p.${key} AS previous_${key}`).join(', ')},
  p.total AS previous_total, p.score AS previous_score, p.rank AS previous_rank,
  strftime((SELECT day FROM snapshots WHERE period = ?), '%Y-%m-%d') AS snapshot_date
FROM units u
LEFT JOIN ranked r ON r.code = u.code AND r.period = ?
LEFT JOIN ranked p ON p.code = u.code AND p.period = ?
ORDER BY r.rank NULLS LAST, u.code`;

const read = createRowReader('get-ranking');

/**
 * Where does every unit stand in a month, and how did it move since the previous calendar month?
 * Competition ranking ("1, 2, 2, 4") of the chosen metric (the total, or one group's points) in
 * each month's latest snapshot, among every unit scored that month; ties are listed by name in
 * Vietnamese collation. Every unit of the units table appears, unranked ones last.
 */
export async function getRanking(db: DbClient, params: RankingParams): Promise<Ranking> {
  const metric = keyword(params.metric, RANKING_METRICS, 'ranking metric');
  const { period } = params;
  const previous = previousMonth(period);
  const rows = await db.query(rankingSql(quoteIdentifier(metric)), [
    period,
    previous,
    period,
    period,
    previous,
  ]);
  const snapshotDate = rows[0] === undefined ? null : read.nullableString(rows[0], 'snapshot_date');
  const ranked = rows.map(toRankingRow).sort(compareRankingRows);
  return {
    period,
    previousPeriod: previous,
    metric,
    snapshotDate,
    rankedCount: ranked.filter((row) => row.rank !== null).length,
    previousRankedCount: ranked.filter((row) => row.previousRank !== null).length,
    rows: ranked,
  };
}

function readGroups(row: Record<string, unknown>, prefix: string) {
  return Object.fromEntries(
    groupKeys.map((key) => [key, read.number(row, `${prefix}${key}`)]),
  ) as Record<GroupKey, number>;
}

function toRankingRow(row: Record<string, unknown>): RankingRow {
  const total = read.nullableNumber(row, 'total');
  const score = read.nullableNumber(row, 'score');
  const rank = read.nullableNumber(row, 'rank');
  const previousTotal = read.nullableNumber(row, 'previous_total');
  const previousScore = read.nullableNumber(row, 'previous_score');
  const previousRank = read.nullableNumber(row, 'previous_rank');
  return {
    code: read.string(row, 'code'),
    name: read.string(row, 'name'),
    type: read.oneOf(row, 'type', UNIT_TYPES),
    formerDistrict: read.string(row, 'former_district'),
    rank,
    score,
    total,
    groups: total === null ? null : readGroups(row, ''),
    previousRank,
    previousScore,
    previousTotal,
    previousGroups: previousTotal === null ? null : readGroups(row, 'previous_'),
    rankChange: rank === null || previousRank === null ? null : previousRank - rank,
    scoreChange: score === null || previousScore === null ? null : scoreDelta(score, previousScore),
  };
}

function compareRankingRows(a: RankingRow, b: RankingRow): number {
  const rankA = a.rank ?? Number.POSITIVE_INFINITY;
  const rankB = b.rank ?? Number.POSITIVE_INFINITY;
  return rankA - rankB || compareUnitsByName(a, b);
}
