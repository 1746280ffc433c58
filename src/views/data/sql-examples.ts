import type { MessageKey } from '../../i18n/vi.ts';

export interface SqlExample {
  readonly id: string;
  /** The question it answers, in the catalogue (`console.ex.*`). */
  readonly title: MessageKey;
  readonly sql: string;
}

// A month's score: the file's total or, when absent, the sum of the six groups (as the ranking).
const MONTHLY_SCORES = `monthly AS (
  SELECT code, period,
    coalesce(total, ckmb + tdgq + dvctt + tttt + mdsh + mdhl) AS score
  FROM index_scores
  WHERE period_type = 'month'
  QUALIFY row_number() OVER (PARTITION BY code, period ORDER BY snapshot_date DESC) = 1
)`;

/**
 * Questions a reporter asks of the loaded tables, each answered by one query
 * (`sql-examples.test.ts` runs every one on the published sample).
 */
export const SQL_EXAMPLES: readonly SqlExample[] = [
  {
    id: 'latest-scores',
    title: 'console.ex.latestScores',
    sql: `SELECT u.name, u.type, s.snapshot_date, s.period, s.total
FROM index_scores s
JOIN units u USING (code)
WHERE s.period = (SELECT max(period) FROM index_scores)
ORDER BY s.total DESC NULLS LAST
LIMIT 20`,
  },
  {
    id: 'rank-fell',
    title: 'console.ex.rankFell',
    sql: `WITH ${MONTHLY_SCORES},
ranked AS (
  SELECT code, period, rank() OVER (PARTITION BY period ORDER BY score DESC) AS rank
  FROM monthly
),
moves AS (
  SELECT code, period, rank,
    lag(rank, 1) OVER w AS rank_1_before,
    lag(rank, 2) OVER w AS rank_2_before,
    lag(rank, 3) OVER w AS rank_3_before
  FROM ranked
  WINDOW w AS (PARTITION BY code ORDER BY period)
)
SELECT u.name, m.period AS last_month,
  m.rank_3_before, m.rank_2_before, m.rank_1_before, m.rank
FROM moves m
JOIN units u USING (code)
WHERE m.rank > m.rank_1_before
  AND m.rank_1_before > m.rank_2_before
  AND m.rank_2_before > m.rank_3_before
ORDER BY m.period DESC, m.rank - m.rank_3_before DESC`,
  },
  {
    id: 'on-time-by-district',
    title: 'console.ex.onTimeByDistrict',
    sql: `-- Portal on-time rate (QĐ 766, 2.1) of the latest month, by former district
SELECT u.former_district,
  count(DISTINCT d.code) AS units,
  CAST(sum(d.resolved_early + d.resolved_on_time + d.pending_in_time) AS DOUBLE) AS on_time,
  CAST(sum(d.resolved_early + d.resolved_on_time + d.resolved_late
    + d.pending_in_time + d.pending_overdue) AS DOUBLE) AS handled,
  round(100 * on_time / nullif(handled, 0), 2) AS on_time_pct
FROM dossiers d
JOIN units u USING (code)
WHERE d.month = (SELECT max(month) FROM dossiers)
GROUP BY u.former_district
ORDER BY on_time_pct`,
  },
  {
    id: 'points-lost',
    title: 'console.ex.pointsLost',
    sql: `WITH latest AS (
  SELECT ckmb, tdgq, dvctt, tttt, mdsh, mdhl
  FROM index_scores
  WHERE period_type = 'month'
    AND period = (SELECT max(period) FROM index_scores WHERE period_type = 'month')
),
points AS (
  UNPIVOT latest ON ckmb, tdgq, dvctt, tttt, mdsh, mdhl INTO NAME grp VALUE points
),
maxima (grp, max_points) AS (
  VALUES ('ckmb', 18), ('tdgq', 20), ('dvctt', 12), ('tttt', 10), ('mdsh', 22), ('mdhl', 18)
)
SELECT grp, max_points,
  round(avg(points), 2) AS avg_points,
  round(max_points - avg(points), 2) AS avg_points_lost,
  round(100 * (1 - avg(points) / max_points), 1) AS lost_pct
FROM points
JOIN maxima USING (grp)
GROUP BY grp, max_points
ORDER BY avg_points_lost DESC`,
  },
  {
    id: 'late-dossiers',
    title: 'console.ex.lateDossiers',
    sql: `SELECT u.name, d.month, d.resolved_late, d.pending_overdue,
  d.resolved_late + d.pending_overdue AS late
FROM dossiers d
JOIN units u USING (code)
WHERE d.month = (SELECT max(month) FROM dossiers)
ORDER BY late DESC, u.name
LIMIT 10`,
  },
  {
    id: 'open-petitions',
    title: 'console.ex.openPetitions',
    sql: `SELECT u.name, p.month,
  CAST(sum(p.pending) AS DOUBLE) AS pending,
  CAST(sum(p.received) AS DOUBLE) AS received
FROM petitions p
JOIN units u USING (code)
WHERE p.month = (SELECT max(month) FROM petitions)
GROUP BY u.name, p.code, p.month
HAVING sum(p.pending) > 0
ORDER BY pending DESC, u.name`,
  },
  {
    id: 'total-change',
    title: 'console.ex.totalChange',
    sql: `WITH ${MONTHLY_SCORES}
SELECT period,
  round(avg(score), 2) AS avg_score,
  round(avg(score) - lag(avg(score)) OVER (ORDER BY period), 2) AS change
FROM monthly
GROUP BY period
ORDER BY period`,
  },
];
