import { handledCount, onTimeRate } from '../../data/on-time-rates.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { DossierTrendRow } from '../../queries/questions.ts';
import { ShareValue } from '../../components/share-value.tsx';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { useProvenance } from '../../components/data-status.ts';
import { exportNote } from '../../charts/source-label.ts';
import type { CsvColumn } from '../../data/format-csv-export.ts';

const COLUMNS: CsvColumn<DossierTrendRow>[] = [
  { header: 'month', value: (row) => row.month },
  { header: 'reports', value: (row) => row.reports },
  { header: 'handled', value: (row) => handledCount(row.counts) },
  { header: 'portal_rate', value: (row) => onTimeRate('portal', row.counts).ratio },
  { header: 'press_rate', value: (row) => onTimeRate('press', row.counts).ratio },
  { header: 'press_n', value: (row) => onTimeRate('press', row.counts).denominator },
  { header: 'unbalanced_reports', value: (row) => row.unbalanced },
  { header: 'balance_gap', value: (row) => row.counts.gap },
];

interface DossierTrendTableProps {
  /** Referenced by the trend chart as its table alternative. */
  readonly id: string;
  readonly rows: readonly DossierTrendRow[];
  /** The province's trend without the unit filters, when they narrow this one. */
  readonly wholeRows?: readonly DossierTrendRow[] | undefined;
  readonly scope: string;
  /** One unit's history (the balance gap is shown) rather than a sum over units. */
  readonly unit: boolean;
}

/** The trend chart's table alternative: both rates with n per month, and the balance check. */
export function DossierTrendTable({ id, rows, wholeRows, scope, unit }: DossierTrendTableProps) {
  const { t, format } = useI18n();
  const note = exportNote(useProvenance('dossiers'), t);
  const caption = !unit
    ? t('dossiers.trendCaption', { scope })
    : t('dossiers.unit.historyCaption', { name: scope });
  // With a unit, the scope is its name.
  const names = unit ? [scope] : [];
  return (
    <details className="table-toggle" id={id}>
      <summary>
        <WithVietnameseNames text={t('dossiers.trendCaption', { scope })} names={names} />
      </summary>
      <div className="table-actions">
        <DownloadTableButtons
          rows={rows}
          wholeRows={wholeRows}
          filtered={!unit}
          columns={COLUMNS}
          note={note}
          fileName="ho-so-theo-thang"
          testId="dossier-trend"
          subject={caption}
        />
      </div>
      <TableScroll>
        <table className="data-table" data-testid="dossier-trend-table">
          <TableCaption>
            <WithVietnameseNames
              text={
                !unit
                  ? t('dossiers.trendCaption', { scope })
                  : t('dossiers.unit.historyCaption', { name: scope })
              }
              names={names}
            />
          </TableCaption>
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
      </TableScroll>
    </details>
  );
}
