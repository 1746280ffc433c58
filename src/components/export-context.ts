import { createContext, useCallback, useContext } from 'react';
import { exportProvenance, type ExportProvenance } from '../charts/export-provenance.ts';
import type { UnitScope } from '../charts/page-labels.ts';
import { DATASET_ORDER, type DatasetId } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { provenanceOf, type DatasetProvenance } from '../charts/chart-context.ts';
import { DataStatusContext } from './data-status.ts';

/**
 * What a view tells every download inside it, once, near its top: the filters that hide rows
 * (in words), the units loaded, the date of the figures shown and the datasets they come from.
 */
export interface ExportScope {
  /** "Loại: Phường", "Địa bàn cũ: Hải Châu"; empty when no filter is set. */
  readonly filters: readonly string[];
  readonly scope: UnitScope | null;
  /** The latest month or snapshot shown, in words ("Tháng 10/2026, số liệu chốt ngày …"). */
  readonly dataDate: string | null;
  /** The datasets the view's figures come from (the units included when it names units). */
  readonly datasets: readonly DatasetId[];
}

const SAMPLE = provenanceOf({ kind: 'sample' });
const ALL_SAMPLE: DatasetProvenance = {
  units: SAMPLE,
  index_scores: SAMPLE,
  index_metrics: SAMPLE,
  dossiers: SAMPLE,
  petitions: SAMPLE,
};

const NO_SCOPE: ExportScope = { filters: [], scope: null, dataDate: null, datasets: [] };

/** Provided by each view (`ExportScopeContext.Provider`); a download outside one says less. */
export const ExportScopeContext = createContext<ExportScope>(NO_SCOPE);

export interface ExportRequest {
  readonly title: string;
  /**
   * Whether the view's filters apply to this file: true for the "as shown" file of a filtered
   * table or chart; false for the whole table and for what no filter touches.
   */
  readonly filtered: boolean;
  /** The datasets of this file, when not the view's (a profile's dossier chart: dossiers). */
  readonly datasets?: readonly DatasetId[] | undefined;
  /** Words for what else narrows this file's rows (a display limit), after the view's filters. */
  readonly extraFilters?: readonly string[];
}

/**
 * A function that words a file's provenance at the moment of the download: the page's address
 * and the export time are read then, the rest comes from the view's `ExportScopeContext` and the
 * loaded data's sources.
 */
export function useExportProvenance(): (request: ExportRequest) => ExportProvenance {
  const scope = useContext(ExportScopeContext);
  // Without the data status (a component rendered alone), every dataset counts as the sample.
  const provenance = useContext(DataStatusContext)?.provenance ?? ALL_SAMPLE;
  const { format } = useI18n();
  return useCallback(
    (request: ExportRequest) =>
      exportProvenance({
        title: request.title,
        filters: [...(request.filtered ? scope.filters : []), ...(request.extraFilters ?? [])],
        scope: scope.scope,
        // Outside a view that names its datasets, every loaded dataset is named.
        datasets: request.datasets ?? (scope.datasets.length > 0 ? scope.datasets : DATASET_ORDER),
        provenance,
        dataDate: scope.dataDate,
        url: window.location.href,
        exportedAt: format.dateTime(new Date().toISOString()),
      }),
    [scope, provenance, format],
  );
}
