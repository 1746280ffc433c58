import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { isMetricCode } from '../../data/metric-rules.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import {
  perItemText,
  reachText,
  type MetricGroupBlock,
  type MetricLine,
} from './profile-metrics-model.ts';

interface ProfileMetricsTableProps {
  readonly block: MetricGroupBlock;
  /** The unit's name (marked `lang="vi"` in the caption). */
  readonly name: string;
  /** The period in words ("Tháng 10/2026"). */
  readonly period: string;
}

/** One group's sub-indicators: counts, ratio, score, points lost and points within reach. */
export function ProfileMetricsTable({ block, name, period }: ProfileMetricsTableProps) {
  const { t, format } = useI18n();
  const group = t(`group.${block.key}`);
  const caption =
    block.score === null
      ? t('metrics.captionNoScore', { group, name, period })
      : t('metrics.caption', {
          group,
          score: format.decimal(block.score),
          max: format.integer(block.max),
          name,
          period,
        });
  return (
    <TableScroll>
      <table
        className="data-table profile-metrics-table"
        data-testid={`profile-metrics-${block.key}`}
      >
        <TableCaption>
          <WithVietnameseNames text={caption} names={[name]} />
        </TableCaption>
        <thead>
          <tr>
            <th scope="col">{t('metrics.col.name')}</th>
            <th scope="col" className="numeric">
              {t('metrics.col.counts')}
            </th>
            <th scope="col" className="numeric">
              {t('metrics.col.ratio')}
            </th>
            <th scope="col" className="numeric">
              {t('metrics.col.score')}
            </th>
            <th scope="col" className="numeric">
              {t('metrics.col.lost')}
            </th>
            <th scope="col">{t('metrics.col.reach')}</th>
          </tr>
        </thead>
        <tbody>
          {block.lines.map((line) => (
            <MetricRowView key={line.row.code} line={line} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function MetricRowView({ line }: { readonly line: MetricLine }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { row, reach } = line;
  const dash = '—';
  const perItem = perItemText(line, i18n);
  return (
    <tr data-code={row.code}>
      <th scope="row">
        {isMetricCode(row.code) ? t(`metrics.name.${row.code}`) : <span lang="vi">{row.name}</span>}
        <span className="metric-code">{row.code}</span>
      </th>
      <td className="numeric">
        {row.numerator === null || row.denominator === null
          ? dash
          : `${format.integer(row.numerator)}/${format.integer(row.denominator)}`}
      </td>
      <td className="numeric">{row.ratio === null ? dash : format.percent(row.ratio / 100)}</td>
      <td className="numeric">
        {row.score === null ? dash : format.decimal(row.score)}/{format.integer(row.maxScore)}
      </td>
      <td className="numeric">
        {reach.pointsLost === null ? dash : format.decimal(reach.pointsLost)}
      </td>
      <td className={`metric-reach metric-reach-${reach.kind}`}>
        {reachText(line, i18n)}
        {perItem === null ? null : <span className="metric-per-item">{perItem}</span>}
      </td>
    </tr>
  );
}
