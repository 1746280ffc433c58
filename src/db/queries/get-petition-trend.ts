import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { UNIT_FILTER_SQL, unitFilterParams } from './unit-filter.ts';
import {
  PETITION_SUMS_SQL,
  readPetitionCounts,
  type PetitionCounts,
  type PetitionUnitsParams,
} from './get-petition-units.ts';

export interface PetitionTrendRow {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly counts: PetitionCounts;
}

const SQL = `
SELECT p.month, ${PETITION_SUMS_SQL}
FROM petitions p JOIN units u ON u.code = p.code
WHERE p.month BETWEEN ? AND ? AND ${UNIT_FILTER_SQL}
GROUP BY p.month
ORDER BY p.month`;

const read = createRowReader('get-petition-trend');

/**
 * How did voters' petitions change month by month? Sums by outcome and by topic per month of the
 * period over the units that pass the filter (the province when unfiltered). Oldest first;
 * months without rows are absent.
 */
export async function getPetitionTrend(
  db: DbClient,
  params: PetitionUnitsParams,
): Promise<PetitionTrendRow[]> {
  const rows = await db.query(SQL, [params.from, params.to, ...unitFilterParams(params.filter)]);
  return rows.map((row) => ({ month: read.string(row, 'month'), counts: readPetitionCounts(row) }));
}
