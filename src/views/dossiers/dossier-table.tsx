import {
  onTimeRate,
  ON_TIME_RATE_KINDS,
  shareOf,
  type OnTimeRateKind,
} from '../../data/on-time-rates.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { DossierUnitRow } from '../../queries/questions.ts';
import { AppLink } from '../../routing/app-link.tsx';
import { COMMUNE_SEARCH } from '../../state/page-search.ts';
import { receivedCount } from './dossier-state.ts';
import { ShareValue } from '../../components/share-value.tsx';
import { OUTCOME_KEYS } from '../../charts/dossier-series.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { VietnameseName } from '../../components/vietnamese-name.tsx';

interface DossierTableProps {
  readonly rows: readonly DossierUnitRow[];
  readonly rate: OnTimeRateKind;
  readonly caption: string;
}

/** The units chart's table alternative: raw buckets, both rates with n, and the balance check. */
export function DossierTable({ rows, rate, caption }: DossierTableProps) {
  const { t, format } = useI18n();
  return (
    <TableScroll lazyRows={rows.length}>
      <table className="data-table dossier-table" data-testid="dossier-table">
        <TableCaption>{caption}</TableCaption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('column.unit')}</th>
            <th scope="col">{t('column.type')}</th>
            <th scope="col" className="numeric">
              {t('dossiers.column.received')}
            </th>
            <th scope="col" className="numeric">
              {t('dossiers.column.onlineShare')}
            </th>
            {OUTCOME_KEYS.map((key) => (
              <th key={key} scope="col" className="numeric">
                {t(`dossiers.bucket.${key}`)}
              </th>
            ))}
            {ON_TIME_RATE_KINDS.map((kind) => (
              <th
                key={kind}
                scope="col"
                className={kind === rate ? 'numeric rate-col rate-active' : 'numeric rate-col'}
              >
                <abbr title={t(`dossiers.rate.${kind}.definition`)}>
                  {t(`dossiers.rate.${kind}.short`)}
                </abbr>
              </th>
            ))}
            <th scope="col">{t('dossiers.column.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const counts = row.counts;
            const unbalanced = counts !== null && counts.gap !== 0;
            return (
              <tr
                key={row.code}
                data-code={row.code}
                className={unbalanced ? 'unbalanced' : undefined}
              >
                <td className="numeric">{index + 1}</td>
                <th scope="row">
                  <AppLink to={COMMUNE_SEARCH.to({ code: row.code })}>
                    <VietnameseName>{row.name}</VietnameseName>
                  </AppLink>
                </th>
                <td>{t(`type.${row.type}`)}</td>
                {counts === null ? (
                  <td colSpan={10} className="no-report">
                    {t('dossiers.noReport')}
                  </td>
                ) : (
                  <>
                    <td className="numeric">{format.integer(receivedCount(counts))}</td>
                    <td className="numeric">
                      <ShareValue
                        share={shareOf(counts.receivedOnline, receivedCount(counts))}
                        digits={1}
                      />
                    </td>
                    {OUTCOME_KEYS.map((key) => (
                      <td key={key} className="numeric">
                        {format.integer(counts[key])}
                      </td>
                    ))}
                    {ON_TIME_RATE_KINDS.map((kind) => (
                      <td key={kind} className="numeric" data-rate={kind}>
                        <ShareValue share={onTimeRate(kind, counts)} />
                      </td>
                    ))}
                    <td data-testid={unbalanced ? 'unbalanced-cell' : undefined}>
                      {unbalanced
                        ? `⚠ ${t('dossiers.quality.flag', { gap: format.integer(counts.gap) })}`
                        : t('dossiers.quality.ok')}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
