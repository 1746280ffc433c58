import { DOSSIER_CHART_MODES } from '../charts/dossier-series.ts';
import { PETITION_CHART_MODES, PETITION_MEASURES } from '../charts/petition-series.ts';
import { ON_TIME_RATE_KINDS } from '../data/on-time-rates.ts';
import { RANKING_METRICS } from '../data/ranking-metric.ts';
import { UNIT_TYPES } from '../data/schema.ts';
import { SORT_ORDERS } from '../data/unit-order.ts';
import { field, type StateOf } from './define-search.ts';
import { definePageSearch } from './route.ts';

/**
 * Every page's URL params, declared once per page. A page reads only its own schema, every
 * write goes through one (`write`, or `to` for a link), and `nextSearch` in route.ts decides
 * what survives a page switch. Pages without params (methodology) have no schema.
 */

/** The unit filter, shared by the ranking, dossiers and petitions pages; null is "all". */
const UNIT_FILTER_FIELDS = {
  type: field.optionalChoice(UNIT_TYPES),
  /** A former district: a unit matches when any of its former districts does. */
  district: field.text(),
};

export const PANELS = ['ranking', 'heatmap', 'distribution', 'compare'] as const;
export type Panel = (typeof PANELS)[number];
export const SORTS = ['rank', 'gain', 'loss', 'climb', 'drop'] as const;
export type RankingSort = (typeof SORTS)[number];
export const HEAT_MODES = ['score', 'rank'] as const;
export type HeatMode = (typeof HEAT_MODES)[number];
export const MAX_COMPARED = 5;

/** `?view=ranking`, the default page. */
export const RANKING_SEARCH = definePageSearch('ranking', {
  panel: field.choice(PANELS, 'ranking'),
  /** A point key (`2026-09`, `2026`, `2026@2026-10-10`); absent: the latest. */
  month: field.point(),
  metric: field.choice(RANKING_METRICS, 'total'),
  /** A sub-indicator code to rank by (bound as a value, never an identifier). */
  sub: field.text(),
  ...UNIT_FILTER_FIELDS,
  sort: field.choice(SORTS, 'rank'),
  /** The unit whose rank change is explained (and highlighted). */
  unit: field.code(),
  /** Units compared side by side. */
  units: field.codeList({ max: MAX_COMPARED }),
  bands: field.flag(),
  heat: field.choice(HEAT_MODES, 'score'),
});
export type RankingParams = StateOf<typeof RANKING_SEARCH>;

/** `?view=commune&code=20364`; without a known code, the unit picker. */
export const COMMUNE_SEARCH = definePageSearch('commune', {
  code: field.code(),
});

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

/** `?view=dossiers`. The selects write their default as a value, as they always have. */
export const DOSSIER_SEARCH = definePageSearch('dossiers', {
  /** Absent: the latest month with reports. */
  month: field.month(),
  ...UNIT_FILTER_FIELDS,
  rate: field.choice(ON_TIME_RATE_KINDS, 'portal', { writeDefault: true }),
  sort: field.choice(DOSSIER_SORTS, 'rate', { writeDefault: true }),
  order: field.choice(SORT_ORDERS, 'desc', { writeDefault: true }),
  chart: field.choice(DOSSIER_CHART_MODES, 'outcomes', { writeDefault: true }),
  /** The unit whose monthly history is shown; absent: the filtered province. */
  code: field.code(),
});
export type DossierParams = StateOf<typeof DOSSIER_SEARCH>;

export const PETITION_SORTS = ['received', 'per10k', 'answeredShare', 'pending', 'name'] as const;
export type PetitionSort = (typeof PETITION_SORTS)[number];

/** `?view=petitions`. */
export const PETITION_SEARCH = definePageSearch('petitions', {
  /** The period's ends; absent: from the first, to the last month. */
  from: field.month(),
  to: field.month(),
  ...UNIT_FILTER_FIELDS,
  /** Absent: by the measure (per 10,000 residents, or the count received). */
  sort: field.optionalChoice(PETITION_SORTS),
  order: field.choice(SORT_ORDERS, 'desc', { writeDefault: true }),
  split: field.choice(PETITION_CHART_MODES, 'topics', { writeDefault: true }),
  measure: field.choice(PETITION_MEASURES, 'count', { writeDefault: true }),
});
export type PetitionParams = StateOf<typeof PETITION_SEARCH>;

/**
 * `?view=data`. `sql`: the console's query text, so a link fills the editor (nothing runs until
 * the reader presses Run).
 */
export const DATA_SEARCH = definePageSearch('data', {
  sql: field.text(),
});
