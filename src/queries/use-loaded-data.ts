import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataSource } from './data-source.ts';

export type { DatasetLoadReport } from '../data/load-report.ts';
export type { DatasetOrigin, LoadedData } from '../ingest/loaded-data.ts';
import { useDataSource } from './data-source.ts';
import { DATABASE_KEY } from './query-keys.ts';

export const loadedDataOptions = (source: DataSource) =>
  queryOptions({
    queryKey: DATABASE_KEY,
    queryFn: () => source.load(),
    gcTime: Number.POSITIVE_INFINITY,
  });

/** The engine and the loaded datasets: pending while DuckDB starts, an error if it cannot. */
export function useLoadedData() {
  return useQuery(loadedDataOptions(useDataSource()));
}
