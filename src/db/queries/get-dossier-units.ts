import { compareUnitsByName } from '../../data/unit-order.ts';
import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import type { OutcomeBuckets } from '../../data/on-time-rates.ts';
import type { DbClient } from '../db-client.ts';
import { createRowReader } from '../row-reader.ts';
import { UNIT_FILTER_SQL, unitFilterParams, type UnitFilter } from './unit-filter.ts';
import { splitFormerDistricts } from '../../data/former-districts.ts';

/** The counts of one unit-month (or a sum of unit-months). */
export interface DossierCounts extends OutcomeBuckets {
  readonly carriedOver: number;
  readonly receivedOnline: number;
  readonly receivedInPerson: number;
  readonly receivedPostal: number;
  readonly returned: number;
  /** carried over + received − (resolved + in progress + returned): 0 when the report balances. */
  readonly gap: number;
}

export interface DossierUnitRow {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly formerDistrict: string;
  readonly formerDistricts: readonly string[];
  /** Null when the unit has no dossier report for the month. */
  readonly counts: DossierCounts | null;
}

export interface DossierUnitsParams {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly filter: UnitFilter;
}

/** Sums of the dossier columns as DOUBLE (sum() of INTEGER is HUGEINT, which JS cannot read). */
export const DOSSIER_SUMS_SQL = `
  CAST(sum(d.carried_over) AS DOUBLE) AS carried_over,
  CAST(sum(d.received_online) AS DOUBLE) AS received_online,
  CAST(sum(d.received_in_person) AS DOUBLE) AS received_in_person,
  CAST(sum(d.received_postal) AS DOUBLE) AS received_postal,
  CAST(sum(d.resolved_early) AS DOUBLE) AS resolved_early,
  CAST(sum(d.resolved_on_time) AS DOUBLE) AS resolved_on_time,
  CAST(sum(d.resolved_late) AS DOUBLE) AS resolved_late,
  CAST(sum(d.pending_in_time) AS DOUBLE) AS pending_in_time,
  CAST(sum(d.pending_overdue) AS DOUBLE) AS pending_overdue,
  CAST(sum(d.returned) AS DOUBLE) AS returned,
  CAST(sum(d.carried_over + d.received_online + d.received_in_person + d.received_postal
    - d.resolved_early - d.resolved_on_time - d.resolved_late - d.pending_in_time
    - d.pending_overdue - d.returned) AS DOUBLE) AS gap`;

const SQL = `
SELECT u.code, u.name, u.type, u.former_district, count(d.code)::DOUBLE AS reports,
  ${DOSSIER_SUMS_SQL}
FROM units u LEFT JOIN dossiers d ON d.code = u.code AND d.month = ?
WHERE ${UNIT_FILTER_SQL}
GROUP BY u.code, u.name, u.type, u.former_district
ORDER BY u.code`;

const read = createRowReader('get-dossier-units');

/** Reads the columns of `DOSSIER_SUMS_SQL`. */
export function readDossierCounts(row: Record<string, unknown>): DossierCounts {
  return {
    carriedOver: read.number(row, 'carried_over'),
    receivedOnline: read.number(row, 'received_online'),
    receivedInPerson: read.number(row, 'received_in_person'),
    receivedPostal: read.number(row, 'received_postal'),
    resolvedEarly: read.number(row, 'resolved_early'),
    resolvedOnTime: read.number(row, 'resolved_on_time'),
    resolvedLate: read.number(row, 'resolved_late'),
    pendingInTime: read.number(row, 'pending_in_time'),
    pendingOverdue: read.number(row, 'pending_overdue'),
    returned: read.number(row, 'returned'),
    gap: read.number(row, 'gap'),
  };
}

/**
 * How did each unit handle its dossiers in one month? Every unit that passes the filter, with
 * the month's raw buckets (received by channel, resolved early / on time / late, in progress
 * within deadline / overdue, returned) and the balance gap; units without a report for the month
 * have `counts: null`. Ordered by Vietnamese name. Rates are computed by `data/on-time-rates.ts`.
 */
export async function getDossierUnits(
  db: DbClient,
  params: DossierUnitsParams,
): Promise<DossierUnitRow[]> {
  const rows = await db.query(SQL, [params.month, ...unitFilterParams(params.filter)]);
  return rows
    .map((row): DossierUnitRow => {
      const formerDistrict = read.nullableString(row, 'former_district') ?? '';
      return {
        code: read.string(row, 'code'),
        name: read.string(row, 'name'),
        type: read.oneOf(row, 'type', UNIT_TYPES),
        formerDistrict,
        formerDistricts: splitFormerDistricts(formerDistrict),
        counts: read.number(row, 'reports') > 0 ? readDossierCounts(row) : null,
      };
    })
    .sort(compareUnitsByName);
}
