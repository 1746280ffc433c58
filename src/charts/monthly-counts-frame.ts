import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';

export interface MonthlyCountsFrameInput {
  /** Category labels of the x axis, `YYYY-MM`, oldest first. */
  readonly months: readonly string[];
  /** Name of the left axis (the stacked counts). */
  readonly countAxisName: string;
  /** Vertical room taken by title and legend above, and by the legend below. */
  readonly gridTop: number;
  readonly gridBottom: number;
  /** Tooltip HTML (already escaped) for the month at this index. */
  readonly tooltipAt: (index: number) => string;
}

/**
 * The frame shared by the monthly trend charts: months on the x axis (`7/25`), stacked counts on
 * the left axis and a 0–100 % share (a rate line) on the right one, and an axis tooltip per month.
 * Builders add title, legend and series.
 */
export function monthlyCountsFrame(
  input: MonthlyCountsFrameInput,
  ctx: Pick<ChartContext, 'format' | 'theme'>,
): Pick<ChartOption, 'grid' | 'tooltip' | 'xAxis' | 'yAxis'> {
  const { format, theme } = ctx;
  return {
    grid: {
      left: 8,
      right: 8,
      top: input.gridTop,
      bottom: input.gridBottom,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const index = (item as { dataIndex?: unknown } | undefined)?.dataIndex;
        return typeof index === 'number' ? input.tooltipAt(index) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: [...input.months],
      axisLabel: {
        formatter: (month: string) => {
          const [year, number] = month.split('-');
          return `${Number(number)}/${year?.slice(2) ?? ''}`;
        },
      },
    },
    yAxis: [
      {
        type: 'value',
        name: input.countAxisName,
        axisLabel: { formatter: (value: number) => format.integer(value) },
        splitLine: { lineStyle: { color: theme.gridLine } },
      },
      {
        type: 'value',
        min: 0,
        max: 1,
        axisLabel: { formatter: (value: number) => format.percent(value, 0) },
        splitLine: { show: false },
      },
    ],
  };
}
