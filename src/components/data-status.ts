import { createContext, useContext } from 'react';
import type { Provenance } from '../charts/chart-context.ts';

/** The engine and the datasets: still starting (and loading the files), failed, or loaded. */
export type EngineStatus = 'starting' | 'failed' | 'ready';

export interface DataStatus {
  readonly engine: EngineStatus;
  /** Known once the data is loaded. */
  readonly provenance: Provenance | null;
}

/** Filled by the app from the loaded data; components cannot ask the data layer themselves. */
export const DataStatusContext = createContext<DataStatus | null>(null);

export function useDataStatus(): DataStatus {
  const status = useContext(DataStatusContext);
  if (status === null) throw new Error('DataStatusContext is missing');
  return status;
}

// Until the data says otherwise, figures are treated as the sample (as the app's notice is).
const UNKNOWN: Provenance = { synthetic: true };

/** Where the figures shown come from: for sample-data labels and notes in exports. */
export function useProvenance(): Provenance {
  return useDataStatus().provenance ?? UNKNOWN;
}
