import { handledCount, onTimeRate } from '../../data/on-time-rates.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { DossierTrendRow } from '../../queries/questions.ts';
import { ShareValue } from '../../components/share-value.tsx';

interface DossierTrendTableProps {
  readonly rows: readonly DossierTrendRow[];
  readonly scope: string;
  /** One unit's history (the balance gap is shown) rather than a sum over units. */
  readonly unit: boolean;
}

/** The trend chart's table alternative: both rates with n per month, and the balance check. */
export function DossierTrendTable({ rows, scope, unit }: DossierTrendTableProps) {
  const { t, format } = useI18n();
  return (
    <details className="table-toggle">
      <summary>{t('dossiers.trendCaption', { scope })}</summary>
      <div className="table-scroll">
        <table className="data-table" data-testid="dossier-trend-table">
          <caption>
            {!unit
              ? t('dossiers.trendCaption', { scope })
              : t('dossiers.unit.historyCaption', { name: scope })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('ranking.month')}</th>
              <th scope="col" className="numeric">
                {t('dossiers.sort.handled')}
              </th>
              <th scope="col" className="numeric">
                {t('dossiers.rate.portal.short')}
              </th>
              <th scope="col" className="numeric">
                {t('dossiers.rate.press.short')}
              </th>
              <th scope="col">{t('dossiers.column.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month} className={row.unbalanced > 0 ? 'unbalanced' : undefined}>
                <th scope="row">{format.month(row.month)}</th>
                <td className="numeric">{format.integer(handledCount(row.counts))}</td>
                <td className="numeric">
                  <ShareValue share={onTimeRate('portal', row.counts)} />
                </td>
                <td className="numeric">
                  <ShareValue share={onTimeRate('press', row.counts)} />
                </td>
                <td>
                  {row.unbalanced === 0
                    ? t('dossiers.quality.ok')
                    : !unit
                      ? `⚠ ${t('dossiers.quality.count', { count: row.unbalanced })}`
                      : `⚠ ${t('dossiers.quality.flag', { gap: format.integer(row.counts.gap) })}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
