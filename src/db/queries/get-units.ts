import { compareUnitsByName } from '../../data/unit-order.ts';
import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

export interface UnitRow {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  /** '' when unknown (units read from the national portal). */
  readonly formerDistrict: string;
  /** Null when unknown (units read from the national portal). */
  readonly areaKm2: number | null;
  /** Null when unknown: never estimated. */
  readonly population: number | null;
  readonly populationSource: string | null;
}

const SQL = `
SELECT code, name, type, former_district, area_km2, population, population_source
FROM units
ORDER BY code`;

const read = createRowReader('get-units');

/**
 * Which units are there? Every unit of the loaded units table with its reference facts, ordered
 * by name in Vietnamese collation (code breaks ties: the same name can be a xã and a phường).
 */
export async function getUnits(db: DbClient): Promise<UnitRow[]> {
  const rows = await db.query(SQL);
  return rows
    .map((row): UnitRow => ({
      code: read.string(row, 'code'),
      name: read.string(row, 'name'),
      type: read.oneOf(row, 'type', UNIT_TYPES),
      formerDistrict: read.nullableString(row, 'former_district') ?? '',
      areaKm2: read.nullableNumber(row, 'area_km2'),
      population: read.nullableNumber(row, 'population'),
      populationSource: read.nullableString(row, 'population_source'),
    }))
    .sort(compareUnitsByName);
}
