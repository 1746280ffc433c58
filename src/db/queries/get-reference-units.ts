import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';

/** A loaded unit as the portal importer matches names against it. */
export interface ReferenceUnitRow {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly province: string | null;
}

const SQL = `SELECT code, name, type, province FROM units ORDER BY code`;

const read = createRowReader('get-reference-units');

/** The loaded units as the portal importer matches names against them. */
export async function getReferenceUnits(db: DbClient): Promise<ReferenceUnitRow[]> {
  const rows = await db.query(SQL);
  return rows.map((row) => ({
    code: read.string(row, 'code'),
    name: read.string(row, 'name'),
    type: read.oneOf(row, 'type', UNIT_TYPES),
    province: read.nullableString(row, 'province'),
  }));
}
