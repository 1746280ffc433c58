import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { UNIT_FILTER_SQL, unitFilterParams, type UnitFilter } from './unit-filter.ts';
import { DOSSIER_SUMS_SQL, readDossierCounts, type DossierCounts } from './get-dossier-units.ts';

export interface DossierTrendParams {
  readonly filter: UnitFilter;
  /** One unit's history when set (5-digit code); the filtered province total when null. */
  readonly code: string | null;
}

export interface DossierTrendRow {
  /** `YYYY-MM`. */
  readonly month: string;
  /** How many unit reports the month's sums add up. */
  readonly reports: number;
  /** How many of them do not balance. */
  readonly unbalanced: number;
  readonly counts: DossierCounts;
}

const SQL = `
SELECT d.month, count(*)::DOUBLE AS reports,
  count(*) FILTER (WHERE d.carried_over + d.received_online + d.received_in_person
    + d.received_postal <> d.resolved_early + d.resolved_on_time + d.resolved_late
    + d.pending_in_time + d.pending_overdue + d.returned)::DOUBLE AS unbalanced,
  ${DOSSIER_SUMS_SQL}
FROM dossiers d JOIN units u ON u.code = d.code
WHERE ${UNIT_FILTER_SQL} AND (CAST(? AS VARCHAR) IS NULL OR d.code = ?)
GROUP BY d.month
ORDER BY d.month`;

const read = createRowReader('get-dossier-trend');

/**
 * How did dossier handling change month by month? The sums of every bucket per month over the
 * units that pass the filter (the province when unfiltered), or over one unit when `code` is
 * set. Months without any report are absent. Oldest first.
 */
export async function getDossierTrend(
  db: DbClient,
  params: DossierTrendParams,
): Promise<DossierTrendRow[]> {
  const rows = await db.query(SQL, [...unitFilterParams(params.filter), params.code, params.code]);
  return rows.map((row) => ({
    month: read.string(row, 'month'),
    reports: read.number(row, 'reports'),
    unbalanced: read.number(row, 'unbalanced'),
    counts: readDossierCounts(row),
  }));
}
