import { useProvenance } from '../../components/data-status.ts';
import { DownloadCsvButton } from '../../components/download-csv-button.tsx';
import { formatCsvExport } from '../../data/format-csv-export.ts';
import type { OnTimeRateKind } from '../../data/on-time-rates.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { DossierUnitRow } from '../../queries/questions.ts';
import { dossierCsvColumns } from './dossier-csv.ts';
import { DossierTable } from './dossier-table.tsx';

interface DossierTableSectionProps {
  readonly rows: readonly DossierUnitRow[];
  /** `YYYY-MM`. */
  readonly month: string;
  readonly rate: OnTimeRateKind;
  readonly caption: string;
}

/**
 * The table alternative with its CSV download of exactly the rows shown (filters and order
 * included); synthetic data carries a `ghi_chu` column saying so.
 */
export function DossierTableSection({ rows, month, rate, caption }: DossierTableSectionProps) {
  const { t } = useI18n();
  const { synthetic } = useProvenance();
  return (
    <details className="table-toggle" open>
      <summary>{t('dossiers.tableHeading')}</summary>
      <div className="table-actions">
        <DownloadCsvButton
          label={t('csv.download', { count: rows.length })}
          fileName={`ho-so-${month}.csv`}
          testId="dossiers-csv"
          csv={() =>
            formatCsvExport(
              rows,
              dossierCsvColumns(month),
              synthetic ? { note: t('csv.note') } : {},
            )
          }
        />
        {synthetic ? <span className="note">{t('csv.noteHint')}</span> : null}
      </div>
      <DossierTable rows={rows} rate={rate} caption={caption} />
    </details>
  );
}
