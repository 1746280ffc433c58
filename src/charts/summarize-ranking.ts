import type { RankingBarRow } from './build-ranking-option.ts';
import type { ChartContext } from './chart-context.ts';
import { medianOf } from './median.ts';

/**
 * The one-sentence text alternative of the ranking chart: who leads, who trails, the median.
 * Ties at the top or bottom name the first unit in display order.
 */
export function summarizeRanking(
  rows: readonly RankingBarRow[],
  period: string,
  ctx: Pick<ChartContext, 't' | 'format'>,
): string {
  const { t, format } = ctx;
  const month = format.month(period);
  const ranked = rows.filter((row) => row.rank !== null && row.score !== null);
  const first = ranked[0];
  const last = ranked.at(-1);
  const median = medianOf(ranked.map((row) => row.score ?? 0));
  if (first === undefined || last === undefined || median === null) {
    return t('ranking.empty', { month });
  }
  return t('ranking.summary', {
    month,
    first: first.name,
    firstScore: format.decimal(first.score ?? 0),
    last: last.name,
    lastScore: format.decimal(last.score ?? 0),
    median: format.decimal(median),
  });
}
