import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getPetitionMonths } from '../db/queries/get-petition-months.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export const petitionMonthsOptions = (data: LoadedData | undefined) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'petition-months'),
    queryFn: withDatabase(data, getPetitionMonths),
  });

/** The months with voters' petitions, oldest first. */
export function usePetitionMonths() {
  return useQuery(petitionMonthsOptions(useLoadedData().data));
}
