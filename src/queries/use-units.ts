import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getUnits } from '../db/queries/get-units.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { UnitRow } from '../db/queries/get-units.ts';

export const unitsOptions = (data: LoadedData | undefined) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'units'),
    queryFn: withDatabase(data, getUnits),
  });

/** Every unit with its reference facts, by Vietnamese name. */
export function useUnits() {
  return useQuery(unitsOptions(useLoadedData().data));
}
