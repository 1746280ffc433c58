import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getFormerDistricts } from '../db/queries/get-former-districts.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export const formerDistrictsOptions = (data: LoadedData | undefined) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'former-districts'),
    queryFn: withDatabase(data, getFormerDistricts),
  });

/** The former districts units come from (the choices of every page's district filter). */
export function useFormerDistricts() {
  return useQuery(formerDistrictsOptions(useLoadedData().data));
}
