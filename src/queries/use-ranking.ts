import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getRanking, type RankingParams } from '../db/queries/get-ranking.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { Ranking, RankingRow } from '../db/queries/get-ranking.ts';
export { metricMax, RANKING_METRICS, type RankingMetric } from '../db/queries/ranking-metric.ts';

const NO_PARAMS: RankingParams = { period: '', metric: 'total' };

export const rankingOptions = (data: LoadedData | undefined, params: RankingParams | null) =>
  queryOptions({
    queryKey: datasetKey(
      data?.version ?? 'pending',
      'ranking',
      params?.period ?? null,
      params?.metric ?? null,
    ),
    queryFn: withDatabase(params ? data : undefined, (db) => getRanking(db, params ?? NO_PARAMS)),
    placeholderData: keepPreviousData,
  });

/** The ranking of every unit for one month and metric; null params wait (no month known yet). */
export function useRanking(params: RankingParams | null) {
  return useQuery(rankingOptions(useLoadedData().data, params));
}
