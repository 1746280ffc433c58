import { formatCsvExport, type CsvColumn } from '../data/format-csv-export.ts';
import { tableSheet } from '../data/xlsx-sheet.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { DownloadFileButton } from './download-file-button.tsx';
import { CSV_MIME } from './save-blob.ts';
import { writeXlsx } from './write-xlsx.ts';
import './download-table-buttons.css';

interface DownloadTableButtonsProps<Row> {
  /** Exactly the rows shown (filters and order included). */
  readonly rows: readonly Row[];
  readonly columns: readonly CsvColumn<Row>[];
  /** When set, both files carry it in a `ghi_chu` column on every row. */
  readonly note?: string | undefined;
  /** The file name without its extension, e.g. `ho-so-2026-10`; also the XLSX sheet's name. */
  readonly fileName: string;
  /** `ranking` gives the buttons `ranking-csv` and `ranking-xlsx`. */
  readonly testId: string;
  /** The table downloaded, as its caption names it: every page has these two buttons. */
  readonly subject: string;
}

/**
 * The same rows as CSV (`formatCsvExport`: BOM, quoting, formula guard) and as XLSX (typed cells,
 * the writer loaded on the first click), with the same columns and note.
 */
export function DownloadTableButtons<Row>({
  rows,
  columns,
  note,
  fileName,
  testId,
  subject,
}: DownloadTableButtonsProps<Row>) {
  const { t } = useI18n();
  const count = rows.length;
  return (
    <span role="group" className="download-table" aria-label={t('tableDownload.group', { count })}>
      <span className="note" aria-hidden="true">
        {t('tableDownload.rows', { count })}
      </span>
      <DownloadFileButton
        label={t('tableDownload.csv')}
        object={subject}
        fileName={`${fileName}.csv`}
        testId={`${testId}-csv`}
        file={() =>
          new Blob([formatCsvExport(rows, columns, note === undefined ? {} : { note })], {
            type: CSV_MIME,
          })
        }
      />
      <DownloadFileButton
        label={t('tableDownload.xlsx')}
        object={subject}
        fileName={`${fileName}.xlsx`}
        testId={`${testId}-xlsx`}
        file={() => writeXlsx([tableSheet(rows, columns, { name: fileName, note })])}
      />
    </span>
  );
}
