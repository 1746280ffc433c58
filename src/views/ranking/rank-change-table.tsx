import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { RankChange } from '../../queries/questions.ts';
import { formatSigned } from '../../i18n/format.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { useProvenance } from '../../components/data-status.ts';
import { exportNote } from '../../charts/source-label.ts';
import type { CsvColumn } from '../../data/format-csv-export.ts';

interface ChangeFileRow {
  readonly key: string;
  readonly previous: number | null;
  readonly current: number | null;
  readonly change: number | null;
}

/** The decomposition as a table: each group's score in both months and its change; the total last. */
export function ChangeTable({
  change,
  caption,
}: {
  readonly change: RankChange;
  readonly caption: string;
}) {
  const { t, format } = useI18n();
  const max = (key: string) => INDEX_GROUPS.find((group) => group.key === key)?.max ?? 0;
  const note = exportNote(useProvenance('index_scores'), t);
  const fileRows: ChangeFileRow[] = [
    ...change.groups.map((group) => ({
      key: group.key,
      previous: group.previous,
      current: group.current,
      change: group.change,
    })),
    {
      key: 'total',
      previous: change.previousTotal,
      current: change.total,
      change: change.totalChange,
    },
  ];
  const columns: CsvColumn<ChangeFileRow>[] = [
    { header: 'code', value: () => change.code },
    { header: 'name', value: () => change.name },
    { header: 'group', value: (row) => row.key },
    { header: change.previousPeriod, value: (row) => row.previous },
    { header: change.period, value: (row) => row.current },
    { header: 'change', value: (row) => row.change },
  ];
  return (
    <>
      <div className="table-actions">
        <DownloadTableButtons
          rows={fileRows}
          columns={columns}
          note={note}
          fileName={`thay-doi-${change.code}-${change.period}`}
          testId="rank-change"
          subject={caption}
        />
      </div>
      <TableScroll>
        <table className="data-table" data-testid="rank-change-table">
          <TableCaption>
            <WithVietnameseNames text={caption} names={[change.name]} />
          </TableCaption>
          <thead>
            <tr>
              <th scope="col">{t('ranking.column.group')}</th>
              <th scope="col" className="numeric">
                {format.month(change.previousPeriod)}
              </th>
              <th scope="col" className="numeric">
                {format.month(change.period)}
              </th>
              <th scope="col" className="numeric">
                {t('ranking.column.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {change.groups.map((group) => (
              <tr key={group.key} data-group={group.key}>
                <th scope="row">
                  <abbr title={t(`group.${group.key}`)}>{group.key.toUpperCase()}</abbr>{' '}
                  <span className="group-name">
                    {t(`group.${group.key}`)} ({max(group.key)})
                  </span>
                </th>
                <td className="numeric">{format.decimal(group.previous)}</td>
                <td className="numeric">{format.decimal(group.current)}</td>
                <td className="numeric group-change">{formatSigned(group.change, { format })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-group="total">
              <th scope="row">{t('column.total')}</th>
              <td className="numeric">{format.decimal(change.previousTotal ?? 0)}</td>
              <td className="numeric">{format.decimal(change.total ?? 0)}</td>
              <td className="numeric total-change">
                {formatSigned(change.totalChange ?? 0, { format })}
              </td>
            </tr>
          </tfoot>
        </table>
        <p className="note">{t('ranking.why.sumCheck')}</p>
      </TableScroll>
    </>
  );
}
