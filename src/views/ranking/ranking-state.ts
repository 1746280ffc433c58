import { splitFormerDistricts } from '../../data/former-districts.ts';
import type { UnitType } from '../../data/schema.ts';
import type { SearchParamsLike } from '../../state/define-search.ts';
import { RANKING_SEARCH, type RankingParams, type RankingSort } from '../../state/page-search.ts';

/** Everything the ranking page shows, as read from the URL (the only place it lives). */
export interface RankingState extends Omit<RankingParams, 'units'> {
  /** Units compared side by side (`units`, up to five). */
  readonly compared: readonly string[];
}

export function rankingState({ units, ...params }: RankingParams): RankingState {
  return { ...params, compared: units };
}

export function parseRankingState(params: SearchParamsLike): RankingState {
  return rankingState(RANKING_SEARCH.parse(params).state);
}

interface FilterableRow {
  readonly type: UnitType;
  readonly formerDistrict: string;
}

/** Hides rows outside the filters; never changes ranks. A unit matches if any district does. */
export function filterRows<T extends FilterableRow>(
  rows: readonly T[],
  filters: Pick<RankingState, 'type' | 'district'>,
): T[] {
  return rows.filter(
    (row) =>
      (filters.type === null || row.type === filters.type) &&
      (filters.district === null ||
        splitFormerDistricts(row.formerDistrict).includes(filters.district)),
  );
}

interface SortableRow {
  readonly scoreChange: number | null;
  readonly rankChange: number | null;
}

/**
 * Orders rows for display. Rows arrive in rank order; every other sort is stable on it, and rows
 * without a change (new or unranked) go last.
 */
export function sortRows<T extends SortableRow>(rows: readonly T[], sort: RankingSort): T[] {
  const pick = (row: T): number | null => {
    switch (sort) {
      case 'gain':
        return row.scoreChange === null ? null : -row.scoreChange;
      case 'loss':
        return row.scoreChange;
      case 'climb':
        return row.rankChange === null ? null : -row.rankChange;
      case 'drop':
        return row.rankChange;
      case 'rank':
        return 0;
    }
  };
  return rows
    .map((row, index) => ({ row, index, key: pick(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      }
      return a.key - b.key || a.index - b.index;
    })
    .map((entry) => entry.row);
}
