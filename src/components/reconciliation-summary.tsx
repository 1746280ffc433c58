import { memo } from 'react';
import type { DatasetLoadReport } from '../data/load-report.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { AppLink } from '../routing/app-link.tsx';

/**
 * All files at once: rows read = loaded + rejected, linking to the Data page for the details.
 * Memoised: the shell renders on every switch of the page's state, the reports change only with
 * a load (its link keeps only the language of the address, which the i18n context follows).
 */
export const ReconciliationSummary = memo(function ReconciliationSummary({
  reports,
}: {
  readonly reports: readonly DatasetLoadReport[];
}) {
  const { t, format } = useI18n();
  const sum = (pick: (report: DatasetLoadReport) => number) =>
    reports.reduce((total, report) => total + pick(report), 0);
  const total = (pick: (report: DatasetLoadReport) => number) => format.integer(sum(pick));
  const rows = (pick: (report: DatasetLoadReport) => number) =>
    t('count.rows', { count: sum(pick) });
  return (
    <p data-testid="reconciliation">
      {t('reconcile.summary', {
        file: t('reconcile.allFiles', { count: reports.length }),
        read: rows((report) => report.rowsRead),
        loaded: total((report) => report.rowsLoaded),
        rejected: total((report) => report.rowsRejected),
        flagged: rows((report) => report.rowsFlagged),
      })}
      . <AppLink to={{ view: 'data' }}>{t('reconcile.details')}</AppLink>
    </p>
  );
});
