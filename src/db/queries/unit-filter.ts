import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { SqlValue } from '../db-client.ts';
import { keyword } from '../identifiers.ts';

/** Which units a question covers (dossiers, petitions): null means "all". */
export interface UnitFilter {
  readonly type: UnitType | null;
  /** One former district, exactly as listed in `units.former_district` (which may list several). */
  readonly district: string | null;
}

export const NO_UNIT_FILTER: UnitFilter = { type: null, district: null };

// `former_district` lists the pre-merger districts separated by `;` (spaces around it vary).
export const DISTRICT_LIST = String.raw`regexp_split_to_array(trim(u.former_district), '\s*;\s*')`;

/** The WHERE condition on `units u` for a filter; bind `unitFilterParams(filter)` in its place. */
export const UNIT_FILTER_SQL = `(CAST(? AS VARCHAR) IS NULL OR u.type = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR list_contains(${DISTRICT_LIST}, ?))`;

export function unitFilterParams(filter: UnitFilter): SqlValue[] {
  const type = filter.type === null ? null : keyword(filter.type, UNIT_TYPES, 'unit type');
  return [type, type, filter.district, filter.district];
}
