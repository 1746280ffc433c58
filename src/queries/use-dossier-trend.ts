import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getDossierTrend, type DossierTrendParams } from '../db/queries/get-dossier-trend.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { DossierTrendRow } from '../db/queries/get-dossier-trend.ts';

export const dossierTrendOptions = (data: LoadedData | undefined, params: DossierTrendParams) =>
  queryOptions({
    queryKey: datasetKey(
      data?.version ?? 'pending',
      'dossier-trend',
      params.filter.type,
      params.filter.district,
      params.code,
    ),
    queryFn: withDatabase(data, (db) => getDossierTrend(db, params)),
    placeholderData: keepPreviousData,
  });

/** Monthly dossier sums: the filtered province, or one unit's history when `code` is set. */
export function useDossierTrend(params: DossierTrendParams) {
  return useQuery(dossierTrendOptions(useLoadedData().data, params));
}
