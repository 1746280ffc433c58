import { INDEX_GROUPS, INDEX_MAX_TOTAL, type GroupKey } from './index-groups.ts';

/** What a ranking can be computed on: the total, or one of the six groups. */
export type RankingMetric = 'total' | GroupKey;

export const RANKING_METRICS: readonly RankingMetric[] = [
  'total',
  ...INDEX_GROUPS.map((group) => group.key),
];

/** The maximum points of a metric (100 for the total). */
export function metricMax(metric: RankingMetric): number {
  return INDEX_GROUPS.find((group) => group.key === metric)?.max ?? INDEX_MAX_TOTAL;
}

/** `YYYY-MM` of the calendar month before `period` (`2026-01` → `2025-12`). */
export function previousMonth(period: string): string {
  const [year = 0, month = 1] = period.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 2, 1));
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The difference `current − previous` of two 2-decimal scores, exact to the cent. */
export function scoreDelta(current: number, previous: number): number {
  return (Math.round(current * 100) - Math.round(previous * 100)) / 100;
}
