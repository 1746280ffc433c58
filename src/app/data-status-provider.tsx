import { useMemo, type ReactNode } from 'react';
import { DataStatusContext, type DataStatus } from '../components/data-status.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';

/** Tells components how far loading got and where the figures come from, from the loaded data. */
export function DataStatusProvider({ children }: { children: ReactNode }) {
  const loaded = useLoadedData();
  const engine = loaded.data !== undefined ? 'ready' : loaded.isError ? 'failed' : 'starting';
  const synthetic = loaded.data?.synthetic;
  const value = useMemo<DataStatus>(
    () => ({ engine, provenance: synthetic === undefined ? null : { synthetic } }),
    [engine, synthetic],
  );
  return <DataStatusContext.Provider value={value}>{children}</DataStatusContext.Provider>;
}
