import type { LineSeriesOption } from 'echarts/charts';
import { shortMonth } from '../i18n/format.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { escapeHtml } from './escape-html.ts';
import {
  PROFILE_BAND_OPACITY,
  PROFILE_COLORS,
  type ProfileQuartiles,
  type ProfileTrendInput,
} from './profile-series.ts';

export interface ProfileRankInput extends ProfileTrendInput {
  /** Pixel height the chart is drawn at: the two panels share it 60/40. */
  readonly height: number;
  /**
   * Leave out the title and subtitle (the print copy: the page prints its heading, the
   * sample-data badge and the source line around it).
   */
  readonly compact?: boolean;
}

export const PROFILE_RANK_CHART_HEIGHT = 380;

/**
 * Where has the unit stood month by month? Two stacked panels sharing the month axis: the
 * total score against the province median (dashed) and the Q1–Q3 band (shaded), and the rank
 * among the units scored that month on an inverted axis (1 at the top). Months without a score
 * are gaps, not zeros.
 */
export function buildProfileRankOption(input: ProfileRankInput, ctx: ChartContext): ChartOption {
  const { t, format, theme } = ctx;
  const { months } = input;
  const categories = months.map((month) => shortMonth(month.period));
  const maxRanked = Math.max(1, ...months.map((month) => month.rankedCount));
  const band = (pick: (q: ProfileQuartiles) => number) =>
    months.map((month) => (month.province === null ? null : pick(month.province.total)));
  const hidden = { opacity: 0 };
  const compact = input.compact === true;
  const plotTop = compact ? 36 : 100;
  const gap = 44;
  const bottom = 24;
  const scoreHeight = Math.round((input.height - plotTop - gap - bottom) * 0.6);
  const rankTop = plotTop + scoreHeight + gap;
  // A fixed left margin in both panels keeps their month axes aligned (no per-grid shrinking).
  const bounds = { outerBoundsMode: 'none' as const };

  const tooltip = (index: number): string => {
    const month = months[index];
    if (month === undefined) return '';
    const quartiles = month.province?.total;
    const lines = [
      `<b>${escapeHtml(input.name)}</b> · ${escapeHtml(format.month(month.period))}`,
      month.total === null
        ? escapeHtml(t('profile.noScoreShort'))
        : `${escapeHtml(t('column.total'))}: <b>${format.decimal(month.total)}</b> · ${escapeHtml(
            t('profile.rankOf', { rank: month.rank ?? '—', count: month.rankedCount }),
          )}`,
    ];
    if (quartiles !== undefined) {
      lines.push(
        `${escapeHtml(t('profile.seriesMedian'))}: ${format.decimal(quartiles.median)}`,
        `Q1–Q3: ${format.decimal(quartiles.q1)} – ${format.decimal(quartiles.q3)}`,
      );
    }
    return lines.join('<br/>');
  };

  // Typed as line series on its own: against the option's series union, `itemStyle` and `label`
  // resolve to a deprecated declaration and fail the lint.
  const series: LineSeriesOption[] = [
    {
      type: 'line' as const,
      name: `${t('profile.seriesBand')}-base`,
      stack: 'total-band',
      data: band((q) => q.q1),
      symbol: 'none',
      silent: true,
      lineStyle: hidden,
      tooltip: { show: false },
    },
    {
      type: 'line' as const,
      name: t('profile.seriesBand'),
      stack: 'total-band',
      data: band((q) => q.q3 - q.q1),
      symbol: 'none',
      silent: true,
      lineStyle: hidden,
      itemStyle: { color: PROFILE_COLORS.band },
      areaStyle: { color: PROFILE_COLORS.band, opacity: PROFILE_BAND_OPACITY },
    },
    {
      type: 'line' as const,
      name: t('profile.seriesMedian'),
      data: band((q) => q.median),
      symbol: 'none',
      lineStyle: { color: theme.mutedText, type: 'dashed' as const, width: 1.5 },
      itemStyle: { color: theme.mutedText },
    },
    {
      type: 'line' as const,
      name: input.name,
      data: months.map((month) => month.total),
      symbolSize: 5,
      lineStyle: { width: 2.5, color: PROFILE_COLORS.unit },
      itemStyle: { color: PROFILE_COLORS.unit },
    },
    {
      type: 'line' as const,
      name: t('profile.seriesRank'),
      xAxisIndex: 1,
      yAxisIndex: 1,
      data: months.map((month) => month.rank),
      symbolSize: 5,
      lineStyle: { width: 2, color: PROFILE_COLORS.unit },
      itemStyle: { color: PROFILE_COLORS.unit },
      label: {
        show: true,
        position: 'top',
        fontSize: 9,
        color: theme.mutedText,
        formatter: (params: { value?: unknown }) =>
          typeof params.value === 'number' ? format.integer(params.value) : '',
      },
    },
  ];

  const subtitle = withSource(null, ctx);
  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: {
        description: t('profile.rankChartLabel', { name: input.name, count: months.length }),
      },
    },
    title: [
      {
        show: !compact,
        text: t('profile.rankChartTitle'),
        subtext: subtitle,
        left: 0,
        top: 0,
        textStyle: { fontSize: 14, color: theme.text },
        subtextStyle: { color: sourceColor(ctx, theme), fontSize: 11 },
      },
      {
        text: t('profile.axisRank'),
        left: 0,
        top: rankTop - 30,
        textStyle: { fontSize: 12, fontWeight: 'normal', color: theme.mutedText },
      },
    ],
    legend: {
      top: compact ? 0 : 54,
      left: 0,
      itemWidth: 18,
      data: [input.name, t('profile.seriesMedian'), t('profile.seriesBand')],
    },
    grid: [
      { left: 36, right: 20, top: plotTop, height: scoreHeight, ...bounds },
      { left: 36, right: 20, top: rankTop, bottom, ...bounds },
    ],
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        return typeof item?.dataIndex === 'number' ? tooltip(item.dataIndex) : '';
      },
    },
    xAxis: [0, 1].map((gridIndex) => ({
      type: 'category' as const,
      gridIndex,
      data: categories,
      boundaryGap: false,
      axisLabel: { show: gridIndex === 1, fontSize: 10 },
      axisTick: { alignWithLabel: true },
    })),
    yAxis: [
      {
        type: 'value',
        gridIndex: 0,
        min: (extent: { min: number }) => Math.max(0, Math.floor((extent.min - 5) / 10) * 10),
        max: 100,
        splitNumber: 3,
        axisLabel: { fontSize: 10, formatter: (value: number) => format.integer(value) },
        splitLine: { lineStyle: { color: theme.gridLine } },
      },
      {
        type: 'value',
        gridIndex: 1,
        inverse: true,
        min: 1,
        max: maxRanked,
        minInterval: 1,
        splitNumber: 3,
        axisLabel: { fontSize: 10, formatter: (value: number) => format.integer(value) },
        splitLine: { lineStyle: { color: theme.gridLine } },
      },
    ],
    series,
  };
}
