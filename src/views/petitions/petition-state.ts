import { sortUnitsBy, type SortOrder } from '../../data/unit-order.ts';
import { per10k, shareOf } from '../../data/on-time-rates.ts';
import type { UnitFilter } from '../../queries/questions.ts';
import type { PetitionCounts, PetitionUnitRow } from '../../queries/questions.ts';
import type { SearchParamsLike } from '../../state/define-search.ts';
import {
  PETITION_SEARCH,
  type PetitionParams,
  type PetitionSort,
} from '../../state/page-search.ts';

/** Everything the petitions page shows, read from the query string. */
export interface PetitionState extends Omit<PetitionParams, 'type' | 'district' | 'sort'> {
  readonly filter: UnitFilter;
  readonly sort: PetitionSort;
}

export function petitionState({ type, district, sort, ...params }: PetitionParams): PetitionState {
  return {
    ...params,
    filter: { type, district },
    // Per 10,000 residents is ranked by that rate unless the URL asks for another order.
    sort: sort ?? (params.measure === 'per10k' ? 'per10k' : 'received'),
  };
}

export function parsePetitionState(params: SearchParamsLike): PetitionState {
  return petitionState(PETITION_SEARCH.parse(params).state);
}

/**
 * The period actually queried: the URL's ends clamped to the available months (default: all of
 * them), swapped if reversed. Null when there are no months.
 */
export function resolvePeriod(
  state: Pick<PetitionState, 'from' | 'to'>,
  months: readonly string[],
): { from: string; to: string } | null {
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return null;
  const clamp = (month: string | null, fallback: string) =>
    month === null ? fallback : month < first ? first : month > last ? last : month;
  const from = clamp(state.from, first);
  const to = clamp(state.to, last);
  return from <= to ? { from, to } : { from: to, to: from };
}

export const answeredCount = (counts: PetitionCounts): number =>
  counts.answeredOnSpot + counts.answeredLater;

function sortValue(row: PetitionUnitRow, sort: Exclude<PetitionSort, 'name'>): number | null {
  const counts = row.counts;
  if (counts === null) return null;
  switch (sort) {
    case 'received':
      return counts.received;
    case 'per10k':
      return per10k(counts.received, row.population);
    case 'answeredShare':
      return shareOf(answeredCount(counts), counts.received).ratio;
    case 'pending':
      return counts.pending;
  }
}

/** Rows in the page's order; null values (no petitions, unknown population) always last. */
export function sortPetitionUnits(
  rows: readonly PetitionUnitRow[],
  sort: PetitionSort,
  order: SortOrder,
): PetitionUnitRow[] {
  return sortUnitsBy(rows, sort === 'name' ? null : (row) => sortValue(row, sort), order);
}
