import { DownloadFileButton } from '../../components/download-file-button.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { CSV_MIME } from '../../components/save-blob.ts';
import { writeXlsx } from '../../components/write-xlsx.ts';
import { csvTemplate } from '../../data/data-dictionary.ts';
import { useExportProvenance } from '../../components/export-context.ts';
import { tableCsv, tableXlsx } from '../../components/export-files.ts';
import { DATASET_ORDER, DATASET_SPECS, type DatasetSpec } from '../../data/schema.ts';
import { templateSheet } from '../../data/xlsx-sheet.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { dictionaryColumns, dictionaryRows, dictionaryVietnamese } from './dictionary-rows.ts';
import './dictionary-panel.css';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';

const csvBlob = (text: string) => new Blob([text], { type: CSV_MIME });

function DatasetDictionary({ spec, open }: { spec: DatasetSpec; open: boolean }) {
  const { t, format, locale } = useI18n();
  const rows = dictionaryRows(spec, { t, format, locale });
  const columns = dictionaryColumns({ t });
  const vietnamese = dictionaryVietnamese(spec);
  const dataset = t(`dataset.${spec.id}`);
  const dictionaryName = `tu-dien-${spec.id}-${locale}`;
  const provenanceOf = useExportProvenance();
  const caption = t('dictionary.caption', { dataset, count: rows.length });
  // The dictionary's files say what they describe and where the dataset now comes from.
  const dictionaryFile = () => ({
    rows,
    columns,
    sheet: t('dictionary.sheet', { dataset: spec.id }),
    provenance: provenanceOf({ title: caption, filtered: false, datasets: [spec.id] }),
  });
  return (
    <details className="dictionary" open={open}>
      <summary>
        {dataset} <code>{spec.id}</code>
      </summary>
      <div
        role="group"
        aria-label={t('dictionary.downloads', { dataset })}
        className="dictionary-downloads"
      >
        <DownloadFileButton
          label={t('dictionary.templateCsv')}
          object={dataset}
          fileName={`mau-${spec.id}.csv`}
          testId={`template-${spec.id}-csv`}
          file={() => csvBlob(csvTemplate(spec))}
        />
        <DownloadFileButton
          label={t('dictionary.templateXlsx')}
          object={dataset}
          fileName={`mau-${spec.id}.xlsx`}
          testId={`template-${spec.id}-xlsx`}
          file={() => writeXlsx([templateSheet(spec)])}
        />
        <DownloadFileButton
          label={t('dictionary.dictionaryCsv')}
          object={dataset}
          fileName={`${dictionaryName}.csv`}
          testId={`dictionary-${spec.id}-csv`}
          file={() => tableCsv(dictionaryFile(), t)}
        />
        <DownloadFileButton
          label={t('dictionary.dictionaryXlsx')}
          object={dataset}
          fileName={`${dictionaryName}.xlsx`}
          testId={`dictionary-${spec.id}-xlsx`}
          file={() => tableXlsx(dictionaryFile(), t)}
        />
      </div>
      <TableScroll>
        <table className="data-table dictionary-table" data-testid={`dictionary-table-${spec.id}`}>
          <TableCaption>{caption}</TableCaption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.column}>
                <th scope="row">
                  <code>{row.column}</code>
                </th>
                {columns.slice(1).map((column) => {
                  const value = column.value(row);
                  return (
                    <td key={column.header}>
                      {value === '' || value === null ? (
                        '—'
                      ) : (
                        <WithVietnameseNames
                          text={String(value)}
                          names={vietnamese.get(row.column) ?? []}
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}

/**
 * Per dataset, an empty template (CSV, XLSX) and the data dictionary (on the page, CSV, XLSX),
 * all derived from the schema in `data/schema.ts`, worded in the page's language.
 */
export function DictionaryPanel() {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="dictionary-heading" data-testid="dictionary-panel">
      <h2 id="dictionary-heading">{t('dictionary.title')}</h2>
      <ErrorBoundary scope="panel">
        <p className="note">{t('dictionary.help')}</p>
        {DATASET_ORDER.map((id, index) => (
          <DatasetDictionary key={id} spec={DATASET_SPECS[id]} open={index === 0} />
        ))}
      </ErrorBoundary>
    </section>
  );
}
