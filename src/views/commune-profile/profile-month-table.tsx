import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { signedDecimal, signedInteger } from './sign.ts';
import type { ProfileTrendMonth } from '../../charts/profile-series.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { useProvenance } from '../../components/data-status.ts';
import { exportNote } from '../../charts/source-label.ts';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';

interface ProfileMonthTableProps {
  readonly name: string;
  readonly months: readonly ProfileTrendMonth[];
}

/** The charts' table alternative: every month, newest first, with changes and the median. */
export function ProfileMonthTable({ name, months }: ProfileMonthTableProps) {
  const { t, format } = useI18n();
  const dash = '—';
  const rows = months.map((month, index) => {
    const previous = months[index - 1];
    const scoreChange =
      month.total !== null && previous?.total != null ? month.total - previous.total : null;
    const placesChange =
      month.rank !== null && previous?.rank != null ? previous.rank - month.rank : null;
    return { month, scoreChange, placesChange };
  });
  type Row = (typeof rows)[number];
  const columns: CsvColumn<Row>[] = [
    { header: 'period', value: (row) => row.month.period },
    { header: 'total', value: (row) => row.month.total },
    { header: 'total_change', value: (row) => row.scoreChange },
    { header: 'rank', value: (row) => row.month.rank },
    { header: 'ranked_units', value: (row) => row.month.rankedCount },
    { header: 'rank_change', value: (row) => row.placesChange },
    { header: 'province_median', value: (row) => row.month.province?.total.median ?? null },
    ...INDEX_GROUPS.map((group) => ({
      header: group.key,
      value: (row: Row) => row.month.groups?.[group.key] ?? null,
    })),
  ];
  const note = exportNote(useProvenance('index_scores'), t);
  const caption = t('profile.tableCaption', { name });
  return (
    <>
      <div className="table-actions">
        <DownloadTableButtons
          rows={rows.toReversed()}
          columns={columns}
          note={note}
          fileName="ho-so-xa-theo-thang"
          testId="profile-month"
          subject={caption}
          datasets={['units', 'index_scores']}
        />
      </div>
      <TableScroll>
        <table className="data-table" data-testid="profile-month-table">
          <TableCaption>
            <WithVietnameseNames text={t('profile.tableCaption', { name })} names={[name]} />
          </TableCaption>
          <thead>
            <tr>
              <th scope="col">{t('profile.colMonth')}</th>
              <th scope="col" className="numeric">
                {t('column.total')}
              </th>
              <th scope="col" className="numeric">
                {t('profile.colChange')}
              </th>
              <th scope="col" className="numeric">
                {t('column.rank')}
              </th>
              <th scope="col" className="numeric">
                {t('profile.colRankChange')}
              </th>
              <th scope="col" className="numeric">
                {t('profile.colMedian')}
              </th>
              {INDEX_GROUPS.map((group) => (
                <th key={group.key} scope="col" className="numeric">
                  <abbr title={`${t(`group.${group.key}`)} (${String(group.max)})`}>
                    {group.code}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.toReversed().map(({ month, scoreChange, placesChange }) => (
              <tr key={month.period}>
                <th scope="row">{format.month(month.period)}</th>
                <td className="numeric">
                  {month.total === null ? t('column.noData') : format.decimal(month.total)}
                </td>
                <td className="numeric">
                  {scoreChange === null ? dash : signedDecimal(format, scoreChange)}
                </td>
                <td className="numeric">
                  {month.rank === null
                    ? dash
                    : `${String(month.rank)}/${String(month.rankedCount)}`}
                </td>
                <td className="numeric">
                  {placesChange === null ? dash : signedInteger(format, placesChange)}
                </td>
                <td className="numeric">
                  {month.province === null ? dash : format.decimal(month.province.total.median)}
                </td>
                {INDEX_GROUPS.map((group) => {
                  const value = month.groups?.[group.key];
                  return (
                    <td key={group.key} className="numeric">
                      {value === undefined ? dash : format.decimal(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
