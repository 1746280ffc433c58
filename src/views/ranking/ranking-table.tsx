import { bandOf } from '../../charts/score-bands.ts';
import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { RankingMetric } from '../../data/ranking-metric.ts';
import type { RankingRow } from '../../queries/questions.ts';
import { globalParams } from '../../state/route.ts';
import type { NamedUnit } from '../../data/unit-order.ts';
import { RankChangeBadge } from './rank-change-badge.tsx';
import { formatSigned } from '../../i18n/format.ts';
import { SkippableTable } from '../../components/skippable-table.tsx';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { RowActions, UnitCells } from './ranking-row-cells.tsx';

interface RankingTableProps {
  readonly rows: readonly RankingRow[];
  readonly rankedCount: number;
  readonly caption: string;
  readonly metric: RankingMetric;
  readonly bands: boolean;
  /** The unit being explained: its row is marked. */
  readonly selected: string | null;
  /** Stable identities (`useStableCallback`): the rows' buttons are memoised on them. */
  readonly onExplain: (unit: NamedUnit) => void;
  readonly onCompare: (unit: NamedUnit) => void;
}

/**
 * The chart's table alternative: every shown unit, its province-wide rank and change since the
 * previous month, type, former district and scores; names link to the unit's profile.
 */
export function RankingTable(props: RankingTableProps) {
  const { rows, rankedCount, caption, metric, bands, selected } = props;
  const { t, format } = useI18n();
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : format.decimal(value);
  const metricClass = (key: RankingMetric) => (key === metric ? 'numeric metric-col' : 'numeric');
  const linkScope = globalParams(window.location.search);
  return (
    <SkippableTable name={caption}>
      <TableScroll lazyRows={rows.length}>
        <table className="data-table ranking-table" data-testid="ranking-table">
          <TableCaption>{caption}</TableCaption>
          <thead>
            <tr>
              <th scope="col">{t('column.rank')}</th>
              <th scope="col">{t('column.unit')}</th>
              <th scope="col">{t('column.type')}</th>
              <th scope="col">{t('column.formerDistrict')}</th>
              <th scope="col" className={metricClass('total')}>
                {t('column.total')}
              </th>
              <th scope="col">{t('ranking.column.rankChange')}</th>
              <th scope="col" className="numeric">
                {t('ranking.column.scoreChange')}
              </th>
              {INDEX_GROUPS.map((group) => (
                <th key={group.key} scope="col" className={metricClass(group.key)}>
                  <abbr title={`${t(`group.${group.key}`)} (${group.max})`}>{group.code}</abbr>
                </th>
              ))}
              {bands ? <th scope="col">{t('ranking.column.band')}</th> : null}
              <th scope="col">
                <span className="visually-hidden">{t('ranking.control.panels')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const band = row.total === null ? null : bandOf(row.total);
              return (
                <tr
                  key={row.code}
                  data-code={row.code}
                  className={row.code === selected ? 'selected-row' : undefined}
                >
                  <td className="numeric">
                    {row.rank === null ? '—' : `${row.rank}/${rankedCount}`}
                  </td>
                  <UnitCells
                    code={row.code}
                    name={row.name}
                    type={row.type}
                    formerDistrict={row.formerDistrict}
                    linkScope={linkScope}
                  />
                  <td className={metricClass('total')}>
                    {row.total === null ? t('column.noData') : format.decimal(row.total)}
                  </td>
                  <td className="rank-change-cell">
                    <RankChangeBadge change={row.rankChange} ranked={row.rank !== null} />
                  </td>
                  <td className="numeric">
                    {row.scoreChange === null ? '—' : formatSigned(row.scoreChange, { format })}
                  </td>
                  {INDEX_GROUPS.map((group) => (
                    <td key={group.key} className={metricClass(group.key)}>
                      {score(row.groups?.[group.key])}
                    </td>
                  ))}
                  {bands ? (
                    <td>
                      {band === null ? (
                        '—'
                      ) : (
                        <span
                          className="band-chip"
                          style={{ background: band.fill, color: band.color }}
                        >
                          {t(`ranking.band.${band.id}`)}
                        </span>
                      )}
                    </td>
                  ) : null}
                  <RowActions
                    code={row.code}
                    name={row.name}
                    selected={row.code === selected}
                    onExplain={props.onExplain}
                    onCompare={props.onCompare}
                  />
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </SkippableTable>
  );
}
