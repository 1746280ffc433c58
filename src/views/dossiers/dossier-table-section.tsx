import { exportNote, exportNoteHint } from '../../charts/source-label.ts';
import { useProvenance } from '../../components/data-status.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { SkippableTable } from '../../components/skippable-table.tsx';
import type { OnTimeRateKind } from '../../data/on-time-rates.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { DossierUnitRow } from '../../queries/questions.ts';
import { dossierCsvColumns } from './dossier-csv.ts';
import { DossierTable } from './dossier-table.tsx';

interface DossierTableSectionProps {
  /** Referenced by the units chart as its table alternative. */
  readonly id: string;
  readonly rows: readonly DossierUnitRow[];
  /** The same month without the unit filters, when they hide rows: the whole table's file. */
  readonly wholeRows?: readonly DossierUnitRow[] | undefined;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly rate: OnTimeRateKind;
  readonly caption: string;
}

/**
 * The table alternative with its CSV download of exactly the rows shown (filters and order
 * included); a `ghi_chu` column says when the figures are synthetic, or names the uploaded file.
 */
export function DossierTableSection({
  id,
  rows,
  wholeRows,
  month,
  rate,
  caption,
}: DossierTableSectionProps) {
  const { t } = useI18n();
  const provenance = useProvenance('dossiers');
  const note = exportNote(provenance, t);
  const noteHint = exportNoteHint(provenance, t);
  return (
    <details className="table-toggle" open id={id}>
      <summary>{t('dossiers.tableHeading')}</summary>
      <div className="table-actions">
        <DownloadTableButtons
          rows={rows}
          wholeRows={wholeRows}
          filtered
          columns={dossierCsvColumns(month)}
          note={note}
          fileName={`ho-so-${month}`}
          testId="dossiers"
          subject={caption}
        />
        {noteHint === null ? null : <span className="note">{noteHint}</span>}
        <span className="note">{t('tableDownload.provenanceHint')}</span>
      </div>
      <SkippableTable name={caption}>
        <DossierTable rows={rows} rate={rate} caption={caption} />
      </SkippableTable>
    </details>
  );
}
