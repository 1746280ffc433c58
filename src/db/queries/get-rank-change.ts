import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import type { DbClient } from '../db-client.ts';
import { getRanking, type Ranking, type RankingRow } from './get-ranking.ts';

export interface RankChangeParams {
  /** Month, `YYYY-MM`; the change is measured from the calendar month before. */
  readonly period: string;
  /** 5-digit unit code. */
  readonly code: string;
}

export interface GroupChange {
  readonly key: GroupKey;
  readonly previous: number;
  readonly current: number;
  /** `current − previous`, exact to 0.01. */
  readonly change: number;
}

export interface RankChange {
  readonly code: string;
  readonly name: string;
  readonly period: string;
  readonly previousPeriod: string;
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly rankedCount: number;
  readonly previousTotal: number | null;
  readonly total: number | null;
  /** Σ of the groups' changes (exact to 0.01); null when either month is missing. */
  readonly totalChange: number | null;
  /** One entry per group, in index order; empty when either month is missing. */
  readonly groups: readonly GroupChange[];
  /**
   * The file's total change minus Σ group changes: 0 unless a published `total` differs from its
   * groups (the validator tolerates ±0.01).
   */
  readonly residual: number;
  /** Units level or behind it last month and ahead now. */
  readonly overtook: number;
  /** Units ahead of it last month and level or behind now. */
  readonly fellBehind: number;
  /** Units not scored last month and ahead now. */
  readonly newAhead: number;
  /** Units ahead of it last month and not scored now. */
  readonly goneAhead: number;
}

const cents = (value: number) => Math.round(value * 100);

/**
 * Why did a unit's total rank change? Pure: from a total-metric `Ranking`, the unit's total change
 * decomposed into its six groups' changes (integer hundredths, so Σ groups = total exactly), and
 * how many units passed it or fell behind it. The counts satisfy
 * `rank − previousRank = overtook − fellBehind + newAhead − goneAhead` whenever both ranks exist,
 * because a competition rank is one plus the number of units strictly ahead.
 */
export function decomposeRankChange(ranking: Ranking, code: string): RankChange | null {
  const unit = ranking.rows.find((row) => row.code === code);
  if (unit === undefined) return null;
  const { groups, previousGroups, total, previousTotal } = unit;
  const both = groups !== null && previousGroups !== null;
  const groupChanges: GroupChange[] = both
    ? INDEX_GROUPS.map(({ key }) => ({
        key,
        previous: previousGroups[key],
        current: groups[key],
        change: (cents(groups[key]) - cents(previousGroups[key])) / 100,
      }))
    : [];
  const sumCents = groupChanges.reduce((sum, group) => sum + cents(group.change), 0);
  const fileCents =
    total !== null && previousTotal !== null ? cents(total) - cents(previousTotal) : sumCents;
  return {
    code,
    name: unit.name,
    period: ranking.period,
    previousPeriod: ranking.previousPeriod,
    rank: unit.rank,
    previousRank: unit.previousRank,
    rankedCount: ranking.rankedCount,
    previousTotal,
    total,
    totalChange: both ? sumCents / 100 : null,
    groups: groupChanges,
    residual: both ? (fileCents - sumCents) / 100 : 0,
    ...countMoves(ranking.rows, unit),
  };
}

function countMoves(rows: readonly RankingRow[], unit: RankingRow) {
  const counts = { overtook: 0, fellBehind: 0, newAhead: 0, goneAhead: 0 };
  const now = unit.total;
  const before = unit.previousTotal;
  for (const row of rows) {
    if (row.code === unit.code) continue;
    const aheadNow = now !== null && row.total !== null && row.total > now;
    const aheadBefore = before !== null && row.previousTotal !== null && row.previousTotal > before;
    if (now !== null && before !== null && row.total !== null && row.previousTotal !== null) {
      if (aheadNow && !aheadBefore) counts.overtook += 1;
      if (aheadBefore && !aheadNow) counts.fellBehind += 1;
    } else if (before !== null && row.previousTotal === null && aheadNow) {
      counts.newAhead += 1;
    } else if (now !== null && row.total === null && aheadBefore) {
      counts.goneAhead += 1;
    }
  }
  return counts;
}

/**
 * Why did a unit's total rank change since the previous calendar month? Runs the total ranking of
 * `period` and decomposes the unit's change (see `decomposeRankChange`); null for an unknown code.
 */
export async function getRankChange(
  db: DbClient,
  params: RankChangeParams,
): Promise<RankChange | null> {
  const ranking = await getRanking(db, { period: params.period, metric: 'total' });
  return decomposeRankChange(ranking, params.code);
}
