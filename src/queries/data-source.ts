import { createContext, useContext } from 'react';
import type { LoadedData } from '../ingest/loaded-data.ts';

/** How the app obtains its loaded database: the browser engine in the app, a fake in tests. */
export type DataSource = () => Promise<LoadedData>;

export const DataSourceContext = createContext<DataSource | null>(null);

export function useDataSource(): DataSource {
  const source = useContext(DataSourceContext);
  if (source === null) throw new Error('DataSourceContext is missing');
  return source;
}
