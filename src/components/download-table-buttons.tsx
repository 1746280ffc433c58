import { useContext } from 'react';
import type { CsvColumn } from '../data/format-csv-export.ts';
import type { DatasetId } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { DownloadFileButton } from './download-file-button.tsx';
import { ExportScopeContext, useExportProvenance } from './export-context.ts';
import './download-table-buttons.css';

interface DownloadTableButtonsProps<Row> {
  /** Exactly the rows shown (filters and order included). */
  readonly rows: readonly Row[];
  /**
   * The same table without the view's filters (same order), for a table that filters hide rows
   * of: the buttons then offer both files. Absent when no filter applies: the rows are the
   * whole table and the files say so.
   */
  readonly wholeRows?: readonly Row[] | undefined;
  /**
   * The view's filters hide rows of this table (implied by `wholeRows`): set it where the whole
   * table may still be loading, so the file of the rows shown names the filters meanwhile.
   */
  readonly filtered?: boolean;
  /** What else narrows the rows shown ("first 300 of 1,204"), said in their file's filters. */
  readonly shownLimit?: string | undefined;
  readonly columns: readonly CsvColumn<Row>[];
  /** When set, both files carry it in a `ghi_chu` column on every row. */
  readonly note?: string | undefined;
  /** The file name without its extension, e.g. `ho-so-2026-10`; also the XLSX sheet's name. */
  readonly fileName: string;
  /** `ranking` gives the buttons `ranking-csv` and `ranking-xlsx` (`ranking-whole-csv`, …). */
  readonly testId: string;
  /** The table downloaded, as its caption names it: also the files' title. */
  readonly subject: string;
  /** The datasets of the table, when not all of the view's. */
  readonly datasets?: readonly DatasetId[] | undefined;
}

/**
 * The rows as CSV (`formatCsvExport`: BOM, quoting, formula guard, provenance in `xuat_xu`) and
 * as XLSX (typed cells, a "Nguồn" sheet), both written by a chunk loaded on the first click: as
 * shown and,
 * when the view's filters hide rows, also the whole table.
 */
export function DownloadTableButtons<Row>({
  rows,
  wholeRows,
  filtered = wholeRows !== undefined,
  shownLimit,
  columns,
  note,
  fileName,
  testId,
  subject,
  datasets,
}: DownloadTableButtonsProps<Row>) {
  const { filters } = useContext(ExportScopeContext);
  const whole =
    wholeRows !== undefined &&
    ((filtered && filters.length > 0) || wholeRows.length !== rows.length)
      ? wholeRows
      : undefined;
  const shownIsFiltered = (filtered && filters.length > 0) || whole !== undefined;
  return (
    <span className="download-table-sets">
      <DownloadSet
        rows={rows}
        columns={columns}
        note={note}
        fileName={fileName}
        testId={testId}
        subject={subject}
        datasets={datasets}
        limit={shownLimit}
        variant={shownIsFiltered ? 'shown' : 'whole'}
      />
      {whole === undefined ? null : (
        <DownloadSet
          rows={whole}
          columns={columns}
          note={note}
          fileName={`${fileName}-toan-bo`}
          testId={`${testId}-whole`}
          subject={subject}
          datasets={datasets}
          limit={undefined}
          variant="all"
        />
      )}
    </span>
  );
}

interface DownloadSetProps<Row> {
  readonly rows: readonly Row[];
  readonly columns: readonly CsvColumn<Row>[];
  readonly note: string | undefined;
  readonly fileName: string;
  readonly testId: string;
  readonly subject: string;
  readonly datasets: readonly DatasetId[] | undefined;
  readonly limit: string | undefined;
  /**
   * `shown`: the filtered rows (files name the filters); `whole`: the rows shown are the whole
   * table; `all`: the whole table next to a filtered one.
   */
  readonly variant: 'shown' | 'whole' | 'all';
}

/** One CSV and XLSX pair of the same rows. */
function DownloadSet<Row>({
  rows,
  columns,
  note,
  fileName,
  testId,
  subject,
  datasets,
  limit,
  variant,
}: DownloadSetProps<Row>) {
  const { t } = useI18n();
  const provenanceOf = useExportProvenance();
  const count = rows.length;
  const file = () => ({
    rows,
    columns,
    note,
    sheet: fileName,
    provenance: provenanceOf({
      title: subject,
      filtered: variant === 'shown',
      datasets,
      extraFilters: limit === undefined ? [] : [limit],
    }),
  });
  const group =
    variant === 'shown'
      ? t('tableDownload.shownGroup', { count })
      : variant === 'all'
        ? t('tableDownload.wholeGroup', { count })
        : t('tableDownload.group', { count });
  const lead =
    variant === 'shown'
      ? t('tableDownload.shownRows', { count })
      : variant === 'all'
        ? t('tableDownload.wholeRows', { count })
        : t('tableDownload.rows', { count });
  const whole = variant === 'all';
  return (
    <span role="group" className="download-table" aria-label={group}>
      <span className="note" aria-hidden="true">
        {lead}
      </span>
      <DownloadFileButton
        label={whole ? t('tableDownload.wholeCsv') : t('tableDownload.csv')}
        object={subject}
        fileName={`${fileName}.csv`}
        testId={`${testId}-csv`}
        file={async () => (await import('./export-files.ts')).tableCsv(file(), t)}
      />
      <DownloadFileButton
        label={whole ? t('tableDownload.wholeXlsx') : t('tableDownload.xlsx')}
        object={subject}
        fileName={`${fileName}.xlsx`}
        testId={`${testId}-xlsx`}
        file={async () => (await import('./export-files.ts')).tableXlsx(file(), t)}
      />
    </span>
  );
}
