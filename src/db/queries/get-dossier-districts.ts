import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { DbClient, SqlValue } from '../db-client.ts';
import { keyword } from '../identifiers.ts';
import { createRowReader } from '../row-reader.ts';

/** Which units a dossier or petition question covers: null means "all". */
export interface UnitFilter {
  readonly type: UnitType | null;
  /** One former district, exactly as listed in `units.former_district` (which may list several). */
  readonly district: string | null;
}

export const NO_UNIT_FILTER: UnitFilter = { type: null, district: null };

// `former_district` lists the pre-merger districts separated by `;` (spaces around it vary).
const DISTRICT_LIST = String.raw`regexp_split_to_array(trim(u.former_district), '\s*;\s*')`;

/** The WHERE condition on `units u` for a filter; bind `unitFilterParams(filter)` in its place. */
export const UNIT_FILTER_SQL = `(CAST(? AS VARCHAR) IS NULL OR u.type = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR list_contains(${DISTRICT_LIST}, ?))`;

export function unitFilterParams(filter: UnitFilter): SqlValue[] {
  const type = filter.type === null ? null : keyword(filter.type, UNIT_TYPES, 'unit type');
  return [type, type, filter.district, filter.district];
}

/** Splits a `former_district` value into its districts, as the SQL filter does. */
export function splitFormerDistricts(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const SQL = `SELECT DISTINCT unnest(${DISTRICT_LIST}) AS district FROM units u`;

const read = createRowReader('get-dossier-districts');
const collator = new Intl.Collator('vi');

/**
 * Which former districts (pre-July-2025 districts and towns) do the units come from? Each one
 * once, in Vietnamese order: the choices of the "former district" filter of the dossiers and
 * petitions pages.
 */
export async function getFormerDistricts(db: DbClient): Promise<string[]> {
  const rows = await db.query(SQL);
  return rows
    .map((row) => read.string(row, 'district'))
    .filter((district) => district !== '')
    .sort(collator.compare);
}
