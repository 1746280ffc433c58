import type { DatasetLoadReport } from '../data/load-report.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { AppLink } from '../routing/app-link.tsx';

/** All files at once: rows read = loaded + rejected, linking to the Data page for the details. */
export function ReconciliationSummary({ reports }: { reports: readonly DatasetLoadReport[] }) {
  const { t, format } = useI18n();
  const total = (pick: (report: DatasetLoadReport) => number) =>
    format.integer(reports.reduce((sum, report) => sum + pick(report), 0));
  return (
    <p data-testid="reconciliation">
      {t('reconcile.summary', {
        file: t('reconcile.allFiles', { count: reports.length }),
        read: total((report) => report.rowsRead),
        loaded: total((report) => report.rowsLoaded),
        rejected: total((report) => report.rowsRejected),
        flagged: total((report) => report.rowsFlagged),
      })}
      . <AppLink to={{ view: 'data' }}>{t('reconcile.details')}</AppLink>
    </p>
  );
}
