import { useEffect, useMemo, type ReactNode } from 'react';
import { provenanceOf, type DataSource, type DatasetProvenance } from '../charts/chart-context.ts';
import {
  DataStatusContext,
  DownloadProgressContext,
  type DataStatus,
} from '../components/data-status.ts';
import type { DatasetId } from '../data/schema.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';
import { useCheckPreview } from '../queries/use-check-preview.ts';
import { DataVersionContext } from '../queries/data-version.ts';
import { useEngineProgress } from '../queries/use-engine-progress.ts';
import { useLoadedData } from '../queries/use-loaded-data.ts';
import { usePreview } from '../queries/use-preview.ts';
import { useSearchParams } from '../routing/use-search-params.ts';
import { parseView } from '../state/route.ts';
import { cacheEngine } from './service-worker-client.ts';

/** Before the engine has loaded anything, the published data's own sources stand in. */
const PUBLISHED_ORIGINS: LoadedData['origins'] = {
  units: 'published',
  index_scores: 'published',
  index_metrics: 'published',
  dossiers: 'published',
  petitions: 'published',
};

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

/**
 * Tells components how far loading got and where each dataset comes from, and gives every
 * question the version of the figures shown: the loaded data's, or before the engine is ready
 * the published data's, when the build answered the page's questions (`usePreview`).
 */
export function DataStatusProvider({ children }: { children: ReactNode }) {
  const [params] = useSearchParams();
  // First: the engine waits for the page's answers before it starts downloading.
  const page = parseView(params);
  const first = usePreview(page);
  const preview = first.data ?? null;
  const loaded = useLoadedData();
  // The page's likely next steps (the other months), once its own answers are in.
  const next = usePreview(`${page}-next`, preview?.next === true).data ?? null;
  const progress = useEngineProgress();
  useCheckPreview(preview, loaded.data);
  useCheckPreview(next, loaded.data);
  const engine = loaded.data !== undefined ? 'ready' : loaded.isError ? 'failed' : 'starting';
  useEffect(() => {
    if (engine === 'ready') cacheEngine();
  }, [engine]);
  const data = loaded.data;
  const manifest = preview?.manifest ?? null;
  const provenance = useMemo(
    () =>
      data !== undefined
        ? datasetProvenance(data)
        : manifest === null
          ? null
          : datasetProvenance({ origins: PUBLISHED_ORIGINS, reports: [], published: manifest }),
    [data, manifest],
  );
  const version = data?.version ?? manifest?.version ?? null;
  const early = data === undefined && manifest !== null;
  const value = useMemo<DataStatus>(
    () => ({ engine, provenance, early }),
    [engine, provenance, early],
  );
  return (
    <DataStatusContext.Provider value={value}>
      <DownloadProgressContext.Provider value={progress}>
        <DataVersionContext.Provider value={version}>{children}</DataVersionContext.Provider>
      </DownloadProgressContext.Provider>
    </DataStatusContext.Provider>
  );
}
