import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { escapeHtml } from './escape-html.ts';
import { shortMonth } from '../i18n/format.ts';

/** One named monthly count series of a small activity chart. */
export interface ActivitySeries {
  readonly name: string;
  /** One value per month; null when the unit has no report that month. */
  readonly values: readonly (number | null)[];
  readonly color: string;
  readonly kind: 'bar' | 'line';
}

export interface ActivityChartInput {
  readonly title: string;
  /** `YYYY-MM`, oldest first. */
  readonly months: readonly string[];
  readonly series: readonly ActivitySeries[];
  /** Leave out the title (the print copy sits under an HTML title and the page's sample notice). */
  readonly compact?: boolean;
}

export const ACTIVITY_CHART_HEIGHT = 200;

/**
 * A small monthly trend of counts (dossiers received and resolved, or petitions received and
 * pending): one bar or line per series, counts formatted as integers, months without a report
 * left empty rather than drawn as zero.
 */
export function buildCommuneActivityOption(
  input: ActivityChartInput,
  ctx: ChartContext,
): ChartOption {
  const { format, theme } = ctx;
  const tooltip = (index: number): string => {
    const period = input.months[index];
    if (period === undefined) return '';
    return [
      `<b>${escapeHtml(format.month(period))}</b>`,
      ...input.series.map((series) => {
        const value = series.values[index];
        const shown = value === null || value === undefined ? '—' : format.integer(value);
        return `${escapeHtml(series.name)}: <b>${shown}</b>`;
      }),
    ].join('<br/>');
  };
  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: { enabled: true, label: { description: input.title } },
    title: {
      show: input.compact !== true,
      text: input.title,
      subtext: withSource(null, ctx),
      left: 0,
      top: 0,
      textStyle: { fontSize: 13, color: theme.text },
      subtextStyle: { color: sourceColor(ctx, theme), fontSize: 10 },
    },
    legend: {
      top: input.compact === true ? 0 : 46,
      left: 0,
      itemWidth: 14,
      textStyle: { fontSize: 11 },
    },
    grid: {
      left: 8,
      right: 8,
      top: input.compact === true ? 30 : 80,
      bottom: 4,
      outerBoundsMode: 'same' as const,
      outerBoundsContain: 'axisLabel' as const,
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        return typeof item?.dataIndex === 'number' ? tooltip(item.dataIndex) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: input.months.map(shortMonth),
      axisLabel: { fontSize: 9 },
    },
    yAxis: {
      type: 'value',
      min: 0,
      splitNumber: 3,
      axisLabel: { fontSize: 9, formatter: (value: number) => format.integer(value) },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    series: input.series.map((series) =>
      series.kind === 'bar'
        ? {
            type: 'bar' as const,
            name: series.name,
            data: [...series.values],
            itemStyle: { color: series.color },
            barMaxWidth: 12,
          }
        : {
            type: 'line' as const,
            name: series.name,
            data: [...series.values],
            symbolSize: 4,
            itemStyle: { color: series.color },
            lineStyle: { color: series.color, width: 2 },
          },
    ),
  };
}
