import { INDEX_GROUPS, INDEX_MAX_TOTAL, type GroupKey } from '../data/index-groups.ts';
import { UNIT_TYPES, type UnitType } from '../data/schema.ts';
import type { MarkAreaComponentOption } from 'echarts/components';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { stackedHeader, SUBTITLE_LINE_HEIGHT } from './chart-layout.ts';
import { tooltipWithin } from './tooltip-within.ts';
import { escapeHtml } from './escape-html.ts';
import { medianOf } from './median.ts';
import { estimatedTextWidth } from './text-width.ts';
import { BAND_AREA_OPACITY, bandUpper, SCORE_BANDS } from './score-bands.ts';

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
  /** What `score` is: the total (default) or one group's points. */
  readonly metric?: 'total' | GroupKey;
  /** Set when `score` is one sub-indicator's points: its name and maximum (`metric` is ignored). */
  readonly sub?: { readonly name: string; readonly maxScore: number } | null;
  /** Units ranked in the whole province (ranks are out of this even when rows are filtered). */
  readonly rankedCount?: number;
  /** Shade the dashboard's score bands behind the bars (total only). */
  readonly bands?: boolean;
  /** A unit code whose label is emphasised (the unit being explained). */
  readonly highlight?: string | null;
  /**
   * When filters hide units, how many bars remain and what the filters are ("Đang lọc: 6/94 đơn
   * vị", "Loại: Phường"): subtitle lines, one each so that they fit a phone's width, and the
   * title's count of ranked units is never read as the count of bars.
   */
  readonly filterLines?: readonly string[];
}

const BAR_HEIGHT = 18;
/** The unit labels left of the bars: their size, and their gap to the axis. */
const LABEL_FONT_SIZE = 11;
const LABEL_MARGIN = 8;
const LABEL_LEFT = 8;
const BOLD_WIDTH = 1.15;
/**
 * Above the grid, the top axis's numbers and its title: ECharts draws the labels 8 px above the
 * axis (12 px text) and centres the title `nameGap` (24 px) above it (12 px text).
 */
const TOP_AXIS_BAND = 24 + 6 + 4;
const CHROME_HEIGHT = 170;

/** The room under the plot. */
const GRID_BOTTOM = 16;

/** Pixel height that gives every ranked unit a readable bar. */
export function rankingChartHeight(rankedCount: number): number {
  return Math.max(240, rankedCount * BAR_HEIGHT + CHROME_HEIGHT);
}

/** The units with a bar: ranked, with a score. */
function rankedRows(rows: readonly RankingBarRow[]) {
  return rows.filter(
    (row): row is RankingBarRow & { rank: number; score: number } =>
      row.rank !== null && row.score !== null,
  );
}

/**
 * The pixel height the option is drawn at: a readable bar for every unit with one, and a
 * subtitle line for each filter line. The option lays itself out from the top for this height
 * (its plot has a height, not a distance from the bottom), so drawn on a taller canvas its top
 * this many pixels look the same (`reusesCanvas` in echart.tsx).
 */
export function rankingOptionHeight(
  input: Pick<RankingChartInput, 'rows' | 'filterLines'>,
): number {
  return (
    rankingChartHeight(rankedRows(input.rows).length) +
    (input.filterLines?.length ?? 0) * SUBTITLE_LINE_HEIGHT
  );
}

/**
 * Horizontal bars of every ranked unit's score (the total, or one group's points out of its
 * maximum), best at the top, coloured by unit type, with the median of the rows shown marked.
 * Unranked units (no score this month) are left out of the chart; the table lists them. With
 * `bands`, the dashboard's own score bands (total only) are shaded and named as not official.
 * The tooltip shows the six group scores; names are HTML-escaped.
 */
