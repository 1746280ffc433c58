import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { answeredShare } from '../data/answered-share.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { escapeHtml } from './escape-html.ts';
import { monthlyCountsFrame } from './monthly-counts-frame.ts';
import { chartLayout } from './chart-layout.ts';
import { decalFor } from './decal-patterns.ts';
import {
  OUTCOME_COLORS,
  OUTCOME_PATTERNS,
  PETITION_OUTCOMES,
  type PetitionChartCounts,
} from './petition-series.ts';

export interface PetitionTrendPoint {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly counts: PetitionChartCounts;
}

export interface PetitionTrendChartInput {
  readonly rows: readonly PetitionTrendPoint[];
  /** Whose trend (the whole city or the filtered units). */
  readonly scope: string;
  /** Narrow screen: legend below, wrapped title. */
  readonly compact?: boolean;
}

export const PETITION_TREND_HEIGHT = 360;

/** Pixel height of the trend chart (taller on narrow screens, where the legend goes below). */
export function petitionTrendHeight(compact = false): number {
  return PETITION_TREND_HEIGHT + chartLayout(compact, 0, 0).extraHeight;
}

/**
 * Month by month: petitions received, stacked by outcome (left axis), and the answered share
 * as a line (right axis, 0–100 %; a gap where nothing was received, a hollow point when fewer
 * than 20 petitions).
 */
export function buildPetitionTrendOption(
  input: PetitionTrendChartInput,
  ctx: ChartContext,
): ChartOption {
  const { t, format, theme } = ctx;
  const layout = chartLayout(input.compact, 48, 112);
  const shares = input.rows.map((row) => answeredShare(row.counts));
  const shareName = t('petitions.answeredShare');
  const tooltip = (index: number): string => {
    const row = input.rows[index];
    const share = shares[index];
    if (row === undefined || share === undefined) return '';
    return [
      `<b>${escapeHtml(format.month(row.month))}</b> · ${escapeHtml(input.scope)}`,
      `${escapeHtml(t('petitions.column.received'))}: <b>${format.integer(row.counts.received)}</b>`,
      `${escapeHtml(shareName)}: <b>${format.percent(share.ratio)}</b> (n = ${format.integer(share.denominator)})${share.small ? ` · ${escapeHtml(t('share.small'))}` : ''}`,
      ...PETITION_OUTCOMES.map(
        (key) => `${escapeHtml(t(`petitions.outcome.${key}`))}: ${format.integer(row.counts[key])}`,
      ),
    ].join('<br/>');
  };

  const lineSeries: LineSeriesOption = {
    type: 'line',
    name: shareName,
    yAxisIndex: 1,
    connectNulls: false,
    itemStyle: { color: theme.text },
    symbolSize: 7,
    data: shares.map((share) => ({
      value: share.ratio,
      symbol: share.small ? 'emptyCircle' : 'circle',
    })),
  };

  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: { description: t('petitions.trendChartLabel', { scope: input.scope }) },
    },
    title: {
      text: t('petitions.trendTitle', { scope: input.scope }),
      subtext: withSource(null, ctx),
      left: 0,
      top: 0,
      textStyle: { ...layout.titleText, color: theme.text },
      subtextStyle: { ...layout.subtext, color: sourceColor(ctx, theme) },
    },
    legend: layout.legend,
    ...monthlyCountsFrame(
      {
        months: input.rows.map((row) => row.month),
        countAxisName: t('petitions.measure.count'),
        gridTop: layout.gridTop,
        gridBottom: layout.gridBottom,
        tooltipAt: tooltip,
      },
      ctx,
    ),
    series: [
      ...PETITION_OUTCOMES.map((key): BarSeriesOption => ({
        type: 'bar',
        name: t(`petitions.outcome.${key}`),
        stack: 'petitions',
        barMaxWidth: 28,
        itemStyle: {
          color: OUTCOME_COLORS[key],
          decal: decalFor(OUTCOME_PATTERNS[key], OUTCOME_COLORS[key]),
        },
        data: input.rows.map((row) => row.counts[key]),
      })),
      lineSeries,
    ],
  };
}
