import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { COMPARE_COLORS } from './compare-series.ts';
import { escapeHtml } from './escape-html.ts';

export interface CompareInput {
  /** The compared units, in the order chosen. */
  readonly units: readonly { readonly code: string; readonly name: string }[];
  /** `YYYY-MM`, oldest first. */
  readonly periods: readonly string[];
  readonly cells: readonly {
    readonly code: string;
    readonly period: string;
    readonly score: number;
  }[];
  readonly metricName: string;
  readonly max: number;
  /** The month in focus (`YYYY-MM`), marked with a vertical line. */
  readonly period: string;
}

/**
 * One line per compared unit (2 to 5): its metric score month by month, from 0 to the metric's
 * maximum; months without data break the line. The month in focus is marked.
 */
export function buildCompareOption(input: CompareInput, ctx: ChartContext): ChartOption {
  const { t, format, theme } = ctx;
  const byKey = new Map(input.cells.map((cell) => [`${cell.code}|${cell.period}`, cell.score]));
  const names = input.units.map((unit) => unit.name);
  // Axis ends on round numbers, so ECharts does not add a crowded label at an odd end.
  const step = input.max >= 50 ? 5 : 1;
  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: {
        description: t('ranking.compare.chartLabel', {
          metric: input.metricName,
          names: names.join(', '),
        }),
      },
    },
    color: [...COMPARE_COLORS],
    title: {
      text: t('ranking.compare.title', { metric: input.metricName }),
      subtext: withSource(null, ctx),
      left: 0,
      top: 0,
      textStyle: { fontSize: 15, color: theme.text },
      subtextStyle: { color: sourceColor(ctx, theme) },
    },
    legend: { top: 48, left: 0, data: names },
    grid: {
      left: 8,
      right: 24,
      top: 96,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const index = items[0]?.dataIndex ?? -1;
        const period = input.periods[index];
        if (period === undefined) return '';
        const lines = input.units.map((unit) => {
          const score = byKey.get(`${unit.code}|${period}`);
          return `${escapeHtml(unit.name)}: <b>${score === undefined ? '—' : format.decimal(score)}</b>`;
        });
        return [`<b>${escapeHtml(format.month(period))}</b>`, ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: input.periods.map((period) => period.replace(/^(\d{4})-(\d{2})$/, '$2/$1')),
      axisLabel: { fontSize: 10 },
    },
    yAxis: {
      type: 'value',
      // Zoomed on the data (never below 0 or above the maximum) so small gaps stay visible.
      min: (extent: { min: number }) => Math.max(0, Math.floor((extent.min - 1) / step) * step),
      max: (extent: { max: number }) =>
        Math.min(input.max, Math.ceil((extent.max + 1) / step) * step),
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    series: input.units.map((unit, index) => ({
      type: 'line',
      name: unit.name,
      symbolSize: 6,
      connectNulls: false,
      lineStyle: { width: 2, type: index >= 3 ? ('dashed' as const) : ('solid' as const) },
      data: input.periods.map((period) => byKey.get(`${unit.code}|${period}`) ?? null),
      ...(index === 0 && input.periods.includes(input.period)
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { formatter: format.month(input.period), fontSize: 10 },
              lineStyle: { color: theme.mutedText, type: 'dotted' as const },
              data: [{ xAxis: input.periods.indexOf(input.period) }],
            },
          }
        : {}),
    })),
  };
}
