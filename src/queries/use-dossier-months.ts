import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getDossierMonths } from '../db/queries/get-dossier-months.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export const dossierMonthsOptions = (data: LoadedData | undefined) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'dossier-months'),
    queryFn: withDatabase(data, getDossierMonths),
  });

/** The months with dossier reports, oldest first. */
export function useDossierMonths() {
  return useQuery(dossierMonthsOptions(useLoadedData().data));
}
