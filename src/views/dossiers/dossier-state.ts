import { sortUnitsBy, type SortOrder } from '../../data/unit-order.ts';
import {
  handledCount,
  onTimeRate,
  shareOf,
  type OnTimeRateKind,
} from '../../data/on-time-rates.ts';
import type { DossierCounts, DossierUnitRow, UnitFilter } from '../../queries/questions.ts';
import type { SearchParamsLike } from '../../state/define-search.ts';
import { DOSSIER_SEARCH, type DossierParams, type DossierSort } from '../../state/page-search.ts';

/** Everything the dossiers page shows, read from the query string (all of it lives there). */
export interface DossierState extends Omit<DossierParams, 'type' | 'district'> {
  readonly filter: UnitFilter;
}

export function dossierState({ type, district, ...params }: DossierParams): DossierState {
  return { ...params, filter: { type, district } };
}

export function parseDossierState(params: SearchParamsLike): DossierState {
  return dossierState(DOSSIER_SEARCH.parse(params).state);
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
