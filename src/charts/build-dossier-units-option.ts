import { onTimeRate, type OnTimeRateKind } from '../data/on-time-rates.ts';
import { chartLayout } from './chart-layout.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import {
  CHANNEL_COLORS,
  CHANNEL_KEYS,
  OUTCOME_COLORS,
  OUTCOME_KEYS,
  OUTCOME_PATTERNS,
  SMALL_COUNT_OPACITY,
  type ChannelKey,
  type DossierChartCounts,
  type DossierChartMode,
  type OutcomeKey,
} from './dossier-series.ts';
import { decalFor, type Decal } from './decal-patterns.ts';
import { escapeHtml } from './escape-html.ts';

export interface DossierBarRow {
  readonly code: string;
  readonly name: string;
  readonly counts: DossierChartCounts | null;
}

export interface DossierUnitsChartInput {
  /** Units in display order (the page's sort); units without a report are left to the table. */
  readonly rows: readonly DossierBarRow[];
  /** `YYYY-MM`. */
  readonly month: string;
  readonly rate: OnTimeRateKind;
  readonly mode: DossierChartMode;
  /** Narrow screen: legend below, wrapped titles, truncated unit labels. */
  readonly compact?: boolean;
}

/** Pixel height that gives every unit a readable bar. */
export function dossierUnitsChartHeight(count: number, compact = false): number {
  return Math.max(240, count * 18 + 140) + chartLayout(compact, 0, 0).extraHeight;
}

/**
 * Horizontal stacked bars, one per unit in the given order: either the five outcome buckets
 * (resolved early / on time / late, in progress within deadline / overdue) or the three
 * reception channels. Each label carries the chosen on-time rate; a rate from fewer than 20
 * dossiers is marked "n nhỏ" and its bar faded. The tooltip names the rate with its definition
 * and shows n; every data string is HTML-escaped.
 */
export function buildDossierUnitsOption(
  input: DossierUnitsChartInput,
  ctx: ChartContext,
): ChartOption {
  const { t, format, theme } = ctx;
  const rows = input.rows.filter(
    (row): row is DossierBarRow & { counts: DossierChartCounts } => row.counts !== null,
  );
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const month = format.month(input.month);
  const rateName = t(`dossiers.rate.${input.rate}.short`);
  const rateOf = (counts: DossierChartCounts) => onTimeRate(input.rate, counts);
  const label = (row: DossierBarRow & { counts: DossierChartCounts }) => {
    const rate = rateOf(row.counts);
    const small = rate.small ? ` (${t('share.small')})` : '';
    const flag = row.counts.gap === 0 ? '' : ' ⚠';
    return `${row.name} · ${format.percent(rate.ratio, 1)}${small}${flag}`;
  };

  const tooltip = (code: string): string => {
    const row = byCode.get(code);
    if (row === undefined) return '';
    const rate = rateOf(row.counts);
    const lines = [
      `<b>${escapeHtml(row.name)}</b> · ${escapeHtml(month)}`,
      `${escapeHtml(t(`dossiers.rate.${input.rate}.name`))}: <b>${format.percent(rate.ratio)}</b> (${escapeHtml(t('share.n', { n: format.integer(rate.denominator) }))})${rate.small ? ` · ${escapeHtml(t('share.small'))}` : ''}`,
      `<small>${escapeHtml(t(`dossiers.rate.${input.rate}.definition`))}</small>`,
      ...(input.mode === 'outcomes' ? OUTCOME_KEYS : CHANNEL_KEYS).map(
        (key) => `${escapeHtml(t(`dossiers.bucket.${key}`))}: ${format.integer(row.counts[key])}`,
      ),
    ];
    if (row.counts.gap !== 0) {
      lines.push(escapeHtml(t('dossiers.quality.flag', { gap: format.integer(row.counts.gap) })));
    }
    return lines.join('<br/>');
  };

  // Outcomes are ordered (early → late, then in progress): a pattern per bucket repeats the order
  // without colour. Channels are not ordered and stay plain.
  const parts: readonly { key: OutcomeKey | ChannelKey; color: string; decal?: Decal }[] =
    input.mode === 'outcomes'
      ? OUTCOME_KEYS.map((key) => ({
          key,
          color: OUTCOME_COLORS[key],
          decal: decalFor(OUTCOME_PATTERNS[key], OUTCOME_COLORS[key]),
        }))
      : CHANNEL_KEYS.map((key) => ({ key, color: CHANNEL_COLORS[key] }));
  const title = t(input.mode === 'outcomes' ? 'dossiers.chartOutcomes' : 'dossiers.chartChannels');
  const layout = chartLayout(input.compact, 48, 104);

  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: { description: t('dossiers.unitsChartLabel', { count: rows.length, month, title }) },
    },
    title: {
      text: title,
      subtext: withSource(`${month} · ${rateName}`, ctx),
      left: 0,
      top: 0,
      textStyle: { ...layout.titleText, color: theme.text },
      subtextStyle: { ...layout.subtext, color: sourceColor(ctx, theme) },
    },
    legend: { ...layout.legend, data: parts.map((part) => t(`dossiers.bucket.${part.key}`)) },
    grid: {
      left: 8,
      right: 24,
      top: layout.gridTop,
      bottom: layout.gridBottom,
      outerBoundsMode: 'same',
      // The axis title inside the grid, so it stays under the legend rows reserved above it.
      outerBoundsContain: 'all',
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const code = (item as { name?: unknown } | undefined)?.name;
        return typeof code === 'string' ? tooltip(code) : '';
      },
    },
    xAxis: {
      type: 'value',
      position: 'top',
      name: t('dossiers.axisCount'),
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: {
        hideOverlap: true,
        formatter: (value: number) => format.integer(value),
      },
      splitLine: { lineStyle: { color: theme.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.code),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: input.compact === true ? 10 : 11,
        width: layout.labelWidth,
        overflow: 'truncate',
        formatter: (code: string) => {
          const row = byCode.get(code);
          return row === undefined ? code : label(row);
        },
      },
    },
    series: parts.map((part) => ({
      type: 'bar',
      name: t(`dossiers.bucket.${part.key}`),
      stack: 'dossiers',
      barMaxWidth: 14,
      itemStyle: { color: part.color, decal: part.decal },
      data: rows.map((row) => ({
        value: row.counts[part.key],
        itemStyle: rateOf(row.counts).small ? { opacity: SMALL_COUNT_OPACITY } : {},
      })),
    })),
  };
}
