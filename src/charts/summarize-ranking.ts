import type { GroupKey } from '../data/index-groups.ts';
import type { GroupStats } from './build-distribution-option.ts';
import type { RankingBarRow } from './build-ranking-option.ts';
import type { ChartContext } from './chart-context.ts';
import { medianOf } from './median.ts';
import { formatSigned } from '../i18n/format.ts';

/**
 * The one-sentence text alternative of the ranking chart: who leads, who trails, the median.
 * Ties at the top or bottom name the first unit in display order.
 */
export function summarizeRanking(
  rows: readonly RankingBarRow[],
  period: string,
  ctx: Pick<ChartContext, 't' | 'format'>,
): string {
  const { t, format } = ctx;
  const month = format.month(period);
  const ranked = rows.filter((row) => row.rank !== null && row.score !== null);
  const first = ranked[0];
  const last = ranked.at(-1);
  const median = medianOf(ranked.map((row) => row.score ?? 0));
  if (first === undefined || last === undefined || median === null) {
    return t('ranking.empty', { month });
  }
  return t('ranking.summary', {
    month,
    first: first.name,
    firstScore: format.decimal(first.score ?? 0),
    last: last.name,
    lastScore: format.decimal(last.score ?? 0),
    median: format.decimal(median),
  });
}

type TextContext = Pick<ChartContext, 't' | 'format'>;

/** A month name inside a sentence ("so với tháng 6/2026", not "Tháng"). */
export function monthInSentence(period: string, ctx: TextContext): string {
  return ctx.format.month(period).replace(/^Tháng/, 'tháng');
}

/**
 * One unit's standing in one sentence: "Chiên Đàn xếp thứ 3/94, tăng 2 bậc so với tháng 6/2026".
 */
export function summarizeUnitRank(
  unit: {
    readonly name: string;
    readonly rank: number | null;
    readonly previousRank: number | null;
  },
  input: { readonly period: string; readonly previousPeriod: string; readonly rankedCount: number },
  ctx: TextContext,
): string {
  const { t } = ctx;
  const previous = monthInSentence(input.previousPeriod, ctx);
  if (unit.rank === null) {
    return t('ranking.unit.unranked', {
      name: unit.name,
      month: monthInSentence(input.period, ctx),
    });
  }
  const base = { name: unit.name, rank: unit.rank, count: input.rankedCount, previous };
  if (unit.previousRank === null) return t('ranking.unit.rankSentenceNew', base);
  const places = unit.previousRank - unit.rank;
  const move =
    places > 0
      ? t('ranking.move.up', { count: places })
      : places < 0
        ? t('ranking.move.down', { count: -places })
        : t('ranking.move.same');
  return t('ranking.unit.rankSentence', { ...base, move });
}

/**
 * The decomposition in words: the change in total and the group that moved it most (largest
 * absolute change; the first in index order on a tie).
 */
export function summarizeRankChange(
  change: {
    readonly name: string;
    readonly totalChange: number;
    readonly previousTotal: number;
    readonly total: number;
    readonly groups: readonly { readonly key: GroupKey; readonly change: number }[];
  },
  ctx: TextContext,
): string {
  const { t, format } = ctx;
  const top = change.groups.reduce<(typeof change.groups)[number] | undefined>(
    (best, group) =>
      best === undefined || Math.abs(group.change) > Math.abs(best.change) ? group : best,
    undefined,
  );
  const direction =
    change.totalChange > 0
      ? 'ranking.why.up'
      : change.totalChange < 0
        ? 'ranking.why.down'
        : 'ranking.why.flat';
  return t('ranking.why.summary', {
    name: change.name,
    direction: t(direction),
    change: format.decimal(Math.abs(change.totalChange)),
    from: format.decimal(change.previousTotal),
    to: format.decimal(change.total),
    group: top === undefined ? '—' : t(`group.${top.key}`),
    groupChange: top === undefined ? '—' : formatSigned(top.change, ctx),
  });
}

/** The distribution in words: the weakest group by median share, or the unit's largest gap. */
export function summarizeDistribution(
  stats: readonly GroupStats[],
  unit: {
    readonly name: string;
    readonly groups: Readonly<Record<GroupKey, number>> | null;
  } | null,
  period: string,
  ctx: TextContext,
): string {
  const { t, format } = ctx;
  if (stats.length === 0) return t('ranking.empty', { month: format.month(period) });
  if (unit?.groups) {
    const groups = unit.groups;
    const gap = (stat: GroupStats) => (groups[stat.key] - stat.median) / stat.max;
    const worst = stats.reduce((a, b) => (Math.abs(gap(b)) > Math.abs(gap(a)) ? b : a));
    return t('ranking.distribution.unitSummary', {
      name: unit.name,
      group: t(`group.${worst.key}`),
      value: format.decimal(groups[worst.key]),
      median: format.decimal(worst.median),
      max: worst.max,
    });
  }
  const weakest = stats.reduce((a, b) => (b.median / b.max < a.median / a.max ? b : a));
  return t('ranking.distribution.summary', {
    month: format.month(period),
    group: t(`group.${weakest.key}`),
    median: format.decimal(weakest.median),
    max: weakest.max,
  });
}

/** The comparison in words: the highest and lowest of the compared units in the month. */
export function summarizeCompare(
  units: readonly { readonly name: string; readonly score: number | null }[],
  period: string,
  ctx: TextContext,
): string {
  const { t, format } = ctx;
  const scored = units.filter(
    (unit): unit is { name: string; score: number } => unit.score !== null,
  );
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const best = sorted[0];
  const worst = sorted.at(-1);
  if (best === undefined || worst === undefined) {
    return t('ranking.empty', { month: format.month(period) });
  }
  return t('ranking.compare.summary', {
    month: format.month(period),
    count: units.length,
    best: best.name,
    bestScore: format.decimal(best.score),
    worst: worst.name,
    worstScore: format.decimal(worst.score),
  });
}
