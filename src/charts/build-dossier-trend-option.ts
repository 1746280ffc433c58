import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { onTimeRate, type OnTimeRateKind } from '../data/on-time-rates.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { escapeHtml } from './escape-html.ts';
import { monthlyCountsFrame } from './monthly-counts-frame.ts';
import { chartLayout } from './chart-layout.ts';
import { decalFor } from './decal-patterns.ts';
import {
  OUTCOME_COLORS,
  OUTCOME_KEYS,
  OUTCOME_PATTERNS,
  SMALL_COUNT_OPACITY,
  type DossierChartCounts,
} from './dossier-series.ts';

export interface DossierTrendPoint {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly counts: DossierChartCounts;
}

export interface DossierTrendChartInput {
  readonly rows: readonly DossierTrendPoint[];
  readonly rate: OnTimeRateKind;
  /** Whose trend: the filtered province, or one unit's name. */
  readonly scope: string;
  /** Narrow screen: legend below, wrapped title. */
  readonly compact?: boolean;
}

export const DOSSIER_TREND_HEIGHT = 360;

/** Pixel height of the trend chart (taller on narrow screens, where the legend goes below). */
export function dossierTrendHeight(compact = false): number {
  return DOSSIER_TREND_HEIGHT + chartLayout(compact, 0, 0).extraHeight;
}

/**
 * Month by month: the five outcome buckets as stacked columns (left axis, dossiers) and the
 * chosen on-time rate as a line (right axis, 0–100 %). A month whose rate comes from fewer than
 * 20 dossiers has a faded column and a hollow point; a month with no denominator has a gap in
 * the line, never a zero.
 */
export function buildDossierTrendOption(
  input: DossierTrendChartInput,
  ctx: ChartContext,
): ChartOption {
  const { t, format, theme } = ctx;
  const layout = chartLayout(input.compact, 48, 112);
  const rates = input.rows.map((row) => onTimeRate(input.rate, row.counts));
  const rateName = t(`dossiers.rate.${input.rate}.short`);
  const tooltip = (index: number): string => {
    const row = input.rows[index];
    const rate = rates[index];
    if (row === undefined || rate === undefined) return '';
    return [
      `<b>${escapeHtml(format.month(row.month))}</b> · ${escapeHtml(input.scope)}`,
      `${escapeHtml(t(`dossiers.rate.${input.rate}.name`))}: <b>${format.percent(rate.ratio)}</b> (${escapeHtml(t('share.n', { n: format.integer(rate.denominator) }))})${rate.small ? ` · ${escapeHtml(t('share.small'))}` : ''}`,
      ...OUTCOME_KEYS.map(
        (key) => `${escapeHtml(t(`dossiers.bucket.${key}`))}: ${format.integer(row.counts[key])}`,
      ),
      ...(row.counts.gap === 0
        ? []
        : [escapeHtml(t('dossiers.quality.flag', { gap: format.integer(row.counts.gap) }))]),
    ].join('<br/>');
  };

  const lineSeries: LineSeriesOption = {
    type: 'line',
    name: rateName,
    yAxisIndex: 1,
    connectNulls: false,
    itemStyle: { color: theme.text },
    lineStyle: { width: 2 },
    symbolSize: 7,
    data: rates.map((rate) => ({
      value: rate.ratio,
      symbol: rate.small ? 'emptyCircle' : 'circle',
    })),
  };

  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: { description: t('dossiers.trendChartLabel', { scope: input.scope, rate: rateName }) },
    },
    title: {
      text: t('dossiers.trendTitle', { scope: input.scope }),
      subtext: withSource(rateName, ctx),
      left: 0,
      top: 0,
      textStyle: { ...layout.titleText, color: theme.text },
      subtextStyle: { ...layout.subtext, color: sourceColor(ctx, theme) },
    },
    legend: layout.legend,
    ...monthlyCountsFrame(
      {
        months: input.rows.map((row) => row.month),
        countAxisName: t('dossiers.axisCount'),
        gridTop: layout.gridTop,
        gridBottom: layout.gridBottom,
        tooltipAt: tooltip,
      },
      ctx,
    ),
    series: [
      ...OUTCOME_KEYS.map((key): BarSeriesOption => ({
        type: 'bar',
        name: t(`dossiers.bucket.${key}`),
        stack: 'dossiers',
        barMaxWidth: 28,
        itemStyle: {
          color: OUTCOME_COLORS[key],
          decal: decalFor(OUTCOME_PATTERNS[key], OUTCOME_COLORS[key]),
        },
        data: input.rows.map((row, index) => ({
          value: row.counts[key],
          itemStyle: rates[index]?.small === true ? { opacity: SMALL_COUNT_OPACITY } : {},
        })),
      })),
      lineSeries,
    ],
  };
}
