import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { NO_UNIT_FILTER } from '../db/queries/unit-filter.ts';
import { getPetitionUnits, type PetitionUnitsParams } from '../db/queries/get-petition-units.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type {
  PetitionCounts,
  PetitionPeriod,
  PetitionUnitRow,
  PetitionUnitsParams,
} from '../db/queries/get-petition-units.ts';

const NO_PARAMS: PetitionUnitsParams = { from: '', to: '', filter: NO_UNIT_FILTER };

export const petitionUnitsOptions = (
  data: LoadedData | undefined,
  params: PetitionUnitsParams | null,
) =>
  queryOptions({
    queryKey: datasetKey(
      data?.version ?? 'pending',
      'petition-units',
      params?.from ?? null,
      params?.to ?? null,
      params?.filter.type ?? null,
      params?.filter.district ?? null,
    ),
    queryFn: withDatabase(params ? data : undefined, (db) =>
      getPetitionUnits(db, params ?? NO_PARAMS),
    ),
    placeholderData: keepPreviousData,
  });

/** Every filtered unit's petitions over a period; null params wait (no months known yet). */
export function usePetitionUnits(params: PetitionUnitsParams | null) {
  return useQuery(petitionUnitsOptions(useLoadedData().data, params));
}
