import { SORT_ORDERS, sortUnitsBy, type SortOrder } from '../../data/unit-order.ts';
import { per10k, shareOf } from '../../data/on-time-rates.ts';
import { UNIT_TYPES } from '../../data/schema.ts';
import type { UnitFilter } from '../../queries/questions.ts';
import type { PetitionCounts, PetitionUnitRow } from '../../queries/questions.ts';
import { parseChoice, parseMonth, type SearchParamsLike } from '../../state/route.ts';
import {
  PETITION_CHART_MODES,
  PETITION_MEASURES,
  type PetitionChartMode,
  type PetitionMeasure,
} from '../../charts/petition-series.ts';

export const PETITION_SORTS = ['received', 'per10k', 'answeredShare', 'pending', 'name'] as const;
export type PetitionSort = (typeof PETITION_SORTS)[number];
/** Everything the petitions page shows, read from the query string. */
export interface PetitionState {
  /** `from`/`to` months (`YYYY-MM`); null ends mean "from the first" / "to the last" month. */
  readonly from: string | null;
  readonly to: string | null;
  readonly filter: UnitFilter;
  readonly sort: PetitionSort;
  readonly order: SortOrder;
  readonly split: PetitionChartMode;
  readonly measure: PetitionMeasure;
}

export function parsePetitionState(params: SearchParamsLike): PetitionState {
  const type = params.get('type');
  const district = params.get('district');
  const measure = parseChoice(params.get('measure'), PETITION_MEASURES, 'count');
  return {
    from: parseMonth(params.get('from')),
    to: parseMonth(params.get('to')),
    filter: {
      type: UNIT_TYPES.find((candidate) => candidate === type) ?? null,
      district: district === null || district.trim() === '' ? null : district,
    },
    // Per 10,000 residents is ranked by that rate unless the URL asks for another order.
    sort: parseChoice(
      params.get('sort'),
      PETITION_SORTS,
      measure === 'per10k' ? 'per10k' : 'received',
    ),
    order: parseChoice(params.get('order'), SORT_ORDERS, 'desc'),
    split: parseChoice(params.get('split'), PETITION_CHART_MODES, 'topics'),
    measure,
  };
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
