import { compareUnitsByName } from '../../data/unit-order.ts';
import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { keyword, quoteIdentifier } from '../identifiers.ts';
import { createRowReader } from '../row-reader.ts';
import { SCORE_POINTS } from '../score-points.ts';
import { previousPeriod } from '../../data/report-point.ts';
import { readPointKey, timelineOf, timelineScoresCte } from './timeline-scores.ts';
import { RANKING_METRICS, scoreDelta, type RankingMetric } from '../../data/ranking-metric.ts';

export interface RankingParams {
  /**
   * A point key: a period at its latest snapshot (`2026-08`, `2026-Q3`, `2026`), compared with
   * the calendar period before; or one snapshot of a period (`2026@2026-10-10`), compared with
   * the period's snapshot before it (day over day).
   */
  readonly period: string;
  readonly metric: RankingMetric;
  /** A sub-indicator code (`index_metrics.metric_code`) to rank by instead; `metric` is ignored. */
  readonly sub?: string | null;
}

export interface RankingRow {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly formerDistrict: string;
  /** Null when the unit has no score at this point. */
  readonly rank: number | null;
  readonly score: number | null;
  readonly total: number | null;
  /** Null when a group is missing (only some of the portal's responses were imported). */
  readonly groups: Readonly<Record<GroupKey, number>> | null;
  /** The rank a tracker published (the crawler's `groupRank`), kept to compare; null without. */
  readonly publishedRank: number | null;
  /** Rank and metric score at the previous point; null when not scored then. */
  readonly previousRank: number | null;
  readonly previousScore: number | null;
  readonly previousTotal: number | null;
  readonly previousGroups: Readonly<Record<GroupKey, number>> | null;
  /** Places gained since the previous point (positive = moved up); null when either is missing. */
  readonly rankChange: number | null;
  /** Metric score change since the previous point, exact to 0.01; null when either is missing. */
  readonly scoreChange: number | null;
}

/** The sub-indicator a ranking is computed on. */
export interface RankingSubIndicator {
  readonly code: string;
  readonly name: string;
  readonly group: GroupKey;
  readonly maxScore: number;
}

export interface Ranking {
  /** The point these rows belong to (a point key): label with this, not with pending params. */
  readonly period: string;
  /** The point the changes are measured from (a point key). */
  readonly previousPeriod: string;
  /** `period` the previous period, `snapshot` the period's previous snapshot (day over day). */
  readonly comparison: 'period' | 'snapshot';
  readonly metric: RankingMetric;
  /** Set when ranked by a sub-indicator; null otherwise (or when the code is not in the data). */
  readonly sub: RankingSubIndicator | null;
  /** The snapshot the ranking is taken from, `YYYY-MM-DD`, or null. */
  readonly snapshotDate: string | null;
  /** How many units were ranked (units without a score are listed, unranked, at the end). */
  readonly rankedCount: number;
  /** How many units were ranked at the previous point (0: every change is "new"). */
  readonly previousRankedCount: number;
  readonly rows: readonly RankingRow[];
}

const groupKeys = INDEX_GROUPS.map((group) => group.key);

// Both points are ranked in the same pass, each among every unit scored then (filters never
// re-rank); a unit without the metric's value is listed, unranked.
const rankingSql = (cte: string, metric: string, bySub: boolean) => `
WITH ${cte},
${
  bySub
    ? `metric_scores AS (
  SELECT p.point, m.code, m.score AS sub_score
  FROM index_metrics m JOIN points p ON m.period = p.period AND m.snapshot_date = p.day
  WHERE m.period_type = ? AND m.metric_code = ?
),`
    : ''
}
valued AS (
  SELECT s.*, ${bySub ? 'ms.sub_score' : metric} AS score
  FROM scores s
  ${bySub ? 'LEFT JOIN metric_scores ms ON ms.point = s.point AND ms.code = s.code' : ''}
  WHERE s.point IN (?, ?)
),
ranked AS (
  SELECT *, rank() OVER (PARTITION BY point ORDER BY score DESC) AS rank
  FROM valued
  WHERE score IS NOT NULL
)
SELECT u.code, u.name, u.type, u.former_district,
  ${groupKeys.map((key) => `r.${key}`).join(', ')},
  r.total, r.score, r.rank, r.published_rank,
  ${groupKeys.map((key) => `p.${key} AS previous_${key}`).join(', ')},
  p.total AS previous_total, p.score AS previous_score, p.rank AS previous_rank,
  strftime((SELECT day FROM points WHERE point = ?), '%Y-%m-%d') AS snapshot_date
FROM units u
LEFT JOIN ranked r ON r.code = u.code AND r.point = ?
LEFT JOIN ranked p ON p.code = u.code AND p.point = ?
ORDER BY r.rank NULLS LAST, u.code`;

