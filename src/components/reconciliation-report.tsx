import type { DatasetLoadReport } from '../data/load-dataset.ts';
import { useI18n } from '../i18n/i18n-context.ts';

const SHOWN_ISSUES = 50;

/** rows read = rows loaded + rows rejected, per file, with the first issues listed. */
export function ReconciliationReport({ reports }: { reports: readonly DatasetLoadReport[] }) {
  const { t, format } = useI18n();
  return (
    <details className="reconciliation" data-testid="reconciliation">
      <summary>{t('reconcile.title')}</summary>
      <ul>
        {reports.map((report) => (
          <li key={report.dataset}>
            {t('reconcile.summary', {
              file: report.file,
              read: format.integer(report.rowsRead),
              loaded: format.integer(report.rowsLoaded),
              rejected: format.integer(report.rowsRejected),
              flagged: format.integer(report.rowsFlagged),
            })}
            {report.issues.length > 0 ? (
              <ul className="issues">
                {report.issues.slice(0, SHOWN_ISSUES).map((issue) => (
                  <li key={`${issue.line}-${issue.column}-${issue.code}`}>
                    {`${issue.file}:${issue.line}${issue.column ? ` [${issue.column}]` : ''} — ${t(`issue.${issue.code}`)}`}
                    {issue.found === undefined ? '' : ` «${issue.found}»`}
                    {issue.expected === undefined ? '' : ` → ${issue.expected}`}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
