import { useQuestion } from '../../queries/use-question.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { useProvenance } from '../../components/data-status.ts';
import { exportNote } from '../../charts/source-label.ts';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import type { DossierImbalanceRow } from '../../queries/questions.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';

import { AppLink } from '../../routing/app-link.tsx';
import { COMMUNE_SEARCH, DOSSIER_SEARCH } from '../../state/page-search.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { VietnameseName } from '../../components/vietnamese-name.tsx';

/**
 * Data quality: every unit-month whose report does not balance, with the gap, whatever the
 * filters. The rows stay in every count and chart; this panel says where they are.
 */
export function DossierQualityPanel() {
  return (
    <ErrorBoundary scope="panel">
      <DossierQualityPanelBody />
    </ErrorBoundary>
  );
}

function DossierQualityPanelBody() {
  const { t, format } = useI18n();
  const imbalances = useQuestion(QUESTIONS.dossierImbalances);
  const note = exportNote(useProvenance('dossiers'), t);
  if (imbalances.isError) return <QueryFallback queries={[imbalances]} />;
  const rows = imbalances.data ?? [];
  const columns: CsvColumn<DossierImbalanceRow>[] = [
    { header: 'code', value: (row) => row.code },
    { header: 'name', value: (row) => row.name },
    { header: 'month', value: (row) => row.month },
    { header: 'inflow', value: (row) => row.inflow },
    { header: 'outflow', value: (row) => row.outflow },
    { header: 'gap', value: (row) => row.gap },
  ];
  return (
    <section
      className="panel quality-panel"
      aria-labelledby="dossier-quality-heading"
      data-testid="dossier-quality"
    >
      <h2 id="dossier-quality-heading">{t('dossiers.quality.title')}</h2>
      <p className="note">{t('dossiers.quality.explain')}</p>
      {imbalances.isPending ? null : rows.length === 0 ? (
        <p>{t('dossiers.quality.none')}</p>
      ) : (
        <>
          <div className="table-actions">
            <DownloadTableButtons
              rows={rows}
              columns={columns}
              note={note}
              fileName="ho-so-khong-can-doi"
              testId="dossier-quality"
              subject={t('dossiers.quality.count', { count: rows.length })}
            />
          </div>
          <TableScroll>
            <table className="data-table">
              <TableCaption>{t('dossiers.quality.count', { count: rows.length })}</TableCaption>
              <thead>
                <tr>
                  <th scope="col">{t('column.unit')}</th>
                  <th scope="col">{t('ranking.month')}</th>
                  <th scope="col" className="numeric">
                    {t('dossiers.quality.inflow')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('dossiers.quality.outflow')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('dossiers.quality.gap')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.code}-${row.month}`} className="unbalanced">
                    <th scope="row">
                      <AppLink to={COMMUNE_SEARCH.to({ code: row.code })}>
                        <VietnameseName>{row.name}</VietnameseName>
                      </AppLink>
                    </th>
                    <td>
                      <AppLink to={DOSSIER_SEARCH.to({ month: row.month, code: row.code })}>
                        {format.month(row.month)}
                      </AppLink>
                    </td>
                    <td className="numeric">{format.integer(row.inflow)}</td>
                    <td className="numeric">{format.integer(row.outflow)}</td>
                    <td className="numeric">
                      {row.gap > 0 ? '+' : ''}
                      {format.integer(row.gap)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
