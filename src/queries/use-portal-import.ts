import { useCallback, useState } from 'react';
import { getReferenceUnits } from '../db/queries/get-reference-units.ts';
import type { LoadedData } from '../ingest/loaded-data.ts';
import type { PortalFile } from '../ingest/portal/import-portal-files.ts';
import { importPortalBatches, type PortalBatch } from '../ingest/portal/portal-batches.ts';
import { portalDatasets, type PortalDatasets } from '../ingest/portal/portal-datasets.ts';
import type { PortalPeriod } from '../ingest/portal/portal-import-types.ts';
import { portalUploads } from '../ingest/portal/portal-uploads.ts';
import { useUpload, type Persistence } from './use-upload.ts';

export type { PortalFile } from '../ingest/portal/import-portal-files.ts';
export type { PortalBatch } from '../ingest/portal/portal-batches.ts';
export { localDay, portalBatches, suggestedPeriod } from '../ingest/portal/portal-batches.ts';
export type { PortalDatasets, PortalUnitReport } from '../ingest/portal/portal-datasets.ts';
export type { PortalIssue, PortalPeriod } from '../ingest/portal/portal-import-types.ts';
export { portalMatchTableCsv } from '../ingest/portal/portal-match-table.ts';

/**
 * Imports the national portal's 766 files: reads every batch with its period, matches the
 * communes to the loaded units of their province (or takes the file's own), and loads the
 * result through the one upload path. `report` is what became of every file and unit; it stays
 * after the load, and is all there is when nothing could be imported.
 */
export function usePortalImport(data: LoadedData | undefined) {
  const upload = useUpload(data);
  const [report, setReport] = useState<PortalDatasets | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = useCallback(
    async (
      files: readonly PortalFile[],
      batches: readonly PortalBatch[],
      periods: Readonly<Record<string, PortalPeriod>>,
      label: string,
      onLoaded?: (persistence: Persistence) => void,
    ) => {
      if (data === undefined) return;
      setFailure(null);
      setReport(null);
      try {
        const references = await getReferenceUnits(data.db);
        const datasets = portalDatasets(importPortalBatches(files, batches, periods), references);
        setReport(datasets);
        if (datasets.rows.index_scores === 0) return;
        upload.mutate(portalUploads(datasets, label), {
          onSuccess: ({ persistence }) => onLoaded?.(persistence),
        });
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    },
    [data, upload],
  );
  const reset = useCallback(() => {
    setReport(null);
    setFailure(null);
    upload.reset();
  }, [upload]);
  return { run, report, failure, upload, reset };
}
