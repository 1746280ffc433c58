import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getProvinceQuartiles } from '../db/queries/get-province-quartiles.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type {
  ProvinceQuartilesRow,
  QuartileMetric,
  Quartiles,
} from '../db/queries/get-province-quartiles.ts';

export const provinceQuartilesOptions = (data: LoadedData | undefined) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'province-quartiles'),
    queryFn: withDatabase(data, getProvinceQuartiles),
  });

/** The province's Q1, median and Q3 of the total and each group, per month. */
export function useProvinceQuartiles() {
  return useQuery(provinceQuartilesOptions(useLoadedData().data));
}
