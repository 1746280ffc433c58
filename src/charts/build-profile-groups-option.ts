import { INDEX_GROUPS, type GroupKey } from '../data/index-groups.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { escapeHtml } from './escape-html.ts';
import { shortMonth } from '../i18n/format.ts';
import {
  PROFILE_BAND_OPACITY,
  PROFILE_COLORS,
  type ProfileQuartiles,
  type ProfileTrendInput,
} from './profile-series.ts';

/** Room above the panels for title, subtitle and legend (which wraps on phones). */
const headerFor = (columns: 2 | 3, compact = false) => (compact ? 44 : columns === 2 ? 120 : 96);
const PANEL_GAP = 36;
/** Default height of one group's panel, px (the print copy uses a smaller one). */
export const GROUP_PANEL_HEIGHT = 150;

export interface ProfileGroupsInput extends ProfileTrendInput {
  /** 2 on phones, 3 otherwise. */
  readonly columns: 2 | 3;
  /** Height of each panel in px. */
  readonly panelHeight?: number;
  /** Leave out the title and subtitle (the print copy, under the page's own heading). */
  readonly compact?: boolean;
}

/** Pixel height of the small multiples for a number of columns and a panel height. */
export function profileGroupsChartHeight(
  columns: 2 | 3,
  panelHeight: number = GROUP_PANEL_HEIGHT,
  compact = false,
): number {
  const rows = Math.ceil(INDEX_GROUPS.length / columns);
  return headerFor(columns, compact) + rows * panelHeight + (rows - 1) * PANEL_GAP + 8;
}

/**
 * How does each of the six groups compare with the province, month by month? Six small panels,
 * one per group on its own 0–max axis: the unit's points, the province median (dashed) and the
 * Q1–Q3 band (shaded, drawn as a stacked pair of lines: Q1 invisible, then Q3 − Q1 filled).
 */
export function buildProfileGroupsOption(
  input: ProfileGroupsInput,
  ctx: ChartContext,
): ChartOption {
  const { t, format, theme } = ctx;
  const { months, columns } = input;
  const panelHeight = input.panelHeight ?? GROUP_PANEL_HEIGHT;
  const categories = months.map((month) => shortMonth(month.period));
  const hidden = { opacity: 0 };
  const width = 100 / columns;
  const quartile = (key: GroupKey, pick: (q: ProfileQuartiles) => number) =>
    months.map((month) => (month.province === null ? null : pick(month.province[key])));

  const tooltip = (key: GroupKey, index: number): string => {
    const month = months[index];
    const group = INDEX_GROUPS.find((entry) => entry.key === key);
    if (month === undefined || group === undefined) return '';
    const value = month.groups?.[key];
    const quartiles = month.province?.[key];
    return [
      `<b>${escapeHtml(t(`group.${key}`))}</b> · ${escapeHtml(format.month(month.period))}`,
      `${escapeHtml(input.name)}: <b>${value === undefined ? '—' : format.decimal(value)}</b> / ${String(group.max)}`,
      quartiles === undefined
        ? ''
        : `${escapeHtml(t('profile.seriesMedian'))}: ${format.decimal(quartiles.median)} (Q1–Q3: ${format.decimal(quartiles.q1)} – ${format.decimal(quartiles.q3)})`,
    ].join('<br/>');
  };

  const panels = INDEX_GROUPS.map((group, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const top = headerFor(columns, input.compact) + row * (panelHeight + PANEL_GAP);
    return { group, index, left: `${column * width + 2}%`, width: `${width - 6}%`, top };
  });

  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: { description: t('profile.groupsChartLabel', { name: input.name }) },
    },
    title: [
      {
        show: input.compact !== true,
        text: t('profile.groupsChartTitle'),
        subtext: withSource(null, ctx),
        left: 0,
        top: 0,
        textStyle: { fontSize: 14, color: theme.text },
        subtextStyle: { color: sourceColor(ctx, theme), fontSize: 11 },
      },
      ...panels.map((panel) => ({
        text: `${t(`group.${panel.group.key}`)} (${String(panel.group.max)})`,
        left: panel.left,
        top: panel.top - 20,
        textStyle: {
          fontSize: columns === 2 ? 9 : 11,
          fontWeight: 'bold' as const,
          color: theme.text,
        },
      })),
    ],
    legend: {
      top: input.compact === true ? 0 : 54,
      left: 0,
      itemWidth: 18,
      data: [input.name, t('profile.seriesMedian'), t('profile.seriesBand')],
    },
    grid: panels.map((panel) => ({
      left: panel.left,
      width: panel.width,
      top: panel.top,
      height: panelHeight - 24,
      outerBoundsMode: 'same' as const,
      outerBoundsContain: 'axisLabel' as const,
    })),
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const group =
          INDEX_GROUPS[item?.seriesIndex === undefined ? -1 : Math.floor(item.seriesIndex / 4)];
        return group === undefined || typeof item?.dataIndex !== 'number'
          ? ''
          : tooltip(group.key, item.dataIndex);
      },
    },
    xAxis: panels.map((panel) => ({
      type: 'category' as const,
      gridIndex: panel.index,
      data: categories,
      boundaryGap: false,
      axisLabel: { fontSize: 9 },
    })),
    yAxis: panels.map((panel) => ({
      type: 'value' as const,
      gridIndex: panel.index,
      min: 0,
      max: panel.group.max,
      interval: panel.group.max / 2,
      axisLabel: { fontSize: 9, formatter: (value: number) => format.integer(value) },
      splitLine: { lineStyle: { color: theme.gridLine } },
    })),
    // Four series per panel, in this order (the tooltip relies on it).
    series: panels.flatMap((panel) => {
      const key = panel.group.key;
      const axes = { xAxisIndex: panel.index, yAxisIndex: panel.index };
      return [
        {
          type: 'line' as const,
          ...axes,
          name: `${t('profile.seriesBand')}-base`,
          stack: `band-${key}`,
          data: quartile(key, (q) => q.q1),
          symbol: 'none',
          silent: true,
          lineStyle: hidden,
        },
        {
          type: 'line' as const,
          ...axes,
          name: t('profile.seriesBand'),
          stack: `band-${key}`,
          data: quartile(key, (q) => q.q3 - q.q1),
          symbol: 'none',
          silent: true,
          lineStyle: hidden,
          itemStyle: { color: PROFILE_COLORS.band },
          areaStyle: { color: PROFILE_COLORS.band, opacity: PROFILE_BAND_OPACITY },
        },
        {
          type: 'line' as const,
          ...axes,
          name: t('profile.seriesMedian'),
          data: quartile(key, (q) => q.median),
          symbol: 'none',
          lineStyle: { color: theme.mutedText, type: 'dashed' as const, width: 1.2 },
          itemStyle: { color: theme.mutedText },
        },
        {
          type: 'line' as const,
          ...axes,
          name: input.name,
          data: months.map((month) => month.groups?.[key] ?? null),
          symbolSize: 4,
          lineStyle: { width: 2, color: PROFILE_COLORS.unit },
          itemStyle: { color: PROFILE_COLORS.unit },
        },
      ];
    }),
  };
}
