import { INDEX_GROUPS, type GroupKey } from '../data/index-groups.ts';
import { UNIT_TYPES, type UnitType } from '../data/schema.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { escapeHtml } from './escape-html.ts';
import { medianOf } from './median.ts';

/** One ranked unit, as the ranking query returns it (only the fields the chart needs). */
export interface RankingBarRow {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly rank: number | null;
  readonly score: number | null;
  readonly total: number | null;
  readonly groups: Readonly<Record<GroupKey, number>> | null;
}

export interface RankingChartInput {
  readonly rows: readonly RankingBarRow[];
  /** `YYYY-MM`. */
  readonly period: string;
}

const BAR_HEIGHT = 18;
const CHROME_HEIGHT = 130;

/** Pixel height that gives every ranked unit a readable bar. */
export function rankingChartHeight(rankedCount: number): number {
  return Math.max(240, rankedCount * BAR_HEIGHT + CHROME_HEIGHT);
}

/**
 * Horizontal bars of every ranked unit's total, best at the top, coloured by unit type, with
 * the province median marked. Unranked units (no score this month) are left out of the chart;
 * the table lists them. The tooltip shows the six group scores; names are HTML-escaped.
 */
export function buildRankingOption(input: RankingChartInput, ctx: ChartContext): ChartOption {
  const { t, format, theme } = ctx;
  const ranked = input.rows.filter(
    (row): row is RankingBarRow & { rank: number; score: number } =>
      row.rank !== null && row.score !== null,
  );
  const byCode = new Map(ranked.map((row) => [row.code, row]));
  const count = ranked.length;
  const median = medianOf(ranked.map((row) => row.score));
  const month = format.month(input.period);

  const tooltip = (code: string): string => {
    const row = byCode.get(code);
    if (row === undefined) return '';
    const groups = INDEX_GROUPS.map((group) => {
      const value = row.groups?.[group.key];
      const shown = value === undefined ? '—' : format.decimal(value);
      return `${escapeHtml(t(`group.${group.key}`))}: <b>${shown}</b> / ${group.max}`;
    });
    return [
      `<b>${escapeHtml(row.name)}</b> (${escapeHtml(t(`type.${row.type}`))})`,
      escapeHtml(t('tooltip.rankOf', { rank: row.rank, count })),
      `${escapeHtml(t('tooltip.total'))}: <b>${format.decimal(row.total ?? row.score)}</b> / 100`,
      ...groups,
    ].join('<br/>');
  };

  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: { enabled: true, label: { description: t('ranking.chartLabel', { count, month }) } },
    title: {
      text: t('ranking.title', { count }),
      subtext: ctx.synthetic ? `${month} · ${t('sample.chartLabel')}` : month,
      left: 0,
      textStyle: { fontSize: 15, color: theme.text },
      subtextStyle: { color: ctx.synthetic ? theme.accent : theme.mutedText },
    },
    legend: {
      top: 8,
      right: 0,
      data: UNIT_TYPES.filter((type) => ranked.some((row) => row.type === type)).map((type) =>
        t(`type.${type}`),
      ),
    },
    grid: { left: 8, right: 48, top: 96, bottom: 16, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        return typeof item?.name === 'string' ? tooltip(item.name) : '';
      },
    },
    xAxis: {
      type: 'value',
      position: 'top',
      min: 0,
      max: 100,
      name: t('ranking.axisScore'),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { formatter: (value: number) => format.integer(value) },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((row) => row.code),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: 11,
        formatter: (code: string) => {
          const row = byCode.get(code);
          return row === undefined ? code : `${row.rank}. ${row.name}`;
        },
      },
    },
    // One series per unit type, stacked, so each bar has its type's colour and the legend works;
    // every category has a value in exactly one of them.
    series: UNIT_TYPES.map((type, index) => ({
      type: 'bar',
      name: t(`type.${type}`),
      stack: 'ranking',
      barMaxWidth: 14,
      itemStyle: { color: theme.unitType[type] },
      label: {
        show: true,
        position: 'right',
        fontSize: 10,
        color: theme.mutedText,
        formatter: (params: { value?: unknown }) =>
          typeof params.value === 'number' ? format.decimal(params.value) : '',
      },
      data: ranked.map((row) => (row.type === type ? row.score : null)),
      ...(index === 0 && median !== null
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: theme.text, type: 'dashed' },
              label: { formatter: format.decimal(median), position: 'end' },
              data: [{ xAxis: median }],
            },
          }
        : {}),
    })),
  };
}
