import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { defaultScoresCte } from './timeline-scores.ts';

/** The metrics summarised per month: the total and each group. */
export const QUARTILE_METRICS = ['total', ...INDEX_GROUPS.map((group) => group.key)] as const;
export type QuartileMetric = 'total' | GroupKey;

export interface Quartiles {
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
}

export interface ProvinceQuartilesRow {
  /** `YYYY-MM`. */
  readonly period: string;
  /** Units with a score that month: the quartiles are over these. */
  readonly unitCount: number;
  readonly metrics: Readonly<Record<QuartileMetric, Quartiles>>;
}

const quantiles = QUARTILE_METRICS.flatMap((metric) => [
  `quantile_cont(${metric}, 0.25) AS ${metric}_q1`,
  `quantile_cont(${metric}, 0.5) AS ${metric}_median`,
  `quantile_cont(${metric}, 0.75) AS ${metric}_q3`,
]);

const sql = (cte: string) => `
WITH ${cte}
SELECT period, count(*)::DOUBLE AS unit_count,
  ${quantiles.join(',\n  ')}
FROM scores
GROUP BY period
ORDER BY period`;

const read = createRowReader('get-province-quartiles');

/**
 * Where is the province's middle each month? For every month with monthly scores (oldest
 * first): the first quartile, median and third quartile of the total and of each group's points,
 * computed with DuckDB's `quantile_cont` (continuous: linear interpolation between the two
 * nearest order statistics) over the units that have a score in the month's latest snapshot.
 * Units without a score that month are left out, never counted as zero.
 */
export async function getProvinceQuartiles(db: DbClient): Promise<ProvinceQuartilesRow[]> {
  const cte = await defaultScoresCte(db);
  const rows = await db.query(sql(cte.sql), cte.params);
  return rows.map((row) => ({
    period: read.string(row, 'period'),
    unitCount: read.number(row, 'unit_count'),
    metrics: Object.fromEntries(
      QUARTILE_METRICS.map((metric) => [
        metric,
        {
          q1: read.number(row, `${metric}_q1`),
          median: read.number(row, `${metric}_median`),
          q3: read.number(row, `${metric}_q3`),
        },
      ]),
    ) as Record<QuartileMetric, Quartiles>,
  }));
}
