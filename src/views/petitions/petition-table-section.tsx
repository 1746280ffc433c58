import { useProvenance } from '../../components/data-status.ts';
import { DownloadCsvButton } from '../../components/download-csv-button.tsx';
import { formatCsvExport } from '../../data/format-csv-export.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { PetitionUnitRow } from '../../queries/questions.ts';
import { PetitionTable } from './petition-table.tsx';
import { petitionCsvColumns } from './summarize-petitions.ts';

interface PetitionTableSectionProps {
  readonly rows: readonly PetitionUnitRow[];
  readonly period: { readonly from: string; readonly to: string };
  readonly caption: string;
}

/**
 * The table alternative with its CSV download of exactly the rows shown (filters and order
 * included); synthetic data carries a `ghi_chu` column saying so.
 */
export function PetitionTableSection({ rows, period, caption }: PetitionTableSectionProps) {
  const { t } = useI18n();
  const { synthetic } = useProvenance();
  return (
    <details className="table-toggle" open>
      <summary>{t('petitions.tableHeading')}</summary>
      <div className="table-actions">
        <DownloadCsvButton
          label={t('csv.download', { count: rows.length })}
          fileName={`kien-nghi-${period.from}-${period.to}.csv`}
          testId="petitions-csv"
          csv={() =>
            formatCsvExport(
              rows,
              petitionCsvColumns(period),
              synthetic ? { note: t('csv.note') } : {},
            )
          }
        />
        {synthetic ? <span className="note">{t('csv.noteHint')}</span> : null}
      </div>
      <PetitionTable rows={rows} caption={caption} />
    </details>
  );
}
