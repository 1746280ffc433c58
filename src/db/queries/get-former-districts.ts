import { compareVietnamese } from '../../data/unit-order.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { DISTRICT_LIST } from './unit-filter.ts';

const SQL = `SELECT DISTINCT unnest(${DISTRICT_LIST}) AS district FROM units u`;

const read = createRowReader('get-former-districts');

/**
 * Which former districts (pre-July-2025 districts and towns) do the units come from? Each one
 * once, in Vietnamese order: the choices of every page's "former district" filter.
 */
export async function getFormerDistricts(db: DbClient): Promise<string[]> {
  const rows = await db.query(SQL);
  return rows
    .map((row) => read.string(row, 'district'))
    .filter((district) => district !== '')
    .sort(compareVietnamese);
}
