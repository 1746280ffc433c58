import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { NO_UNIT_FILTER } from '../db/queries/unit-filter.ts';
import { getDossierUnits, type DossierUnitsParams } from '../db/queries/get-dossier-units.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { DossierCounts, DossierUnitRow } from '../db/queries/get-dossier-units.ts';
export type { UnitFilter } from '../db/queries/unit-filter.ts';

const NO_PARAMS: DossierUnitsParams = { month: '', filter: NO_UNIT_FILTER };

export const dossierUnitsOptions = (
  data: LoadedData | undefined,
  params: DossierUnitsParams | null,
) =>
  queryOptions({
    queryKey: datasetKey(
      data?.version ?? 'pending',
      'dossier-units',
      params?.month ?? null,
      params?.filter.type ?? null,
      params?.filter.district ?? null,
    ),
    queryFn: withDatabase(params ? data : undefined, (db) =>
      getDossierUnits(db, params ?? NO_PARAMS),
    ),
    placeholderData: keepPreviousData,
  });

/** Every filtered unit's dossier buckets for one month; null params wait (no month yet). */
export function useDossierUnits(params: DossierUnitsParams | null) {
  return useQuery(dossierUnitsOptions(useLoadedData().data, params));
}
