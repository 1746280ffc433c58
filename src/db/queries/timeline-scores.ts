import { INDEX_GROUPS } from '../../data/index-groups.ts';
import {
  parsePointKey,
  timelineOf,
  type ReportPoint,
  type Timeline,
} from '../../data/report-point.ts';

export { timelineOf, type Timeline };
import { PERIOD_TYPES, type PeriodType } from '../../data/schema.ts';
import type { DbClient, SqlValue } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { PERIOD_SCORES, SCORE_POINTS } from '../score-points.ts';

const groupColumns = INDEX_GROUPS.map((group) => `s.${group.key}`);

/** The scores of the default timeline, under the names the profile's questions read: `latest
 * (period, day)` one row per point and `scores (period, code, groups, total)`, where `period` is
 * the point key. Bind `params` in its place. */
export async function defaultScoresCte(
  db: DbClient,
): Promise<{ readonly sql: string; readonly params: SqlValue[] }> {
  const cte = timelineScoresCte(await getDefaultTimeline(db), 'timeline_scores');
  return {
    sql: `${cte.sql},
latest AS (SELECT point AS period, day FROM points),
scores AS (
  SELECT point AS period, code, ${INDEX_GROUPS.map((group) => group.key).join(', ')}, total
  FROM timeline_scores
)`,
    params: cte.params,
  };
}

/**
 * Two CTEs: `points (point, period, day)`, one row per point of the timeline, and `scores`
 * (`point`, `code`, the six groups, `total`, `published_rank`, `snapshot_date`), the scores that
 * count at each point. A point is a period label (`2026-08`) or a period's snapshot
 * (`2026@2026-10-10`), the same keys views and URLs carry. `total` is the file's, or the sum of
 * the groups when it has none (null when a group is missing too). Bind `params` in its place.
 */
export function timelineScoresCte(
  timeline: Timeline,
  scoresName = 'scores',
): {
  readonly sql: string;
  readonly params: SqlValue[];
} {
  const points =
    timeline.kind === 'periods'
      ? `points AS (
  SELECT period AS point, period, max(snapshot_date) AS day
  FROM ${SCORE_POINTS}
  WHERE period_type = ?
  GROUP BY period
)`
      : `points AS (
  SELECT period || '@' || strftime(snapshot_date, '%Y-%m-%d') AS point, period,
    snapshot_date AS day
  FROM ${SCORE_POINTS}
  WHERE period_type = ? AND period = ?
)`;
  // A period's point is its latest snapshot, whose rows `PERIOD_SCORES` holds already.
  const source = timeline.kind === 'periods' ? PERIOD_SCORES : 'index_scores';
  const sql = `${points},
${scoresName} AS (
  SELECT p.point, s.code, ${groupColumns.join(', ')},
    coalesce(s.total, round(${groupColumns.join(' + ')}, 2)) AS total,
    s.published_rank, s.snapshot_date
  FROM ${source} s JOIN points p ON s.period = p.period AND s.snapshot_date = p.day
  WHERE s.period_type = ?
)`;
  const params: SqlValue[] =
    timeline.kind === 'periods'
      ? [timeline.periodType, timeline.periodType]
      : [timeline.periodType, timeline.period, timeline.periodType];
  return { sql, params };
}

const read = createRowReader('timeline-scores');

const FINEST_FIRST: readonly PeriodType[] = ['month', 'quarter', 'year'];

/**
 * The timeline a page shows when the reader has not chosen one: the finest period type the
 * scores have (months before quarters before years); when that type has a single period taken
 * on several days (a tracker's daily snapshots of the year to date), its snapshots.
 */
export async function getDefaultTimeline(db: DbClient): Promise<Timeline> {
  // Asked before every profile question: read from the points, not the 1.2 M national scores.
  const rows = await db.query(`
SELECT period_type, (min(period) = max(period))::INTEGER AS one_period,
  (min(snapshot_date) < max(snapshot_date))::INTEGER AS several_days, max(period) AS last
FROM ${SCORE_POINTS}
GROUP BY period_type`);
  const kinds = rows.map((row) => ({
    periodType: read.oneOf(row, 'period_type', PERIOD_TYPES),
    onePeriod: read.number(row, 'one_period') === 1,
    severalDays: read.number(row, 'several_days') === 1,
    last: read.string(row, 'last'),
  }));
  const chosen = FINEST_FIRST.map((type) => kinds.find((kind) => kind.periodType === type)).find(
    (kind) => kind !== undefined,
  );
  if (chosen === undefined) return { kind: 'periods', periodType: 'month' };
  return chosen.onePeriod && chosen.severalDays
    ? { kind: 'snapshots', periodType: chosen.periodType, period: chosen.last }
    : { kind: 'periods', periodType: chosen.periodType };
}

/** Reads a point key that questions are given; throws on a malformed one (a caller's bug). */
export function readPointKey(key: string): ReportPoint {
  const point = parsePointKey(key);
  if (point === null) throw new Error(`not a point of a timeline: ${key}`);
  return point;
}
