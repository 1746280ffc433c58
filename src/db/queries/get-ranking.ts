import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { keyword, quoteIdentifier } from '../identifiers.ts';
import { createRowReader } from '../row-reader.ts';
import { RANKING_METRICS, type RankingMetric } from './ranking-metric.ts';

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
}

export interface Ranking {
  /** The month these rows belong to (`YYYY-MM`): label with this, not with pending params. */
  readonly period: string;
  /** The snapshot the month's ranking is taken from (its latest), `YYYY-MM-DD`, or null. */
  readonly snapshotDate: string | null;
  /** How many units were ranked (units without a score are listed, unranked, at the end). */
  readonly rankedCount: number;
  readonly rows: readonly RankingRow[];
}

const groupColumns = INDEX_GROUPS.map((group) => `s.${group.key}`);

// A period's scores are running scores; the month's ranking is its latest snapshot.
// `total` is optional in the file: when absent it is the sum of the groups.
const rankingSql = (metric: string) => `
WITH snapshot AS (
  SELECT max(snapshot_date) AS day
  FROM index_scores
  WHERE period_type = 'month' AND period = ?
),
scores AS (
  SELECT s.code, ${groupColumns.join(', ')},
    coalesce(s.total, round(${groupColumns.join(' + ')}, 2)) AS total
  FROM index_scores s JOIN snapshot ON s.snapshot_date = snapshot.day
  WHERE s.period_type = 'month' AND s.period = ?
),
ranked AS (
  SELECT *, ${metric} AS score, rank() OVER (ORDER BY ${metric} DESC) AS rank
  FROM scores
)
SELECT u.code, u.name, u.type, u.former_district,
  ${INDEX_GROUPS.map((group) => `r.${group.key}`).join(', ')},
  r.total, r.score, r.rank,
  strftime((SELECT day FROM snapshot), '%Y-%m-%d') AS snapshot_date
FROM units u LEFT JOIN ranked r ON r.code = u.code
ORDER BY r.rank NULLS LAST, u.code`;

const read = createRowReader('get-ranking');
const collator = new Intl.Collator('vi');

/**
 * Where does every unit stand in a month? Competition ranking ("1, 2, 2, 4") of the chosen
 * metric (the total, or one group's points) in the month's latest snapshot; ties are listed by
 * name in Vietnamese collation. Every unit of the units table appears, unranked ones last.
 */
export async function getRanking(db: DbClient, params: RankingParams): Promise<Ranking> {
  const metric = keyword(params.metric, RANKING_METRICS, 'ranking metric');
  const rows = await db.query(rankingSql(quoteIdentifier(metric)), [params.period, params.period]);
  const snapshotDate = rows.length > 0 ? readNullableString(rows[0]?.snapshot_date) : null;
  const ranked = rows.map(toRankingRow).sort(compareRankingRows);
  return {
    period: params.period,
    snapshotDate,
    rankedCount: ranked.filter((row) => row.rank !== null).length,
    rows: ranked,
  };
}

function toRankingRow(row: Record<string, unknown>): RankingRow {
  const total = read.nullableNumber(row, 'total');
  return {
    code: read.string(row, 'code'),
    name: read.string(row, 'name'),
    type: read.oneOf(row, 'type', UNIT_TYPES),
    formerDistrict: read.string(row, 'former_district'),
    rank: read.nullableNumber(row, 'rank'),
    score: read.nullableNumber(row, 'score'),
    total,
    groups:
      total === null
        ? null
        : (Object.fromEntries(
            INDEX_GROUPS.map((group) => [group.key, read.number(row, group.key)]),
          ) as Record<GroupKey, number>),
  };
}

function compareRankingRows(a: RankingRow, b: RankingRow): number {
  const rankA = a.rank ?? Number.POSITIVE_INFINITY;
  const rankB = b.rank ?? Number.POSITIVE_INFINITY;
  return rankA - rankB || collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
}

function readNullableString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
