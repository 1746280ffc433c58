import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useId, useMemo } from 'react';
import { buildHeatmapOption, heatmapChartHeight } from '../../charts/build-heatmap-option.ts';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import { exportNote } from '../../charts/source-label.ts';
import { QueryFallback } from '../../components/query-state.tsx';
import { isStale, StaleNote, staleProps } from '../../components/stale-note.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { VietnameseName, WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { timelineOfKey } from '../../data/report-point.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { metricMax } from '../../data/ranking-metric.ts';
import type { RankingRow } from '../../queries/questions.ts';

import { parseChoice } from '../../state/define-search.ts';
import { HEAT_MODES, type RankingParams } from '../../state/page-search.ts';
import { useMetricName } from './use-metric-name.ts';
import type { RankingState } from './ranking-state.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { SkippableTable } from '../../components/skippable-table.tsx';

interface HeatmapPanelProps {
  /** Rows in the ranking table's order (filtered, sorted): the heatmap's rows. */
  readonly rows: readonly RankingRow[];
  /** Every unit in the same order: the whole table's download. */
  readonly wholeRows?: readonly RankingRow[];
  readonly period: string;
  readonly state: RankingState;
  readonly onChange: (patch: Partial<RankingParams>) => void;
}

/** Units × months of the metric's score or rank, ordered like the ranking table. */
export function HeatmapPanel(props: HeatmapPanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <HeatmapPanelBody {...props} />
    </ErrorBoundary>
  );
}

function HeatmapPanelBody({ rows, wholeRows, period, state, onChange }: HeatmapPanelProps) {
  const { t, format } = useI18n();
  const ctx = useChartContext('index_scores');
  const id = useId();
  const history = useQuestion(QUESTIONS.scoreHistory, {
    metric: state.metric,
    timeline: timelineOfKey(period),
  });
  const metricName = useMetricName(state.metric);
  const max = metricMax(state.metric);
  const option = useMemo(
    () =>
      history.data
        ? buildHeatmapOption(
            {
              units: rows,
              periods: history.data.periods,
              cells: history.data.cells,
              mode: state.heat,
              metricName,
              max,
              period,
            },
            ctx,
          )
        : null,
    [history.data, rows, state.heat, metricName, max, period, ctx],
  );
  const lookup = useMemo(
    () => new Map((history.data?.cells ?? []).map((cell) => [`${cell.code}|${cell.period}`, cell])),
    [history.data],
  );
  if (history.data === undefined || option === null) return <QueryFallback queries={[history]} />;
  const { periods } = history.data;
  const columns: CsvColumn<RankingRow>[] = [
    { header: 'code', value: (row) => row.code },
    { header: 'name', value: (row) => row.name },
    ...periods.map((month) => ({
      header: month,
      value: (row: RankingRow) => {
        const cell = lookup.get(`${row.code}|${month}`);
        return cell === undefined ? null : state.heat === 'rank' ? cell.rank : cell.score;
      },
    })),
  ];
  const modeName = t(state.heat === 'rank' ? 'ranking.heatmap.rank' : 'ranking.heatmap.score');
  const first = rows[0];
  const caption = t('ranking.heatmap.tableCaption', {
    metric: metricName,
    count: rows.length,
    mode: modeName,
  });
  return (
    <div {...staleProps(isStale([history]), 'heatmap-body')}>
      <StaleNote stale={isStale([history])} />
      <div className="control">
        <label htmlFor={`${id}-mode`}>{t('ranking.heatmap.mode')}</label>
        <select
          id={`${id}-mode`}
          value={state.heat}
          onChange={(event) => {
            onChange({ heat: parseChoice(event.target.value, HEAT_MODES, 'score') });
          }}
        >
          {HEAT_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`ranking.heatmap.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="summary" id={`${id}-summary`} data-testid="heatmap-summary">
        <WithVietnameseNames
          text={t('ranking.heatmap.summary', {
            units: t('count.units', { count: rows.length }),
            months: t('count.months', { count: periods.length }),
            from: format.month(periods[0] ?? period),
            to: format.month(periods.at(-1) ?? period),
            month: format.month(period),
            first: first?.name ?? '—',
          })}
          names={first === undefined ? [] : [first.name]}
        />
      </p>
      <p className="note">{t('ranking.heatmap.order', { month: format.month(period) })}</p>
      {rows.length === 0 ? (
        <StatusMessage kind="empty" title={t('ranking.noneMatch')} />
      ) : (
        <DescribedChart summaryId={`${id}-summary`} tableId={`${id}-table`} name="heatmap">
          <EChart
            option={option}
            height={heatmapChartHeight(rows.length)}
            label={t('ranking.heatmap.chartLabel', {
              units: t('count.units', { count: rows.length }),
              months: t('count.months', { count: periods.length }),
              mode: modeName,
              metric: metricName,
            })}
            testId="heatmap-chart"
            filtered
          />
        </DescribedChart>
      )}
      <details className="table-toggle" id={`${id}-table`}>
        <summary>{t('ranking.tableHeading')}</summary>
        <div className="table-actions">
          <DownloadTableButtons
            rows={rows}
            wholeRows={wholeRows}
            columns={columns}
            note={exportNote(ctx, t)}
            fileName={`bieu-do-nhiet-${state.metric}-${state.heat}-${period}`}
            testId="heatmap"
            subject={caption}
          />
        </div>
        <SkippableTable name={caption}>
          <TableScroll lazyRows={rows.length}>
            <table className="data-table heatmap-table" data-testid="heatmap-table">
              <TableCaption>{caption}</TableCaption>
              <thead>
                <tr>
                  <th scope="col">{t('column.unit')}</th>
                  {periods.map((month) => (
                    <th key={month} scope="col" className="numeric">
                      {month}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">
                      <VietnameseName>{row.name}</VietnameseName>
                    </th>
                    {periods.map((month) => {
                      const cell = lookup.get(`${row.code}|${month}`);
                      const text =
                        cell === undefined
                          ? '—'
                          : state.heat === 'rank'
                            ? format.integer(cell.rank)
                            : format.decimal(cell.score);
                      return (
                        <td key={month} className="numeric">
                          {text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </SkippableTable>
      </details>
    </div>
  );
}
