import { INDEX_GROUPS } from '../data/index-groups.ts';
import type { ActivityChartInput } from './build-commune-activity-option.ts';
import type { ChartContext } from './chart-context.ts';
import { cellText, type ChartTableSpec } from './chart-table.ts';
import type { ProfileTrendInput } from './profile-series.ts';

type TextContext = Pick<ChartContext, 't' | 'format'>;

/**
 * The total-and-rank chart as a table, oldest month first like the chart: the unit's total and
 * rank, and the province's Q1, median and Q3 of the total.
 */
export function profileRankTable(input: ProfileTrendInput, ctx: TextContext): ChartTableSpec {
  const { t, format } = ctx;
  const decimal = (value: number) => format.decimal(value);
  return {
    caption: t('profile.rankTableCaption', { name: input.name }),
    columns: [
      { header: t('profile.colMonth') },
      { header: t('column.total'), numeric: true },
      { header: t('column.rank'), numeric: true },
      { header: t('profile.colQ1'), numeric: true },
      { header: t('profile.colMedian'), numeric: true },
      { header: t('profile.colQ3'), numeric: true },
    ],
    rows: input.months.map((month) => {
      const band = month.province?.total;
      return {
        key: month.period,
        header: format.month(month.period),
        cells: [
          month.total === null ? t('column.noData') : decimal(month.total),
          month.rank === null ? '—' : `${String(month.rank)}/${String(month.rankedCount)}`,
          cellText(band?.q1, decimal),
          cellText(band?.median, decimal),
          cellText(band?.q3, decimal),
        ],
      };
    }),
  };
}

/**
 * The six group panels as six tables, one per group in index order, oldest month first: the
 * unit's score and the province's Q1, median and Q3.
 */
export function profileGroupsTables(input: ProfileTrendInput, ctx: TextContext): ChartTableSpec[] {
  const { t, format } = ctx;
  const decimal = (value: number) => format.decimal(value);
  return INDEX_GROUPS.map((group) => ({
    caption: t('profile.groupTableCaption', {
      group: t(`group.${group.key}`),
      max: group.max,
      name: input.name,
    }),
    columns: [
      { header: t('profile.colMonth') },
      { header: input.name, numeric: true },
      { header: t('profile.colQ1'), numeric: true },
      { header: t('profile.colMedian'), numeric: true },
      { header: t('profile.colQ3'), numeric: true },
    ],
    rows: input.months.map((month) => {
      const band = month.province?.[group.key];
      return {
        key: month.period,
        header: format.month(month.period),
        cells: [
          cellText(month.groups?.[group.key], decimal),
          cellText(band?.q1, decimal),
          cellText(band?.median, decimal),
          cellText(band?.q3, decimal),
        ],
      };
    }),
  }));
}

/** A small activity chart of the unit `name` as a table: one row per month, one per series. */
export function activityTable(
  input: Pick<ActivityChartInput, 'title' | 'months' | 'series'> & { readonly name: string },
  ctx: TextContext,
): ChartTableSpec {
  const { t, format } = ctx;
  return {
    caption: t('profile.activityTableCaption', { title: input.title, name: input.name }),
    columns: [
      { header: t('profile.colMonth') },
      ...input.series.map((series) => ({ header: series.name, numeric: true })),
    ],
    rows: input.months.map((period, index) => ({
      key: period,
      header: format.month(period),
      cells: input.series.map((series) => cellText(series.values[index], format.integer)),
    })),
  };
}
