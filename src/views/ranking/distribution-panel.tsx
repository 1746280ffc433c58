import { useMemo } from 'react';
import {
  buildDistributionOption,
  groupStats,
  type GroupStats,
} from '../../charts/build-distribution-option.ts';
import { exportNote } from '../../charts/source-label.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import { summarizeDistribution } from '../../charts/summarize-ranking.ts';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { VietnameseName, WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { Ranking } from '../../queries/questions.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';

interface DistributionPanelProps {
  readonly ranking: Ranking;
  readonly selected: string | null;
}

/** Where each unit sits among all units in every group, the province median marked. */
export function DistributionPanel(props: DistributionPanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <DistributionPanelBody {...props} />
    </ErrorBoundary>
  );
}

function DistributionPanelBody({ ranking, selected }: DistributionPanelProps) {
  const { t, format } = useI18n();
  const ctx = useChartContext('index_scores');
  const { rows, period } = ranking;
  const stats = useMemo(() => groupStats(rows), [rows]);
  const option = useMemo(
    () => buildDistributionOption({ units: rows, period, selected }, ctx),
    [rows, period, selected, ctx],
  );
  const unit = rows.find((row) => row.code === selected) ?? null;
  const count = stats[0]?.count ?? 0;
  const month = format.month(period);
  if (count === 0) return <StatusMessage kind="empty" title={t('ranking.empty', { month })} />;
  const caption = t('ranking.distribution.tableCaption', { count, month });
  const columns: CsvColumn<GroupStats>[] = [
    { header: 'group', value: (stat) => stat.key },
    { header: 'max_points', value: (stat) => stat.max },
    { header: 'min', value: (stat) => stat.min },
    { header: 'q1', value: (stat) => stat.q1 },
    { header: 'median', value: (stat) => stat.median },
    { header: 'q3', value: (stat) => stat.q3 },
    { header: 'max', value: (stat) => stat.highest },
    { header: 'units', value: (stat) => stat.count },
    ...(unit === null
      ? []
      : [
          {
            header: `${unit.name} (${unit.code})`,
            value: (stat: GroupStats) => unit.groups?.[stat.key] ?? null,
          },
        ]),
  ];
  return (
    <>
      <p className="summary" id="distribution-summary" data-testid="distribution-summary">
        <WithVietnameseNames
          text={summarizeDistribution(stats, unit, period, { t, format })}
          names={unit === null ? [] : [unit.name]}
        />
      </p>
      <p className="note">{t('ranking.distribution.scope')}</p>
      <DescribedChart
        summaryId="distribution-summary"
        tableId="distribution-table-toggle"
        name="distribution"
      >
        <EChart
          option={option}
          height={420}
          label={t('ranking.distribution.chartLabel', { count })}
          testId="distribution-chart"
        />
      </DescribedChart>
      <details className="table-toggle" id="distribution-table-toggle">
        <summary>{t('ranking.tableHeading')}</summary>
        <div className="table-actions">
          <DownloadTableButtons
            rows={stats}
            columns={columns}
            note={exportNote(ctx, t)}
            fileName={`phan-bo-${period}`}
            testId="distribution"
            subject={caption}
          />
        </div>
        <TableScroll>
          <table className="data-table" data-testid="distribution-table">
            <TableCaption>{caption}</TableCaption>
            <thead>
              <tr>
                <th scope="col">{t('ranking.column.group')}</th>
                <th scope="col" className="numeric">
                  {t('ranking.column.min')}
                </th>
                <th scope="col" className="numeric">
                  {t('ranking.column.median')}
                </th>
                <th scope="col" className="numeric">
                  {t('ranking.column.max')}
                </th>
                {unit === null ? null : (
                  <th scope="col" className="numeric">
                    <VietnameseName>{unit.name}</VietnameseName>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {stats.map((stat) => (
                <tr key={stat.key}>
                  <th scope="row">
                    {t(`group.${stat.key}`)} ({stat.max})
                  </th>
                  <td className="numeric">{format.decimal(stat.min)}</td>
                  <td className="numeric">{format.decimal(stat.median)}</td>
                  <td className="numeric">{format.decimal(stat.highest)}</td>
                  {unit === null ? null : (
                    <td className="numeric">
                      {unit.groups === null ? '—' : format.decimal(unit.groups[stat.key])}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </>
  );
}
