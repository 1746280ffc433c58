import { INDEX_GROUPS, type GroupKey } from '../data/index-groups.ts';
import type { BoxplotSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { escapeHtml } from './escape-html.ts';
import { medianOf } from './median.ts';

export interface DistributionUnit {
  readonly code: string;
  readonly name: string;
  readonly groups: Readonly<Record<GroupKey, number>> | null;
}

export interface DistributionInput {
  /** Every unit of the month (units without scores are skipped). */
  readonly units: readonly DistributionUnit[];
  /** `YYYY-MM`. */
  readonly period: string;
  /** The highlighted unit, if any. */
  readonly selected: string | null;
}

/** Per group: the five-number summary of its points and the median (points, not percent). */
export interface GroupStats {
  readonly key: GroupKey;
  readonly max: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly highest: number;
  readonly count: number;
}

/** Linear-interpolation quantile (type 7) of sorted values. */
function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (position - low);
}

/** The five-number summary of each group over the units with scores; empty when none. */
export function groupStats(units: readonly DistributionUnit[]): GroupStats[] {
  const scored = units.flatMap((unit) => (unit.groups === null ? [] : [unit.groups]));
  if (scored.length === 0) return [];
  return INDEX_GROUPS.map((group) => {
    const values = scored.map((groups) => groups[group.key]).sort((a, b) => a - b);
    return {
      key: group.key,
      max: group.max,
      min: values[0] ?? 0,
      q1: quantile(values, 0.25),
      median: medianOf(values) ?? 0,
      q3: quantile(values, 0.75),
      highest: values.at(-1) ?? 0,
      count: values.length,
    };
  });
}

const percent = (value: number, max: number) => Math.round((value / max) * 10000) / 100;

/**
 * Where every unit sits in each of the six groups: a box plot (quartiles, province median as the
 * box's middle line) with each unit as a dot, on one axis in percent of the group's maximum so
 * groups of different maxima line up. The selected unit is drawn large in the accent colour.
 */
export function buildDistributionOption(input: DistributionInput, ctx: ChartContext): ChartOption {
  const { t, format, theme } = ctx;
  const stats = groupStats(input.units);
  const scored = input.units.filter((unit) => unit.groups !== null);
  const month = format.month(input.period);
  const labels = INDEX_GROUPS.map((group) => group.code);
  // A deterministic vertical jitter so dots with equal scores stay visible.
  const jitter = (index: number) => (((index * 37) % 21) - 10) / 40;
  const dots = (units: readonly DistributionUnit[]) =>
    units.flatMap((unit, index) =>
      INDEX_GROUPS.map((group, row) => ({
        value: [percent(unit.groups?.[group.key] ?? 0, group.max), row + jitter(index)],
        name: unit.code,
      })),
    );
  const names = new Map(input.units.map((unit) => [unit.code, unit]));
  const selected = scored.filter((unit) => unit.code === input.selected);
  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: { description: t('ranking.distribution.chartLabel', { count: scored.length }) },
    },
    title: {
      text: t('ranking.distribution.title'),
      subtext: withSource(month, ctx),
      left: 0,
      top: 0,
      textStyle: { fontSize: 15, color: theme.text },
      subtextStyle: { color: sourceColor(ctx, theme) },
    },
    legend: { top: 48, left: 0 },
    grid: {
      left: 8,
      right: 24,
      top: 72,
      bottom: 40,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        if (item?.seriesType === 'boxplot') {
          const stat = stats[item.dataIndex];
          if (stat === undefined) return '';
          return `<b>${escapeHtml(t(`group.${stat.key}`))}</b><br/>${escapeHtml(t('ranking.column.median'))}: <b>${format.decimal(stat.median)}</b> / ${stat.max}`;
        }
        const unit = typeof item?.name === 'string' ? names.get(item.name) : undefined;
        const value = item?.value;
        if (unit === undefined || !Array.isArray(value)) return '';
        const group = INDEX_GROUPS[Math.round(Number(value[1]))];
        if (group === undefined) return '';
        return `<b>${escapeHtml(unit.name)}</b><br/>${escapeHtml(t(`group.${group.key}`))}: <b>${format.decimal(unit.groups?.[group.key] ?? 0)}</b> / ${group.max}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: t('ranking.distribution.axis'),
      nameLocation: 'middle',
      nameGap: 26,
      // The hidden dot axis has its zero at the first row: keep the x axis line at the bottom.
      axisLine: { onZero: false },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    // Dots sit on a hidden value axis aligned with the categories, so they can be jittered.
    yAxis: [
      { type: 'category', inverse: true, data: labels, axisTick: { show: false } },
      { type: 'value', show: false, inverse: true, min: -0.5, max: INDEX_GROUPS.length - 0.5 },
    ],
    series: [
      boxplotSeries({
        type: 'boxplot',
        name: t('ranking.column.median'),
        itemStyle: { color: 'transparent', borderColor: theme.mutedText },
        boxWidth: [10, 28],
        data: stats.map((stat) =>
          [stat.min, stat.q1, stat.median, stat.q3, stat.highest].map((value) =>
            percent(value, stat.max),
          ),
        ),
      }),
      scatterSeries({
        type: 'scatter',
        name: t('ranking.distribution.units'),
        yAxisIndex: 1,
        symbolSize: 5,
        itemStyle: { color: theme.unitType.xa, opacity: 0.45 },
        data: dots(scored),
      }),
      scatterSeries({
        type: 'scatter',
        name: selected[0]?.name ?? t('ranking.distribution.selected'),
        yAxisIndex: 1,
        symbolSize: 13,
        symbol: 'diamond',
        z: 5,
        itemStyle: { color: theme.accent, borderColor: '#ffffff', borderWidth: 1 },
        data: selected.flatMap((unit) =>
          INDEX_GROUPS.map((group, row) => ({
            value: [percent(unit.groups?.[group.key] ?? 0, group.max), row],
            name: unit.code,
          })),
        ),
      }),
    ],
  };
}

// Typed one series at a time: checked against the union, ECharts' types flag false deprecations.
const boxplotSeries = (series: BoxplotSeriesOption) => series;
const scatterSeries = (series: ScatterSeriesOption) => series;
