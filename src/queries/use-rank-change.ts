import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getRankChange, type RankChangeParams } from '../db/queries/get-rank-change.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { GroupChange, RankChange } from '../db/queries/get-rank-change.ts';

const NO_PARAMS: RankChangeParams = { period: '', code: '' };

export const rankChangeOptions = (data: LoadedData | undefined, params: RankChangeParams | null) =>
  queryOptions({
    queryKey: datasetKey(
      data?.version ?? 'pending',
      'rank-change',
      params?.period ?? null,
      params?.code ?? null,
    ),
    queryFn: withDatabase(params ? data : undefined, (db) =>
      getRankChange(db, params ?? NO_PARAMS),
    ),
    placeholderData: keepPreviousData,
  });

/** Why one unit's total rank changed since the previous month; null params wait. */
export function useRankChange(params: RankChangeParams | null) {
  return useQuery(rankChangeOptions(useLoadedData().data, params));
}
