import { INDEX_GROUPS } from '../../data/index-groups.ts';
import type { RankingRow } from '../../queries/use-ranking.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

interface RankingTableProps {
  readonly rows: readonly RankingRow[];
  readonly rankedCount: number;
  readonly caption: string;
}

/** The chart's table alternative: every unit, its rank, type, former district and scores. */
export function RankingTable({ rows, rankedCount, caption }: RankingTableProps) {
  const { t, format } = useI18n();
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : format.decimal(value);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="ranking-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('column.rank')}</th>
            <th scope="col">{t('column.unit')}</th>
            <th scope="col">{t('column.type')}</th>
            <th scope="col">{t('column.formerDistrict')}</th>
            <th scope="col" className="numeric">
              {t('column.total')}
            </th>
            {INDEX_GROUPS.map((group) => (
              <th key={group.key} scope="col" className="numeric">
                <abbr title={`${t(`group.${group.key}`)} (${group.max})`}>{group.code}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-code={row.code}>
              <td className="numeric">{row.rank === null ? '—' : `${row.rank}/${rankedCount}`}</td>
              <th scope="row">{row.name}</th>
              <td>{t(`type.${row.type}`)}</td>
              <td className="former-district">{row.formerDistrict}</td>
              <td className="numeric">
                {row.total === null ? t('column.noData') : format.decimal(row.total)}
              </td>
              {INDEX_GROUPS.map((group) => (
                <td key={group.key} className="numeric">
                  {score(row.groups?.[group.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
