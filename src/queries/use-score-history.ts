import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getScoreHistory, type ScoreHistoryParams } from '../db/queries/get-score-history.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { ScoreHistory, ScoreHistoryCell } from '../db/queries/get-score-history.ts';

export const scoreHistoryOptions = (data: LoadedData | undefined, params: ScoreHistoryParams) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'score-history', params.metric),
    queryFn: withDatabase(data, (db) => getScoreHistory(db, params)),
    placeholderData: keepPreviousData,
  });

/** Every unit's score and rank on one metric, month by month. */
export function useScoreHistory(params: ScoreHistoryParams) {
  return useQuery(scoreHistoryOptions(useLoadedData().data, params));
}