const read = createRowReader('get-ranking');

/**
 * Where does every unit stand at a point, and how did it move since the point before? Competition
 * ranking ("1, 2, 2, 4") of the chosen metric (the total, one group's points, or one
 * sub-indicator's) among every unit scored then; tied units are listed in the order a tracker
 * published (when it did), then by name in Vietnamese collation. Every unit appears, unranked
 * ones last.
 */
export async function getRanking(db: DbClient, params: RankingParams): Promise<Ranking> {
  const metric = keyword(params.metric, RANKING_METRICS, 'ranking metric');
  const point = readPointKey(params.period);
  const timeline = timelineOf(point);
  const current = params.period;
  const previous =
    point.snapshot === null
      ? previousPeriod(point.period)
      : await previousSnapshot(db, point.periodType, point.period, point.snapshot);
  const sub =
    params.sub === undefined || params.sub === null || params.sub === ''
      ? null
      : await getSubIndicator(db, params.sub);
  const cte = timelineScoresCte(timeline);
  const bySub = sub !== null;
  const rows = await db.query(rankingSql(cte.sql, quoteIdentifier(metric), bySub), [
    ...cte.params,
    ...(bySub ? [point.periodType, sub.code] : []),
    current,
    previous ?? '',
    current,
    current,
    previous ?? '',
  ]);
  const snapshotDate = rows[0] === undefined ? null : read.nullableString(rows[0], 'snapshot_date');
  const ranked = rows.map(toRankingRow).sort(compareRankingRows);
  return {
    period: current,
    previousPeriod: previous ?? previousPeriod(point.period),
    comparison: point.snapshot === null ? 'period' : 'snapshot',
    metric,
    sub,
    snapshotDate,
    rankedCount: ranked.filter((row) => row.rank !== null).length,
    previousRankedCount: ranked.filter((row) => row.previousRank !== null).length,
    rows: ranked,
  };
}

/** The point key of the period's snapshot before `day`, or null when `day` is its first. */
async function previousSnapshot(
  db: DbClient,
  periodType: string,
  period: string,
  day: string,
): Promise<string | null> {
  const rows = await db.query(
    `SELECT strftime(max(snapshot_date), '%Y-%m-%d') AS day FROM ${SCORE_POINTS}
     WHERE period_type = ? AND period = ? AND snapshot_date < CAST(? AS DATE)`,
    [periodType, period, day],
  );
  const found = rows[0] === undefined ? null : read.nullableString(rows[0], 'day');
  return found === null ? null : `${period}@${found}`;
}

async function getSubIndicator(db: DbClient, code: string): Promise<RankingSubIndicator | null> {
  const rows = await db.query(
    `SELECT metric_code, any_value(metric_name) AS name, any_value("group") AS grp,
       max(max_score) AS max_score
     FROM index_metrics WHERE metric_code = ? GROUP BY metric_code`,
    [code],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return {
    code: read.string(row, 'metric_code'),
    name: read.string(row, 'name'),
    group: read.oneOf(row, 'grp', groupKeys),
    maxScore: read.number(row, 'max_score'),
  };
}

function readGroups(row: Record<string, unknown>, prefix: string): Record<GroupKey, number> | null {
  const values = groupKeys.map(
    (key) => [key, read.nullableNumber(row, `${prefix}${key}`)] as const,
  );
  if (values.some(([, value]) => value === null)) return null;
  return Object.fromEntries(values) as Record<GroupKey, number>;
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
    formerDistrict: read.nullableString(row, 'former_district') ?? '',
    rank,
    score,
    total,
    groups: total === null ? null : readGroups(row, ''),
    publishedRank: read.nullableNumber(row, 'published_rank'),
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
  const publishedA = a.publishedRank ?? Number.POSITIVE_INFINITY;
  const publishedB = b.publishedRank ?? Number.POSITIVE_INFINITY;
  return rankA - rankB || publishedA - publishedB || compareUnitsByName(a, b);
}
