import { INDEX_GROUPS, type GroupKey } from '../../data/index-groups.ts';

/** What a ranking can be computed on: the total, or one of the six groups. */
export type RankingMetric = 'total' | GroupKey;

export const RANKING_METRICS: readonly RankingMetric[] = [
  'total',
  ...INDEX_GROUPS.map((group) => group.key),
];
