import type { Upload } from '../load-uploads.ts';
import type { PortalDatasets, PortalDatasetId } from './portal-datasets.ts';

const ORDER: readonly PortalDatasetId[] = ['units', 'index_scores', 'index_metrics'];

/**
 * The import as uploads of the project's own CSV files, so it goes through the one loader: the
 * shared validator (rows read = loaded + rejected), the all-or-nothing swap, the report and the
 * copy kept for the next visit. Each file is named after the portal files it comes from.
 */
export function portalUploads(datasets: PortalDatasets, label: string): Upload[] {
  return ORDER.flatMap((dataset): Upload[] => {
    const text = datasets.csv[dataset];
    if (text === undefined) return [];
    return [
      {
        dataset,
        name: `${label} → ${dataset}.csv`,
        source: new Blob([text], { type: 'text/csv;charset=utf-8' }),
      },
    ];
  });
}
