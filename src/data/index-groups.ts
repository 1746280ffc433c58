/**
 * The six groups of the Decision 766/QĐ-TTg service index and their maximum points (100 in all).
 * Names live in the i18n catalogues under `group.<key>`.
 */
export const INDEX_GROUPS = [
  { key: 'ckmb', code: 'CKMB', max: 18 },
  { key: 'tdgq', code: 'TDGQ', max: 20 },
  { key: 'dvctt', code: 'DVCTT', max: 12 },
  { key: 'tttt', code: 'TTTT', max: 10 },
  { key: 'mdsh', code: 'MDSH', max: 22 },
  { key: 'mdhl', code: 'MDHL', max: 18 },
] as const;

export type GroupKey = (typeof INDEX_GROUPS)[number]['key'];

export const INDEX_MAX_TOTAL = 100;

/** Tolerance when checking a published `total` against the sum of its groups. */
export const TOTAL_TOLERANCE = 0.01;
