import type { DatasetOrigin, LoadedData } from '../../queries/use-loaded-data.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import type { DatasetLoadReport } from '../../data/load-report.ts';

function originLabel(dataset: string, origin: DatasetOrigin, synthetic: boolean): MessageKey {
  if (origin === 'upload') return 'origin.upload';
  if (origin === 'cleared') return 'origin.cleared';
  return dataset === 'units' || !synthetic ? 'origin.reference' : 'origin.sample';
}

/** Where each table's rows come from, and the reconciliation read = loaded + rejected. */
export function DatasetsTable({ data }: { data: LoadedData }) {
  const { t, format } = useI18n();
  const origin = (report: DatasetLoadReport) =>
    t(originLabel(report.dataset, data.origins[report.dataset], data.synthetic));
  const columns: CsvColumn<DatasetLoadReport>[] = [
    { header: 'dataset', value: (report) => report.dataset },
    { header: 'origin', value: origin },
    { header: 'file', value: (report) => report.file },
    { header: 'rows_read', value: (report) => report.rowsRead },
    { header: 'rows_loaded', value: (report) => report.rowsLoaded },
    { header: 'rows_rejected', value: (report) => report.rowsRejected },
    { header: 'rows_flagged', value: (report) => report.rowsFlagged },
  ];
  return (
    <>
      <div className="table-actions">
        <DownloadTableButtons
          rows={data.reports}
          columns={columns}
          fileName="nguon-du-lieu"
          testId="datasets"
          subject={t('data.currentCaption')}
        />
      </div>
      <TableScroll>
        <table className="data-table" data-testid="datasets-table">
          <TableCaption>{t('data.currentCaption')}</TableCaption>
          <thead>
            <tr>
              <th scope="col">{t('data.column.dataset')}</th>
              <th scope="col">{t('data.column.origin')}</th>
              <th scope="col">{t('data.column.file')}</th>
              <th scope="col" className="numeric">
                {t('data.column.read')}
              </th>
              <th scope="col" className="numeric">
                {t('data.column.loaded')}
              </th>
              <th scope="col" className="numeric">
                {t('data.column.rejected')}
              </th>
              <th scope="col" className="numeric">
                {t('data.column.flagged')}
              </th>
              <th scope="col">{t('data.column.check')}</th>
            </tr>
          </thead>
          <tbody>
            {data.reports.map((report) => {
              const balanced = report.rowsRead === report.rowsLoaded + report.rowsRejected;
              return (
                <tr key={report.dataset} data-dataset={report.dataset}>
                  <th scope="row">{t(`dataset.${report.dataset}`)}</th>
                  <td>
                    {t(originLabel(report.dataset, data.origins[report.dataset], data.synthetic))}
                  </td>
                  <td>{report.file}</td>
                  <td className="numeric">{format.integer(report.rowsRead)}</td>
                  <td className="numeric">{format.integer(report.rowsLoaded)}</td>
                  <td className="numeric">{format.integer(report.rowsRejected)}</td>
                  <td className="numeric">{format.integer(report.rowsFlagged)}</td>
                  <td>{balanced ? `✓ ${t('data.reconciled')}` : `✗ ${t('data.notReconciled')}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
