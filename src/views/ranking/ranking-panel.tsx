import { useMemo } from 'react';
import { buildRankingOption, rankingChartHeight } from '../../charts/build-ranking-option.ts';
import { exportNote, exportNoteHint } from '../../charts/source-label.ts';
import { summarizeRanking } from '../../charts/summarize-ranking.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { Ranking, RankingRow } from '../../queries/questions.ts';
import { rankingCsvColumns } from './ranking-csv.ts';
import type { RankingState } from './ranking-state.ts';
import { RankingTable } from './ranking-table.tsx';

interface RankingPanelProps {
  readonly ranking: Ranking;
  /** The rows to show: filtered and sorted (ranks stay province-wide). */
  readonly rows: readonly RankingRow[];
  readonly state: RankingState;
  /** A row's "Phân tích": opens the why panel above, which takes the focus. */
  readonly onExplain: (row: RankingRow) => void;
  /** A row's "So sánh": adds the unit and shows the comparison. */
  readonly onCompare: (row: RankingRow) => void;
}

/** The ranked bars of the shown units, a one-sentence summary and the full table. */
export function RankingPanel(props: RankingPanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <RankingPanelBody {...props} />
    </ErrorBoundary>
  );
}

function RankingPanelBody({ ranking, rows, state, onExplain, onCompare }: RankingPanelProps) {
  const { t, format } = useI18n();
  const ctx = useChartContext('index_scores');
  const noteHint = exportNoteHint(ctx, t);
  const { rankedCount, period } = ranking;
  const monthLabel = format.month(period);
  // The chart keeps rank order whatever the table's sort: it is a ranking chart.
  const chartRows = useMemo(
    () => [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
    [rows],
  );
  const option = useMemo(
    () =>
      buildRankingOption(
        {
          rows: chartRows,
          period,
          metric: state.metric,
          rankedCount,
          bands: state.bands,
          highlight: state.unit,
        },
        ctx,
      ),
    [chartRows, period, state.metric, rankedCount, state.bands, state.unit, ctx],
  );
  const shownRanked = rows.filter((row) => row.rank !== null).length;
  const caption = t('ranking.tableCaption', { count: rows.length, month: monthLabel });
  return (
    <>
      <p className="summary" id="ranking-summary" data-testid="ranking-summary">
        <WithVietnameseNames
          text={summarizeRanking(ranking.rows, period, { t, format })}
          names={ranking.rows.map((row) => row.name)}
        />
      </p>
      {shownRanked === 0 ? (
        <StatusMessage
          kind="empty"
          title={
            rows.length === 0 ? t('ranking.noneMatch') : t('ranking.empty', { month: monthLabel })
          }
        />
      ) : (
        <DescribedChart summaryId="ranking-summary" tableId="ranking-table-toggle" name="ranking">
          <EChart
            option={option}
            height={rankingChartHeight(shownRanked)}
            label={t('ranking.chartLabel', { count: rankedCount, month: monthLabel })}
            testId="ranking-chart"
          />
        </DescribedChart>
      )}
      <details className="table-toggle" open id="ranking-table-toggle">
        <summary>{t('ranking.tableHeading')}</summary>
        <div className="table-actions">
          <DownloadTableButtons
            rows={rows}
            columns={rankingCsvColumns(ranking)}
            note={exportNote(ctx, t)}
            fileName={`xep-hang-${ranking.metric}-${period}`}
            testId="ranking"
            subject={caption}
          />
          {noteHint === null ? null : <span className="note">{noteHint}</span>}
        </div>
        <RankingTable
          rows={rows}
          rankedCount={rankedCount}
          metric={state.metric}
          bands={state.bands}
          selected={state.unit}
          caption={caption}
          onExplain={onExplain}
          onCompare={onCompare}
        />
      </details>
    </>
  );
}
