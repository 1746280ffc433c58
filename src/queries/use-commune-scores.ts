import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getCommuneScores } from '../db/queries/get-commune-scores.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { CommuneScoreRow } from '../db/queries/get-commune-scores.ts';

export const communeScoresOptions = (data: LoadedData | undefined, code: string | null) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'commune-scores', code),
    queryFn: withDatabase(code === null ? undefined : data, (db) =>
      getCommuneScores(db, code ?? ''),
    ),
  });

/**
 * One unit's total, groups and rank for every month; null code waits. No placeholder data while
 * another unit loads: one unit's figures must never show under another's name.
 */
export function useCommuneScores(code: string | null) {
  return useQuery(communeScoresOptions(useLoadedData().data, code));
}
