import { createContext, useContext } from 'react';
import { provenanceOf, type DatasetProvenance, type Provenance } from '../charts/chart-context.ts';
import type { DatasetId } from '../data/schema.ts';

/** The engine and the datasets: still starting (and loading the files), failed, or loaded. */
export type EngineStatus = 'starting' | 'failed' | 'ready';

/** How much of the engine has downloaded, in bytes (total 0 when the host does not say). */
export interface DownloadProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface DataStatus {
  readonly engine: EngineStatus;
  /** The figures shown are the build's answers: the engine has not loaded the data yet. */
  readonly early: boolean;

  /** Where each dataset comes from; known once the data is loaded. */
  readonly provenance: DatasetProvenance | null;
}

/** The engine download, null before it starts: a context of its own, as it changes often. */
export const DownloadProgressContext = createContext<DownloadProgress | null>(null);

export function useDownloadProgress(): DownloadProgress | null {
  return useContext(DownloadProgressContext);
}

/** Filled by the app from the loaded data; components cannot ask the data layer themselves. */
export const DataStatusContext = createContext<DataStatus | null>(null);

export function useDataStatus(): DataStatus {
  const status = useContext(DataStatusContext);
  if (status === null) throw new Error('DataStatusContext is missing');
  return status;
}

// Until the data says otherwise, figures are treated as the sample (as the app's notice is).
const UNKNOWN: Provenance = provenanceOf({ kind: 'sample' });

/**
 * Where the figures of one dataset come from (the one a chart draws or a table exports): for
 * sample-data labels, source names and notes in exports.
 */
export function useProvenance(dataset: DatasetId): Provenance {
  return useDataStatus().provenance?.[dataset] ?? UNKNOWN;
}

const ALL_UNKNOWN: DatasetProvenance = {
  units: UNKNOWN,
  index_scores: UNKNOWN,
  index_metrics: UNKNOWN,
  dossiers: UNKNOWN,
  petitions: UNKNOWN,
};

/** Where every dataset comes from (each treated as the sample until the data is loaded). */
export function useDatasetProvenance(): DatasetProvenance {
  return useDataStatus().provenance ?? ALL_UNKNOWN;
}
