import { splitFormerDistricts } from '../../data/former-districts.ts';
import { UNIT_TYPES, type UnitType } from '../../data/schema.ts';
import { RANKING_METRICS, type RankingMetric } from '../../data/ranking-metric.ts';
import {
  parseChoice,
  parseCode,
  parseList,
  parseMonth,
  type SearchParamsLike,
} from '../../state/route.ts';

export const PANELS = ['ranking', 'heatmap', 'distribution', 'compare'] as const;
export type Panel = (typeof PANELS)[number];
export const SORTS = ['rank', 'gain', 'loss', 'climb', 'drop'] as const;
export type RankingSort = (typeof SORTS)[number];
export const HEAT_MODES = ['score', 'rank'] as const;
export type HeatMode = (typeof HEAT_MODES)[number];
export const MAX_COMPARED = 5;

/** Everything the ranking page shows, as read from the URL (the only place it lives). */
export interface RankingState {
  readonly panel: Panel;
  /** Null: the latest month. */
  readonly month: string | null;
  readonly metric: RankingMetric;
  readonly type: UnitType | null;
  readonly district: string | null;
  readonly sort: RankingSort;
  /** The unit whose rank change is explained (and highlighted). */
  readonly unit: string | null;
  /** Units compared side by side (up to five). */
  readonly compared: readonly string[];
  readonly bands: boolean;
  readonly heat: HeatMode;
}

const ALL = '' as const;

export function parseRankingState(params: SearchParamsLike): RankingState {
  const type = parseChoice(params.get('type'), [...UNIT_TYPES, ALL], ALL);
  const district = params.get('district');
  return {
    panel: parseChoice(params.get('panel'), PANELS, 'ranking'),
    month: parseMonth(params.get('month')),
    metric: parseChoice(params.get('metric'), RANKING_METRICS, 'total'),
    type: type === ALL ? null : type,
    district: district === null || district.trim() === '' ? null : district,
    sort: parseChoice(params.get('sort'), SORTS, 'rank'),
    unit: parseCode(params.get('unit')),
    compared: parseList(params.get('units'), (code) => parseCode(code) !== null).slice(
      0,
      MAX_COMPARED,
    ),
    bands: params.get('bands') === '1',
    heat: parseChoice(params.get('heat'), HEAT_MODES, 'score'),
  };
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
