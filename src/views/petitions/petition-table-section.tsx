import { exportNote, exportNoteHint } from '../../charts/source-label.ts';
import { useProvenance } from '../../components/data-status.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { SkippableTable } from '../../components/skippable-table.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { PetitionUnitRow } from '../../queries/questions.ts';
import { PetitionTable } from './petition-table.tsx';
import { petitionCsvColumns } from './summarize-petitions.ts';

interface PetitionTableSectionProps {
  /** Referenced by the units chart as its table alternative. */
  readonly id: string;
  readonly rows: readonly PetitionUnitRow[];
  /** The same period without the unit filters, when they hide rows: the whole table's file. */
  readonly wholeRows?: readonly PetitionUnitRow[] | undefined;
  readonly period: { readonly from: string; readonly to: string };
  readonly caption: string;
}

/**
 * The table alternative with its CSV download of exactly the rows shown (filters and order
 * included); a `ghi_chu` column says when the figures are synthetic, or names the uploaded file.
 */
export function PetitionTableSection({
  id,
  rows,
  wholeRows,
  period,
  caption,
}: PetitionTableSectionProps) {
  const { t } = useI18n();
  const provenance = useProvenance('petitions');
  const note = exportNote(provenance, t);
  const noteHint = exportNoteHint(provenance, t);
  return (
    <details className="table-toggle" open id={id}>
      <summary>{t('petitions.tableHeading')}</summary>
      <div className="table-actions">
        <DownloadTableButtons
          rows={rows}
          wholeRows={wholeRows}
          filtered
          columns={petitionCsvColumns(period)}
          note={note}
          fileName={`kien-nghi-${period.from}-${period.to}`}
          testId="petitions"
          subject={caption}
        />
        {noteHint === null ? null : <span className="note">{noteHint}</span>}
        <span className="note">{t('tableDownload.provenanceHint')}</span>
      </div>
      <SkippableTable name={caption}>
        <PetitionTable rows={rows} caption={caption} />
      </SkippableTable>
    </details>
  );
}