export function buildRankingOption(input: RankingChartInput, ctx: ChartContext): ChartOption {
  const { t, format, theme } = ctx;
  const ranked = rankedRows(input.rows);
  const byCode = new Map(ranked.map((row) => [row.code, row]));
  const count = input.rankedCount ?? ranked.length;
  const sub = input.sub ?? null;
  const metric = input.metric ?? 'total';
  const found = INDEX_GROUPS.find((entry) => entry.key === metric);
  // A sub-indicator is labelled like a group: its name and its own maximum.
  const group = sub === null ? found : { key: metric, code: '', max: sub.maxScore };
  const max = group?.max ?? INDEX_MAX_TOTAL;
  const groupName =
    sub !== null ? sub.name : group === undefined ? '' : t(`group.${found?.key ?? 'ckmb'}`);
  const title =
    sub !== null
      ? t('ranking.titleSub', { count, name: sub.name })
      : group === undefined
        ? t('ranking.title', { count })
        : t('ranking.titleGroup', { count, group: groupName });
  const showBands = input.bands === true && group === undefined;
  const median = medianOf(ranked.map((row) => row.score));
  const month = format.month(input.period);
  const subtitle = [
    withSource(month, ctx),
    ...(input.filterLines ?? []),
    showBands ? t('ranking.band.legend') : null,
  ].filter((line) => line !== null && line !== '');
  const header = stackedHeader(subtitle.length);
  const gridTop = header.gridTop + TOP_AXIS_BAND;
  const height = rankingOptionHeight(input);
  const labelOf = (row: { readonly rank: number; readonly name: string }) =>
    `${String(row.rank)}. ${row.name}`;
  // The highlighted unit's label is bold: wider by up to a tenth (DejaVu Sans).
  const labelWidth = Math.ceil(
    Math.max(
      0,
      ...ranked.map(
        (row) =>
          estimatedTextWidth(labelOf(row), LABEL_FONT_SIZE) *
          (row.code === input.highlight ? BOLD_WIDTH : 1),
      ),
    ),
  );

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
    aria: {
      enabled: true,
      label: {
        description:
          group === undefined
            ? t('ranking.chartLabel', { count, month })
            : t('ranking.chartLabelGroup', { count, month, group: groupName }),
      },
    },
    title: {
      text: title,
      subtext: subtitle.join('\n'),
      left: 0,
      top: 0,
      textStyle: { fontSize: 15, color: theme.text },
      subtextStyle: { color: sourceColor(ctx, theme), lineHeight: SUBTITLE_LINE_HEIGHT },
    },
    // Title, subtitle, legend and the axis title each on their own band: at phone widths any two
    // side by side would overlap.
    legend: {
      ...header.legend,
      left: 0,
      data: UNIT_TYPES.filter((type) => ranked.some((row) => row.type === type)).map((type) =>
        t(`type.${type}`),
      ),
    },
    // The room of the axis labels and of the top axis's title is reserved here, not measured by
    // ECharts (`outerBoundsMode`), which laid out the 94 labels once more on every switch. The
    // plot's height is given, not its distance from the bottom: see `rankingOptionHeight`.
    grid: {
      left: LABEL_LEFT + labelWidth + LABEL_MARGIN,
      right: 48,
      top: gridTop,
      height: Math.max(0, height - gridTop - GRID_BOTTOM),
      outerBoundsMode: 'none',
    },
    tooltip: {
      trigger: 'item',
      // Inside the chart as shown, also on the taller canvas of a longer one.
      position: tooltipWithin(height),
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
      max,
      name:
        group === undefined
          ? t('ranking.axisScore')
          : t('ranking.axisGroup', { group: groupName, max }),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { formatter: (value: number) => format.integer(value) },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((row) => ({
        value: row.code,
        textStyle:
          row.code === input.highlight ? { color: theme.accent, fontWeight: 'bold' as const } : {},
      })),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: LABEL_FONT_SIZE,
        margin: LABEL_MARGIN,
        // A wider font than the estimate's never draws past the chart's edge: it ends in "…".
        width: labelWidth,
        overflow: 'truncate',
        formatter: (code: string) => {
          const row = byCode.get(code);
          return row === undefined ? code : labelOf(row);
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
      ...(index === 0 && showBands ? { markArea: bandArea(ctx) } : {}),
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

function bandArea(ctx: ChartContext): MarkAreaComponentOption {
  return {
    silent: true,
    label: { position: 'insideBottom', fontSize: 10, color: ctx.theme.mutedText },
    data: SCORE_BANDS.map((band) => [
      {
        name: ctx.t(`ranking.band.${band.id}`),
        xAxis: band.min,
        itemStyle: { color: band.fill, opacity: BAND_AREA_OPACITY },
      },
      { xAxis: bandUpper(band) },
    ]),
  };
}
