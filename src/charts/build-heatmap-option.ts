import type { HeatmapSeriesOption } from 'echarts/charts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { escapeHtml } from './escape-html.ts';

export interface HeatmapInput {
  /** Rows top to bottom, already filtered and ordered. */
  readonly units: readonly { readonly code: string; readonly name: string }[];
  /** Columns left to right, `YYYY-MM`. */
  readonly periods: readonly string[];
  readonly cells: readonly {
    readonly code: string;
    readonly period: string;
    readonly score: number;
    readonly rank: number;
    readonly rankedCount: number;
  }[];
  readonly mode: 'score' | 'rank';
  /** The metric's display name and maximum points. */
  readonly metricName: string;
  readonly max: number;
  /** The month the rows are ordered by (`YYYY-MM`): its column is marked. */
  readonly period: string;
}

const RAMP = ['#f7fbff', '#9ecae1', '#2171b5', '#08306b'] as const;
const ROW_HEIGHT = 14;
const CHROME_HEIGHT = 194;

/** Pixel height that gives every unit a visible row. */
export function heatmapChartHeight(unitCount: number): number {
  return Math.max(260, unitCount * ROW_HEIGHT + CHROME_HEIGHT);
}

/**
 * Units (rows) × months (columns), each cell the unit's score (0 to `max`) or its rank that
 * month (1 is darkest), so 94 × 16 reads at a glance. Missing unit-months stay blank.
 */
export function buildHeatmapOption(input: HeatmapInput, ctx: ChartContext): ChartOption {
  const { t, format, theme } = ctx;
  const codes = input.units.map((unit) => unit.code);
  const rowOf = new Map(codes.map((code, index) => [code, index]));
  const colOf = new Map(input.periods.map((period, index) => [period, index]));
  const names = new Map(input.units.map((unit) => [unit.code, unit.name]));
  const maxRank = Math.max(1, ...input.cells.map((cell) => cell.rankedCount));
  const data: [number, number, number][] = [];
  for (const cell of input.cells) {
    const row = rowOf.get(cell.code);
    const col = colOf.get(cell.period);
    if (row === undefined || col === undefined) continue;
    data.push([col, row, input.mode === 'rank' ? cell.rank : cell.score]);
  }
  // The colour ramp starts at the lowest score shown (rounded down to 5), not at 0: scores
  // cluster high, and a 0–max ramp would paint every cell the same dark blue.
  const shownScores = input.cells.filter((cell) => rowOf.has(cell.code)).map((cell) => cell.score);
  const floorStep = input.max >= 50 ? 5 : 1;
  const scoreFloor = Math.max(
    0,
    Math.floor(Math.min(input.max, ...shownScores) / floorStep) * floorStep,
  );
  const byKey = new Map(input.cells.map((cell) => [`${cell.code}|${cell.period}`, cell]));
  const modeName = t(input.mode === 'rank' ? 'ranking.heatmap.rank' : 'ranking.heatmap.score');
  const heatmapSeries: HeatmapSeriesOption = {
    type: 'heatmap',
    name: modeName,
    data,
    itemStyle: { borderColor: '#ffffff', borderWidth: 0.5 },
    emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 1 } },
  };
  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: {
        description: t('ranking.heatmap.chartLabel', {
          units: t('count.units', { count: codes.length }),
          months: t('count.months', { count: input.periods.length }),
          mode: modeName,
          metric: input.metricName,
        }),
      },
    },
    title: {
      text: t('ranking.heatmap.title', { metric: input.metricName }),
      subtext: withSource(modeName, ctx),
      left: 0,
      top: 0,
      textStyle: { fontSize: 15, color: theme.text },
      subtextStyle: { color: sourceColor(ctx, theme) },
    },
    grid: {
      left: 8,
      right: 16,
      top: 96,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const value = item?.value;
        if (!Array.isArray(value)) return '';
        const code = codes[Number(value[1])] ?? '';
        const period = input.periods[Number(value[0])] ?? '';
        const cell = byKey.get(`${code}|${period}`);
        if (cell === undefined) return '';
        return [
          `<b>${escapeHtml(names.get(code) ?? code)}</b> · ${escapeHtml(format.month(period))}`,
          `${escapeHtml(input.metricName)}: <b>${format.decimal(cell.score)}</b> / ${format.integer(input.max)}`,
          escapeHtml(t('tooltip.rankOf', { rank: cell.rank, count: cell.rankedCount })),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      // The month the rows are ordered by stands out in the accent colour.
      data: input.periods.map((period) => ({
        value: period.replace(/^(\d{4})-(\d{2})$/, '$2/$1'),
        textStyle:
          period === input.period ? { color: theme.accent, fontWeight: 'bold' as const } : {},
      })),
      axisLabel: { fontSize: 10, rotate: 45, interval: 0 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: codes,
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: 10,
        formatter: (code: string) => names.get(code) ?? code,
      },
    },
    visualMap: {
      type: 'continuous',
      min: input.mode === 'rank' ? 1 : scoreFloor,
      max: input.mode === 'rank' ? maxRank : input.max,
      calculable: false,
      orient: 'horizontal',
      top: 48,
      left: 0,
      itemHeight: 120,
      text: [
        format.integer(input.mode === 'rank' ? maxRank : input.max),
        format.integer(input.mode === 'rank' ? 1 : scoreFloor),
      ],
      // Rank 1 is the best, so the ramp runs the other way: darkest always means best.
      inRange: { color: input.mode === 'rank' ? [...RAMP].reverse() : [...RAMP] },
      formatter: (value: unknown) => (typeof value === 'number' ? format.decimal(value, 0) : ''),
    },
    series: [heatmapSeries],
  };
}
