import { INDEX_GROUPS, type GroupKey } from '../data/index-groups.ts';
import type { BarSeriesOption } from 'echarts/charts';
import { formatSigned } from '../i18n/format.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { escapeHtml } from './escape-html.ts';
import { CHANGE_COLORS } from './rank-change-series.ts';

/** A unit's change in total, split by group (as `getRankChange` returns it). */
export interface RankChangeInput {
  readonly name: string;
  /** `YYYY-MM` of the month and of the month it is compared with. */
  readonly period: string;
  readonly previousPeriod: string;
  readonly totalChange: number;
  readonly groups: readonly {
    readonly key: GroupKey;
    readonly previous: number;
    readonly current: number;
    readonly change: number;
  }[];
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `value` (at least 0.05). */
function niceExtent(value: number): number {
  const target = Math.max(value, 0.05);
  const power = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= target) ?? 10;
  return Math.round(step * power * 1000) / 1000;
}

/**
 * Diverging horizontal bars: each group's change in points since the previous month (teal gain,
 * red loss) and, last, the change in total, which is their exact sum. Points, not percent.
 */
export function buildRankChangeOption(input: RankChangeInput, ctx: ChartContext): ChartOption {
  const { t, format, theme } = ctx;
  const month = format.month(input.period);
  const previous = format.month(input.previousPeriod);
  const labels = [...input.groups.map((group) => group.key.toUpperCase()), t('tooltip.total')];
  const values = [...input.groups.map((group) => group.change), input.totalChange];
  const extent = niceExtent(Math.max(...values.map((value) => Math.abs(value))));
  const names = [...input.groups.map((group) => t(`group.${group.key}`)), t('tooltip.total')];
  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: { description: t('ranking.why.chartLabel', { name: input.name }) },
    },
    title: {
      text: t('ranking.why.chartTitle'),
      subtext: [`${input.name} · ${previous} → ${month}`, withSource(null, ctx)]
        .filter((line) => line !== '')
        .join('\n'),
      left: 0,
      top: 0,
      textStyle: { fontSize: 14, color: theme.text },
      subtextStyle: { color: sourceColor(ctx, theme), lineHeight: 16 },
    },
    grid: {
      left: 8,
      right: 56,
      top: 64,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const index = item?.dataIndex ?? -1;
        const group = input.groups[index];
        const name = escapeHtml(names[index] ?? '');
        if (group === undefined) {
          return `<b>${name}</b>: ${formatSigned(input.totalChange, ctx)}`;
        }
        const max = INDEX_GROUPS.find((entry) => entry.key === group.key)?.max ?? 0;
        return `<b>${name}</b><br/>${format.decimal(group.previous)} → ${format.decimal(group.current)} / ${max}<br/>${formatSigned(group.change, ctx)}`;
      },
    },
    xAxis: {
      type: 'value',
      // Symmetric around zero, so gains and losses compare by length.
      min: -extent,
      max: extent,
      axisLabel: { formatter: (value: number) => format.decimal(value, extent >= 5 ? 0 : 2) },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      axisLine: { show: false },
    },
    series: [
      barSeries({
        type: 'bar',
        name: t('ranking.column.change'),
        barMaxWidth: 18,
        data: values.map((value, index) => ({
          value,
          label: { position: value < 0 ? ('left' as const) : ('right' as const) },
          itemStyle: {
            color:
              index === values.length - 1
                ? theme.text
                : value < 0
                  ? CHANGE_COLORS.loss
                  : CHANGE_COLORS.gain,
          },
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (params: { value?: unknown }) =>
            typeof params.value === 'number' ? formatSigned(params.value, ctx) : '',
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: theme.mutedText },
          data: [{ xAxis: 0 }],
        },
      }),
    ],
  };
}

// Typed on its own: checked against the series union, ECharts' types flag false deprecations.
const barSeries = (series: BarSeriesOption) => series;
