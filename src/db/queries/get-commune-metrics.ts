import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import { metricOrderOf } from '../../data/metric-rules.ts';
import type { PeriodType } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { quoteIdentifier } from '../identifiers.ts';
import { createRowReader } from '../row-reader.ts';

export interface CommuneMetricsParams {
  /** 5-digit unit code. */
  readonly code: string;
  readonly periodType: PeriodType;
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`, as `periodType` says. */
  readonly period: string;
  /** A snapshot date `YYYY-MM-DD`, or null for the period's latest snapshot. */
  readonly snapshot: string | null;
}

export interface CommuneMetricRow {
  readonly group: GroupKey;
  readonly code: string;
  /** The sub-indicator's name as published (Vietnamese). */
  readonly name: string;
  /** `YYYY-MM-DD`: the snapshot the figures belong to. */
  readonly snapshotDate: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Percent, as published. */
  readonly ratio: number | null;
  /** Null for a sub-indicator of max 0, or where the portal gave none. */
  readonly score: number | null;
  readonly maxScore: number;
  /** The group's score in `index_scores` for the same unit and snapshot; null where absent. */
  readonly groupScore: number | null;
}

const GROUP_KEYS = INDEX_GROUPS.map((group) => group.key);

// The group column of index_scores that matches each row's group, from the closed group list.
const GROUP_SCORE = `CASE m."group" ${GROUP_KEYS.map(
  (key) => `WHEN '${key}' THEN s.${quoteIdentifier(key)}`,
).join(' ')} END`;

// The period's latest snapshot is taken over every unit, as the ranking takes it.
const SQL = `
WITH snapshot AS (
  SELECT coalesce(CAST(? AS DATE), max(snapshot_date)) AS day
  FROM index_metrics
  WHERE period_type = ? AND period = ?
)
SELECT m."group" AS group_key, m.metric_code, m.metric_name,
  strftime(m.snapshot_date, '%Y-%m-%d') AS snapshot_date,
  m.numerator, m.denominator, m.ratio, m.score, m.max_score,
  ${GROUP_SCORE} AS group_score
FROM index_metrics m
JOIN snapshot ON m.snapshot_date = snapshot.day
LEFT JOIN index_scores s
  ON s.code = m.code AND s.snapshot_date = m.snapshot_date
  AND s.period_type = m.period_type AND s.period = m.period
WHERE m.code = ? AND m.period_type = ? AND m.period = ?
ORDER BY m.metric_code`;

const read = createRowReader('get-commune-metrics');
const groupOrder = (key: GroupKey) => GROUP_KEYS.indexOf(key);

/**
 * What are one unit's sub-indicators in one period? Every `index_metrics` row of the unit for
 * the period (`periodType` + `period`) in one snapshot (`snapshot`, or null for the period's
 * latest), with the group's score from `index_scores`; groups in index order, sub-indicators in
 * the portal's order. Empty when the unit has no row in that snapshot.
 */
export async function getCommuneMetrics(
  db: DbClient,
  params: CommuneMetricsParams,
): Promise<CommuneMetricRow[]> {
  const { code, periodType, period, snapshot } = params;
  const rows = await db.query(SQL, [snapshot, periodType, period, code, periodType, period]);
  return rows
    .map((row): CommuneMetricRow => ({
      group: read.oneOf(row, 'group_key', GROUP_KEYS),
      code: read.string(row, 'metric_code'),
      name: read.string(row, 'metric_name'),
      snapshotDate: read.string(row, 'snapshot_date'),
      numerator: read.nullableNumber(row, 'numerator'),
      denominator: read.nullableNumber(row, 'denominator'),
      ratio: read.nullableNumber(row, 'ratio'),
      score: read.nullableNumber(row, 'score'),
      maxScore: read.number(row, 'max_score'),
      groupScore: read.nullableNumber(row, 'group_score'),
    }))
    .sort(
      (a, b) =>
        groupOrder(a.group) - groupOrder(b.group) ||
        metricOrderOf(a.code) - metricOrderOf(b.code) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
}
