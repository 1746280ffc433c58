import type { BarSeriesOption } from 'echarts/charts';
import { per10k } from '../data/on-time-rates.ts';
import { PETITION_TOPICS, type PetitionTopic } from '../data/schema.ts';
import type { ChartContext } from './chart-context.ts';
import type { ChartOption } from './chart-option.ts';
import { sourceColor, withSource } from './source-label.ts';
import { chartLayout } from './chart-layout.ts';
import { escapeHtml } from './escape-html.ts';
import { decalFor, type Decal } from './decal-patterns.ts';
import {
  OUTCOME_COLORS,
  OUTCOME_PATTERNS,
  PETITION_OUTCOMES,
  TOPIC_COLORS,
  type PetitionChartCounts,
  type PetitionChartMode,
  type PetitionMeasure,
  type PetitionOutcome,
} from './petition-series.ts';

export interface PetitionBarRow {
  readonly code: string;
  readonly name: string;
  readonly population: number | null;
  readonly counts: PetitionChartCounts | null;
}

export interface PetitionUnitsChartInput {
  /** Units in display order; units without petitions (or, per 10,000, without population) are left out. */
  readonly rows: readonly PetitionBarRow[];
  /** The period, already formatted (e.g. "Tháng 7/2025 – Tháng 10/2026"). */
  readonly period: string;
  readonly mode: PetitionChartMode;
  readonly measure: PetitionMeasure;
  /** Narrow screen: legend below, wrapped titles, truncated unit labels. */
  readonly compact?: boolean;
}

export function petitionUnitsChartHeight(count: number, compact = false): number {
  return Math.max(240, count * 18 + 140) + chartLayout(compact, 0, 0).extraHeight;
}

/**
 * Horizontal stacked bars of voters' petitions per unit, in the given order: split by topic
 * (the project's taxonomy) or by outcome; as counts, or per 10,000 residents for the units whose
 * population is known (the others are not drawn, never estimated). Names are HTML-escaped.
 */
export function buildPetitionUnitsOption(
  input: PetitionUnitsChartInput,
  ctx: ChartContext,
): ChartOption {
  const { t, format, theme } = ctx;
  const perCapita = input.measure === 'per10k';
  const rows = input.rows.filter(
    (row): row is PetitionBarRow & { counts: PetitionChartCounts } =>
      row.counts !== null && (!perCapita || per10k(1, row.population) !== null),
  );
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const scale = (row: PetitionBarRow, value: number) =>
    perCapita ? (per10k(value, row.population) ?? 0) : value;
  const shown = (value: number) => (perCapita ? format.decimal(value, 1) : format.integer(value));
  // Outcomes are ordered (answered first): patterns repeat the order without colour.
  const parts: readonly { key: string; label: string; color: string; decal?: Decal }[] =
    input.mode === 'topics'
      ? PETITION_TOPICS.map((topic) => ({
          key: topic,
          label: t(`petitions.topic.${topic}`),
          color: TOPIC_COLORS[topic],
        }))
      : PETITION_OUTCOMES.map((outcome) => ({
          key: outcome,
          label: t(`petitions.outcome.${outcome}`),
          color: OUTCOME_COLORS[outcome],
          decal: decalFor(OUTCOME_PATTERNS[outcome], OUTCOME_COLORS[outcome]),
        }));
  const isTopic = (key: string): key is PetitionTopic =>
    PETITION_TOPICS.some((topic) => topic === key);
  const valueOf = (counts: PetitionChartCounts, key: string): number =>
    isTopic(key) ? counts.byTopic[key] : counts[key as PetitionOutcome];
  const title = t(input.mode === 'topics' ? 'petitions.chartTopics' : 'petitions.chartOutcomes');
  const unit = t(perCapita ? 'petitions.measure.per10k' : 'petitions.measure.count');
  const layout = chartLayout(input.compact, 48, input.mode === 'topics' ? 124 : 104);

  const tooltip = (code: string): string => {
    const row = byCode.get(code);
    if (row === undefined) return '';
    const rate = per10k(row.counts.received, row.population);
    return [
      `<b>${escapeHtml(row.name)}</b>`,
      `${escapeHtml(t('petitions.column.received'))}: <b>${format.integer(row.counts.received)}</b>`,
      `${escapeHtml(t('petitions.column.per10k'))}: ${rate === null ? escapeHtml(t('petitions.populationUnknown')) : format.decimal(rate, 1)}`,
      ...parts.map(
        (part) => `${escapeHtml(part.label)}: ${format.integer(valueOf(row.counts, part.key))}`,
      ),
    ].join('<br/>');
  };

  return {
    animation: !ctx.static,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: {
      enabled: true,
      label: {
        description: t('petitions.unitsChartLabel', {
          title,
          count: rows.length,
          period: input.period,
          unit,
        }),
      },
    },
    title: {
      text: title,
      subtext: withSource(`${input.period} · ${unit}`, ctx),
      left: 0,
      top: 0,
      textStyle: { ...layout.titleText, color: theme.text },
      subtextStyle: { ...layout.subtext, color: sourceColor(ctx, theme) },
    },
    legend: { ...layout.legend, data: parts.map((part) => part.label) },
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
      name: unit,
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: {
        hideOverlap: true,
        formatter: (value: number) => shown(value),
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
          if (row === undefined) return code;
          return `${row.name} · ${shown(scale(row, row.counts.received))}`;
        },
      },
    },
    series: parts.map((part): BarSeriesOption => ({
      type: 'bar',
      name: part.label,
      stack: 'petitions',
      barMaxWidth: 14,
      itemStyle: { color: part.color, decal: part.decal },
      data: rows.map((row) => scale(row, valueOf(row.counts, part.key))),
    })),
  };
}
