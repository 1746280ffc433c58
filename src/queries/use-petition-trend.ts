import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { NO_UNIT_FILTER } from '../db/queries/unit-filter.ts';
import { getPetitionTrend } from '../db/queries/get-petition-trend.ts';
import type { PetitionUnitsParams } from '../db/queries/get-petition-units.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { PetitionTrendRow } from '../db/queries/get-petition-trend.ts';

const NO_PARAMS: PetitionUnitsParams = { from: '', to: '', filter: NO_UNIT_FILTER };

export const petitionTrendOptions = (
  data: LoadedData | undefined,
  params: PetitionUnitsParams | null,
) =>
  queryOptions({
    queryKey: datasetKey(
      data?.version ?? 'pending',
      'petition-trend',
      params?.from ?? null,
      params?.to ?? null,
      params?.filter.type ?? null,
      params?.filter.district ?? null,
    ),
    queryFn: withDatabase(params ? data : undefined, (db) =>
      getPetitionTrend(db, params ?? NO_PARAMS),
    ),
    placeholderData: keepPreviousData,
  });

/** Monthly petition sums over the filtered units (the province when unfiltered). */
export function usePetitionTrend(params: PetitionUnitsParams | null) {
  return useQuery(petitionTrendOptions(useLoadedData().data, params));
}
