import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getPeriods } from '../db/queries/get-periods.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export const periodsOptions = (data: LoadedData | undefined) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'periods'),
    queryFn: withDatabase(data, getPeriods),
  });

/** The months with scores, oldest first. */
export function usePeriods() {
  return useQuery(periodsOptions(useLoadedData().data));
}
