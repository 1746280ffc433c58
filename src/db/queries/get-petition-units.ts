import { compareUnitsByName } from '../../data/unit-order.ts';
import {
  PETITION_TOPICS,
  UNIT_TYPES,
  type PetitionTopic,
  type UnitType,
} from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { UNIT_FILTER_SQL, unitFilterParams, type UnitFilter } from './unit-filter.ts';
import { splitFormerDistricts } from '../../data/former-districts.ts';

/** Petition counts over a period: received, by outcome and by topic. */
export interface PetitionCounts {
  readonly received: number;
  readonly answeredOnSpot: number;
  readonly answeredLater: number;
  readonly transferred: number;
  readonly pending: number;
  readonly byTopic: Readonly<Record<PetitionTopic, number>>;
}

export interface PetitionUnitRow {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly formerDistrict: string;
  readonly formerDistricts: readonly string[];
  /** Residents, or null when unknown (never estimated). */
  readonly population: number | null;
  /** Null when the unit has no petition row in the period. */
  readonly counts: PetitionCounts | null;
}

/** A period of months, both ends included, `YYYY-MM`. */
export interface PetitionPeriod {
  readonly from: string;
  readonly to: string;
}

export interface PetitionUnitsParams extends PetitionPeriod {
  readonly filter: UnitFilter;
}

// Topics come from the schema's closed list, never from user input: safe to inline as literals.
const topicSums = PETITION_TOPICS.map(
  (topic) => `CAST(sum(p.received) FILTER (WHERE p.topic = '${topic}') AS DOUBLE) AS t_${topic}`,
).join(',\n  ');

/** Sums of the petition columns over `petitions p`, as DOUBLE (sum() of INTEGER is HUGEINT). */
export const PETITION_SUMS_SQL = `
  CAST(sum(p.received) AS DOUBLE) AS received,
  CAST(sum(p.answered_on_spot) AS DOUBLE) AS answered_on_spot,
  CAST(sum(p.answered_later) AS DOUBLE) AS answered_later,
  CAST(sum(p.transferred) AS DOUBLE) AS transferred,
  CAST(sum(p.pending) AS DOUBLE) AS pending,
  ${topicSums}`;

const SQL = `
SELECT u.code, u.name, u.type, u.former_district, u.population::DOUBLE AS population,
  count(p.code)::DOUBLE AS reports,
  ${PETITION_SUMS_SQL}
FROM units u LEFT JOIN petitions p ON p.code = u.code AND p.month BETWEEN ? AND ?
WHERE ${UNIT_FILTER_SQL}
GROUP BY u.code, u.name, u.type, u.former_district, u.population
ORDER BY u.code`;

const read = createRowReader('get-petition-units');

/** Reads the columns of `PETITION_SUMS_SQL` (a topic without rows counts 0). */
export function readPetitionCounts(row: Record<string, unknown>): PetitionCounts {
  return {
    received: read.number(row, 'received'),
    answeredOnSpot: read.number(row, 'answered_on_spot'),
    answeredLater: read.number(row, 'answered_later'),
    transferred: read.number(row, 'transferred'),
    pending: read.number(row, 'pending'),
    byTopic: Object.fromEntries(
      PETITION_TOPICS.map((topic) => [topic, read.nullableNumber(row, `t_${topic}`) ?? 0]),
    ) as Record<PetitionTopic, number>,
  };
}

/**
 * How many voters' petitions did each unit receive over a period of months, on which topics, and
 * what became of them (answered on the spot, answered later, passed to a higher level, pending)?
 * Every unit that passes the filter, with its population when known; units without any petition
 * row in the period have `counts: null`. Ordered by Vietnamese name.
 */
export async function getPetitionUnits(
  db: DbClient,
  params: PetitionUnitsParams,
): Promise<PetitionUnitRow[]> {
  const rows = await db.query(SQL, [params.from, params.to, ...unitFilterParams(params.filter)]);
  return rows
    .map((row): PetitionUnitRow => {
      const formerDistrict = read.nullableString(row, 'former_district') ?? '';
      return {
        code: read.string(row, 'code'),
        name: read.string(row, 'name'),
        type: read.oneOf(row, 'type', UNIT_TYPES),
        formerDistrict,
        formerDistricts: splitFormerDistricts(formerDistrict),
        population: read.nullableNumber(row, 'population'),
        counts: read.number(row, 'reports') > 0 ? readPetitionCounts(row) : null,
      };
    })
    .sort(compareUnitsByName);
}
