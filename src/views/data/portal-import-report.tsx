import { DownloadFileButton } from '../../components/download-file-button.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import {
  portalMatchTableCsv,
  type PortalDatasets,
  type PortalUnitReport,
} from '../../queries/use-portal-import.ts';

const names = (units: readonly { readonly name: string }[]) =>
  units.map((unit) => unit.name).join(', ');

/**
 * What became of every file and unit of a portal import: the snapshots read, the communes
 * imported (matched by name, or the file's own), the agencies kept apart and their share, the
 * units not imported and why, the reference units without a score, and every issue with its
 * file, place and reason. The match table downloads as CSV.
 */
export function PortalImportReport({ report }: { readonly report: PortalDatasets }) {
  const { t, format } = useI18n();
  const of = (status: PortalUnitReport['outcome']['status']) =>
    report.units.filter((unit) => unit.outcome.status === status);
  const imported = of('imported');
  const agencies = of('agency');
  const unmatched = of('unmatched');
  const typeUnknown = of('type-unknown');
  const files = new Set([
    ...report.snapshots.flatMap((snapshot) => snapshot.files),
    ...report.issues.map((issue) => issue.file),
  ]);
  const province = report.province ?? '—';
  const lines = [
    t('portal.report.files', { count: files.size }),
    ...report.snapshots.map((snapshot) =>
      t('portal.report.snapshot', {
        period: format.month(snapshot.period),
        date: format.date(snapshot.snapshotDate),
        communes: snapshot.communes,
        agencies: snapshot.agencies,
        files: snapshot.files.join(', '),
      }),
    ),
    report.mode === 'own-units'
      ? t('portal.report.mode.own', { province, count: imported.length })
      : t('portal.report.mode.reference', { province, matched: imported.length }),
    t('portal.report.imported', { count: imported.length }),
    agencies.length > 0
      ? t('portal.report.agencies', {
          count: agencies.length,
          total: report.units.length,
          share: format.percent(agencies.length / Math.max(1, report.units.length), 0),
        })
      : null,
    unmatched.length > 0
      ? t('portal.report.unmatched', { count: unmatched.length, names: names(unmatched) })
      : null,
    typeUnknown.length > 0
      ? t('portal.report.typeUnknown', { count: typeUnknown.length, names: names(typeUnknown) })
      : null,
    report.withoutScore.length > 0
      ? t('portal.report.withoutScore', {
          count: report.withoutScore.length,
          names: names(report.withoutScore),
        })
      : null,
    report.rows.index_scores === 0
      ? t('portal.report.nothing')
      : t('portal.report.rows', {
          scores: format.integer(report.rows.index_scores),
          metrics: format.integer(report.rows.index_metrics),
          units:
            report.rows.units > 0 ? t('portal.report.unitsRows', { count: report.rows.units }) : '',
        }),
  ].filter((line): line is string => line !== null);
  return (
    <section
      className="portal-report"
      aria-labelledby="portal-report-heading"
      data-testid="portal-report"
    >
      <h3 id="portal-report-heading">{t('portal.report.title')}</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <DownloadFileButton
        file={() => new Blob([portalMatchTableCsv(report)], { type: 'text/csv;charset=utf-8' })}
        fileName={`bang-ghep-don-vi-${report.province ?? 'cong-dvcqg'}.csv`}
        label={t('portal.report.matchTable')}
        testId="portal-match-table"
      />
      {report.issues.length === 0 ? null : (
        <details open={report.issues.length <= 20}>
          <summary>{t('portal.report.issues', { count: report.issues.length })}</summary>
          <div className="table-scroll">
            <table data-testid="portal-issues">
              <caption className="visually-hidden">
                {t('portal.report.issues', { count: report.issues.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('portal.issue.file')}</th>
                  <th scope="col">{t('portal.issue.path')}</th>
                  <th scope="col">{t('portal.issue.unit')}</th>
                  <th scope="col">{t('portal.issue.reason')}</th>
                  <th scope="col">{t('portal.issue.severity')}</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue, index) => (
                  <tr key={`${issue.file}-${issue.path}-${String(index)}`}>
                    <td>{issue.file}</td>
                    <td>
                      <code>{issue.path === '' ? '—' : issue.path}</code>
                    </td>
                    <td>{issue.unit ?? '—'}</td>
                    <td>
                      {t(`portal.reason.${issue.reason}`)}
                      {issue.detail === undefined ? null : ` (${issue.detail})`}
                    </td>
                    <td>{t(`portal.issue.${issue.severity}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
