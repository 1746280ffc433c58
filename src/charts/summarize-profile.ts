import { INDEX_GROUPS, type GroupKey } from '../data/index-groups.ts';
import type { ActivityChartInput } from './build-commune-activity-option.ts';
import type { ChartContext } from './chart-context.ts';
import type { ProfileTrendInput, ProfileTrendMonth } from './profile-series.ts';
import { monthInSentence } from './summarize-ranking.ts';

type TextContext = Pick<ChartContext, 't' | 'format'>;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The first entry with the smallest key (ties: the earliest, since entries are in month order). */
function firstMin<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || key(item) < key(best) ? item : best),
    undefined,
  );
}

type ScoredMonth = ProfileTrendMonth & { readonly total: number; readonly rank: number };

const isScored = (month: ProfileTrendMonth): month is ScoredMonth =>
  month.total !== null && month.rank !== null;

/** "cao hơn trung vị tỉnh (76,00) 4,50 điểm", or that the month has no province median. */
function medianPosition(month: ScoredMonth, ctx: TextContext): string {
  const { t, format } = ctx;
  const median = month.province?.total.median;
  if (median === undefined) return t('profile.medianUnknown');
  const points = round2(month.total - median);
  const params = { median: format.decimal(median), points: format.decimal(Math.abs(points)) };
  if (points > 0) return t('profile.medianAbove', params);
  if (points < 0) return t('profile.medianBelow', params);
  return t('profile.medianEqual', params);
}

/**
 * The text alternative of the total-and-rank chart: the total at both ends of the scored
 * months, the best and worst rank (ties: the earliest month that reached it) and where the
 * latest scored month stands against the province median. Months without a score are skipped.
 */
export function summarizeProfileRank(input: ProfileTrendInput, ctx: TextContext): string {
  const { t, format } = ctx;
  const { name } = input;
  const scored = input.months.filter(isScored);
  const first = scored[0];
  const last = scored.at(-1);
  const best = firstMin(scored, (month) => month.rank);
  const worst = firstMin(scored, (month) => -month.rank);
  if (first === undefined || last === undefined || best === undefined || worst === undefined) {
    return t('profile.rankSummaryEmpty', { name });
  }
  const position = medianPosition(last, ctx);
  if (scored.length === 1) {
    return t('profile.rankSummaryOne', {
      month: format.month(last.period),
      name,
      total: format.decimal(last.total),
      rank: last.rank,
      count: last.rankedCount,
      position,
    });
  }
  const span = {
    from: format.month(first.period),
    to: monthInSentence(last.period, ctx),
    name,
    firstTotal: format.decimal(first.total),
    lastTotal: format.decimal(last.total),
    position,
  };
  if (best.rank === worst.rank) {
    return t('profile.rankSummarySteady', { ...span, rank: best.rank, count: last.rankedCount });
  }
  return t('profile.rankSummary', {
    ...span,
    bestRank: best.rank,
    bestCount: best.rankedCount,
    bestMonth: monthInSentence(best.period, ctx),
    worstRank: worst.rank,
    worstCount: worst.rankedCount,
    worstMonth: monthInSentence(worst.period, ctx),
  });
}

interface GroupStanding {
  readonly key: GroupKey;
  readonly value: number;
  readonly median: number;
  readonly band: 'above' | 'within' | 'below';
  /** (value − median) ÷ the group's maximum, from the gap rounded to hundredths. */
  readonly share: number;
}

/** Each group of one month against the province: band position and gap to the median. */
function groupStandings(month: ProfileTrendMonth): GroupStanding[] | null {
  const { groups, province } = month;
  if (groups === null || province === null) return null;
  return INDEX_GROUPS.map((group) => {
    const value = groups[group.key];
    const { q1, median, q3 } = province[group.key];
    const band = value > q3 ? 'above' : value < q1 ? 'below' : 'within';
    return { key: group.key, value, median, band, share: round2(value - median) / group.max };
  });
}

/**
 * The text alternative of the six group panels, for the latest month with both the unit's
 * groups and the province's quartiles: which groups sit above, within and below the province's
 * Q1–Q3 band, and the strongest and weakest group against the median (by share of the group's
 * maximum, as the gaps section ranks them). Tied groups are all named, in index order.
 */
export function summarizeProfileGroups(input: ProfileTrendInput, ctx: TextContext): string {
  const { t, format } = ctx;
  const { name } = input;
  const month = input.months.findLast((entry) => groupStandings(entry) !== null);
  const standings = month === undefined ? null : groupStandings(month);
  if (month === undefined || standings === null) return t('profile.groupsSummaryEmpty', { name });

  const list = (items: readonly GroupStanding[], describe: (item: GroupStanding) => string) =>
    items.length === 0 ? t('profile.groupsNone') : items.map(describe).join(', ');
  // Quoted: a group's name can hold a comma ("Công khai, minh bạch") and the lists use commas.
  const groupName = (item: GroupStanding) => `“${t(`group.${item.key}`)}”`;
  const withValues = (item: GroupStanding) =>
    t('profile.groupValue', {
      group: groupName(item),
      value: format.decimal(item.value),
      median: format.decimal(item.median),
    });
  const inBand = (band: GroupStanding['band']) =>
    list(
      standings.filter((item) => item.band === band),
      groupName,
    );
  const shares = standings.map((item) => item.share);
  const top = Math.max(...shares);
  const bottom = Math.min(...shares);
  // Shares of groups with different maxima can be equal up to floating-point noise.
  const near = (share: number, target: number) => Math.abs(share - target) < 1e-9;
  const bands = {
    month: format.month(month.period),
    name,
    above: inBand('above'),
    within: inBand('within'),
    below: inBand('below'),
  };
  if (near(top, bottom)) return t('profile.groupsSummaryEven', bands);
  return t('profile.groupsSummary', {
    ...bands,
    best: list(
      standings.filter((item) => near(item.share, top)),
      withValues,
    ),
    worst: list(
      standings.filter((item) => near(item.share, bottom)),
      withValues,
    ),
  });
}

/**
 * The text alternative of a small activity chart: for each series, its highest and lowest
 * monthly count (ties: the earliest month), or its one value when it never changes; months
 * without a report are skipped.
 */
export function summarizeActivity(
  input: Pick<ActivityChartInput, 'title' | 'months' | 'series'>,
  ctx: TextContext,
): string {
  const { t, format } = ctx;
  const { title, months } = input;
  const from = months[0];
  const to = months.at(-1);
  if (from === undefined || to === undefined) return t('profile.activitySummaryEmpty', { title });
  const ranges = input.series.map((series) => {
    const points = months.flatMap((period, index) => {
      const value = series.values[index];
      return value === null || value === undefined ? [] : [{ period, value }];
    });
    const high = firstMin(points, (point) => -point.value);
    const low = firstMin(points, (point) => point.value);
    if (high === undefined || low === undefined) {
      return t('profile.seriesNoData', { series: series.name });
    }
    if (high.value === low.value) {
      return t('profile.seriesFlat', { series: series.name, value: format.integer(high.value) });
    }
    return t('profile.seriesRange', {
      series: series.name,
      max: format.integer(high.value),
      maxMonth: monthInSentence(high.period, ctx),
      min: format.integer(low.value),
      minMonth: monthInSentence(low.period, ctx),
    });
  });
  return t('profile.activitySummary', {
    title,
    from: monthInSentence(from, ctx),
    to: monthInSentence(to, ctx),
    ranges: ranges.join('; '),
  });
}
