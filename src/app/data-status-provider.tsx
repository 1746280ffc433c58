import { useMemo, type ReactNode } from 'react';
import { provenanceOf, type DataSource, type DatasetProvenance } from '../charts/chart-context.ts';
import { DataStatusContext, type DataStatus } from '../components/data-status.ts';
import type { DatasetId } from '../data/schema.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';

/**
 * Where each dataset of the loaded data comes from. A published dataset is the synthetic sample
 * when the manifest says the publication is synthetic, except the units: the published list is
 * the real one (as the Data page's downloads say). An upload is named by its file.
 */
export function datasetProvenance(
  data: Pick<LoadedData, 'origins' | 'reports' | 'published'>,
): DatasetProvenance {
  const sourceOf = (dataset: DatasetId): DataSource => {
    switch (data.origins[dataset]) {
      case 'published':
        return data.published.synthetic && dataset !== 'units'
          ? { kind: 'sample' }
          : { kind: 'reference' };
      case 'upload': {
        const report = data.reports.find((candidate) => candidate.dataset === dataset);
        if (report === undefined) throw new Error(`no load report for the upload of ${dataset}`);
        return { kind: 'upload', file: report.file };
      }
      case 'cleared':
        return { kind: 'cleared' };
    }
  };
  return {
    units: provenanceOf(sourceOf('units')),
    index_scores: provenanceOf(sourceOf('index_scores')),
    index_metrics: provenanceOf(sourceOf('index_metrics')),
    dossiers: provenanceOf(sourceOf('dossiers')),
    petitions: provenanceOf(sourceOf('petitions')),
  };
}

/** Tells components how far loading got and where each dataset comes from, from the loaded data. */
export function DataStatusProvider({ children }: { children: ReactNode }) {
  const loaded = useLoadedData();
  const engine = loaded.data !== undefined ? 'ready' : loaded.isError ? 'failed' : 'starting';
  const data = loaded.data;
  const provenance = useMemo(() => (data === undefined ? null : datasetProvenance(data)), [data]);
  const value = useMemo<DataStatus>(() => ({ engine, provenance }), [engine, provenance]);
  return <DataStatusContext.Provider value={value}>{children}</DataStatusContext.Provider>;
}
