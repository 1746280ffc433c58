import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getDossierImbalances } from '../db/queries/get-dossier-imbalances.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { DossierImbalanceRow } from '../db/queries/get-dossier-imbalances.ts';

export const dossierImbalancesOptions = (data: LoadedData | undefined) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'dossier-imbalances'),
    queryFn: withDatabase(data, getDossierImbalances),
  });

/** Every unit-month whose dossier report does not balance, whatever the filters. */
export function useDossierImbalances() {
  return useQuery(dossierImbalancesOptions(useLoadedData().data));
}
