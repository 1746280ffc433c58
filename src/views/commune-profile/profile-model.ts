import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import type { CommuneScoreRow } from '../../queries/questions.ts';
import type { ProvinceQuartilesRow } from '../../queries/questions.ts';
import type { ProfileTrendMonth } from '../../charts/profile-series.ts';

/** A month in which the unit has a score. */
export type ScoredMonth = ProfileTrendMonth & { readonly total: number; readonly rank: number };

export interface Standing {
  /** The latest month in which the unit has a score. */
  readonly month: ScoredMonth;
  /** False when the data has a later month in which the unit has no score. */
  readonly isLatest: boolean;
  /** Score change since the month before (points), null without a score then. */
  readonly scoreChange: number | null;
  /** Places gained since the month before (positive = moved up), null without a rank then. */
  readonly placesChange: number | null;
}

export interface GroupGap {
  readonly key: GroupKey;
  readonly max: number;
  readonly value: number;
  readonly median: number;
  /** value − median, in points. */
  readonly points: number;
  /** points ÷ the group's maximum: the fair comparison across groups of different size. */
  readonly share: number;
}

/** Pairs the unit's monthly scores with the province's quartiles of the same month. */
export function joinProfileMonths(
  scores: readonly CommuneScoreRow[],
  quartiles: readonly ProvinceQuartilesRow[],
): ProfileTrendMonth[] {
  const byPeriod = new Map(quartiles.map((row) => [row.period, row.metrics]));
  return scores.map((row) => ({
    period: row.period,
    total: row.total,
    rank: row.rank,
    rankedCount: row.rankedCount,
    groups: row.groups,
    province: byPeriod.get(row.period) ?? null,
  }));
}

const isScored = (month: ProfileTrendMonth | undefined): month is ScoredMonth =>
  month?.total != null && month.rank !== null;

/** The unit's latest score and rank and how they changed from the month just before. */
export function latestStanding(months: readonly ProfileTrendMonth[]): Standing | null {
  for (let index = months.length - 1; index >= 0; index -= 1) {
    const month = months[index];
    if (!isScored(month)) continue;
    const previous = months[index - 1];
    return {
      month,
      isLatest: index === months.length - 1,
      scoreChange: isScored(previous) ? round2(month.total - previous.total) : null,
      placesChange: isScored(previous) ? previous.rank - month.rank : null,
    };
  }
  return null;
}

/** Each group's gap to the province median in one month, weakest first (by share of max). */
export function groupGaps(month: ProfileTrendMonth): GroupGap[] {
  if (month.groups === null || month.province === null) return [];
  const { groups, province } = month;
  return INDEX_GROUPS.map((group) => {
    const value = groups[group.key];
    const median = province[group.key].median;
    const points = round2(value - median);
    return { key: group.key, max: group.max, value, median, points, share: points / group.max };
  }).sort((a, b) => a.share - b.share || a.points - b.points);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
