import { compareVietnamese } from '../../data/unit-order.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

export interface UnitSummary {
  /** The distinct province names the units give, in Vietnamese order; empty when none does. */
  readonly provinces: readonly string[];
  readonly unitCount: number;
  /** Units of type xã (the rest are phường and đặc khu). */
  readonly communeCount: number;
  /** Units whose population is known: the only ones with per-resident rates. */
  readonly populationKnown: number;
}

const COUNTS_SQL = `
SELECT
  CAST(count(*) AS DOUBLE) AS units,
  CAST(count(*) FILTER (WHERE type = ?) AS DOUBLE) AS communes,
  CAST(count(population) AS DOUBLE) AS population_known
FROM units`;

const PROVINCES_SQL = `
SELECT DISTINCT province
FROM units
WHERE province IS NOT NULL AND province <> ?`;

const read = createRowReader('get-unit-summary');

/**
 * What do the loaded units cover? Their provinces and how many units there are: what the page's
 * title, subtitle and sources line say, so that they follow an uploaded units file.
 */
export async function getUnitSummary(db: DbClient): Promise<UnitSummary> {
  const [counts] = await db.query(COUNTS_SQL, ['xa']);
  if (counts === undefined) throw new Error('get-unit-summary: no counts row');
  const provinces = await db.query(PROVINCES_SQL, ['']);
  return {
    provinces: provinces.map((row) => read.string(row, 'province')).sort(compareVietnamese),
    unitCount: read.number(counts, 'units'),
    communeCount: read.number(counts, 'communes'),
    populationKnown: read.number(counts, 'population_known'),
  };
}
