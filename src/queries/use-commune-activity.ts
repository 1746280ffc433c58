import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getCommuneActivity } from '../db/queries/get-commune-activity.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { CommuneActivityRow } from '../db/queries/get-commune-activity.ts';

export const communeActivityOptions = (data: LoadedData | undefined, code: string | null) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'commune-activity', code),
    queryFn: withDatabase(code === null ? undefined : data, (db) =>
      getCommuneActivity(db, code ?? ''),
    ),
  });

/** One unit's dossiers and petitions per month; null code waits. */
export function useCommuneActivity(code: string | null) {
  return useQuery(communeActivityOptions(useLoadedData().data, code));
}
