import { SORT_ORDERS, sortUnitsBy, type SortOrder } from '../../data/unit-order.ts';
import {
  handledCount,
  ON_TIME_RATE_KINDS,
  onTimeRate,
  shareOf,
  type OnTimeRateKind,
} from '../../data/on-time-rates.ts';
import { UNIT_TYPES } from '../../data/schema.ts';
import type { DossierCounts, DossierUnitRow, UnitFilter } from '../../queries/questions.ts';
import { parseChoice, parseCode, parseMonth, type SearchParamsLike } from '../../state/route.ts';
import { DOSSIER_CHART_MODES, type DossierChartMode } from '../../charts/dossier-series.ts';

export const DOSSIER_SORTS = [
  'rate',
  'name',
  'received',
  'handled',
  'onlineShare',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingInTime',
  'pendingOverdue',
] as const;
export type DossierSort = (typeof DOSSIER_SORTS)[number];
/** Everything the dossiers page shows, read from the query string (all of it lives there). */
export interface DossierState {
  /** Null: the latest month with reports. */
  readonly month: string | null;
  readonly filter: UnitFilter;
  readonly rate: OnTimeRateKind;
  readonly sort: DossierSort;
  readonly order: SortOrder;
  readonly chart: DossierChartMode;
  /** The unit whose monthly history is shown, or null for the filtered province. */
  readonly code: string | null;
}

export function parseDossierState(params: SearchParamsLike): DossierState {
  const type = params.get('type');
  const district = params.get('district');
  return {
    month: parseMonth(params.get('month')),
    filter: {
      type: UNIT_TYPES.find((candidate) => candidate === type) ?? null,
      district: district === null || district.trim() === '' ? null : district,
    },
    rate: parseChoice(params.get('rate'), ON_TIME_RATE_KINDS, 'portal'),
    sort: parseChoice(params.get('sort'), DOSSIER_SORTS, 'rate'),
    order: parseChoice(params.get('order'), SORT_ORDERS, 'desc'),
    chart: parseChoice(params.get('chart'), DOSSIER_CHART_MODES, 'outcomes'),
    code: parseCode(params.get('code')),
  };
}

export const receivedCount = (counts: DossierCounts): number =>
  counts.receivedOnline + counts.receivedInPerson + counts.receivedPostal;

/** The value a unit is sorted by; null (no report, or no denominator) sorts last either way. */
export function sortValue(
  counts: DossierCounts | null,
  sort: Exclude<DossierSort, 'name'>,
  rate: OnTimeRateKind,
): number | null {
  if (counts === null) return null;
  switch (sort) {
    case 'rate':
      return onTimeRate(rate, counts).ratio;
    case 'received':
      return receivedCount(counts);
    case 'handled':
      return handledCount(counts);
    case 'onlineShare':
      return shareOf(counts.receivedOnline, receivedCount(counts)).ratio;
    default:
      return counts[sort];
  }
}

/** Rows in the page's order: by the chosen value, ties and "name" by Vietnamese collation. */
export function sortDossierUnits(
  rows: readonly DossierUnitRow[],
  sort: DossierSort,
  order: SortOrder,
  rate: OnTimeRateKind,
): DossierUnitRow[] {
  return sortUnitsBy(
    rows,
    sort === 'name' ? null : (row) => sortValue(row.counts, sort, rate),
    order,
  );
}
