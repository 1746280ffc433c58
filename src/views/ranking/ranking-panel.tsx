import { useContext, useMemo } from 'react';
import { buildRankingOption, rankingOptionHeight } from '../../charts/build-ranking-option.ts';
import { summarizeRanking } from '../../charts/summarize-ranking.ts';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { ExportScopeContext } from '../../components/export-context.ts';
import { StatusMessage } from '../../components/status-message.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { NamedUnit } from '../../data/unit-order.ts';
import type { Ranking, RankingRow } from '../../queries/questions.ts';
import type { RankingState } from './ranking-state.ts';
import { RankingTableSection, type RankingTableInput } from './ranking-table-section.tsx';
import { useStableCallback } from '../../components/use-stable-callback.ts';

interface RankingPanelProps {
  readonly ranking: Ranking;
  /** The rows to show: filtered and sorted (ranks stay province-wide). */
  readonly rows: readonly RankingRow[];
  /** Every unit in the same order: the whole table's download. */
  readonly wholeRows?: readonly RankingRow[];
  readonly state: RankingState;
  /** A row's "Phân tích": opens the why panel above, which takes the focus. */
  readonly onExplain: (unit: NamedUnit) => void;
  /** A row's "So sánh": adds the unit and shows the comparison. */
  readonly onCompare: (unit: NamedUnit) => void;
}

/** The ranked bars of the shown units, a one-sentence summary and the full table. */
export function RankingPanel(props: RankingPanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <RankingPanelBody {...props} />
    </ErrorBoundary>
  );
}

function RankingPanelBody({
  ranking,
  rows,
  wholeRows,
  state,
  onExplain,
  onCompare,
}: RankingPanelProps) {
  const { t, format } = useI18n();
  const { filters } = useContext(ExportScopeContext);
  const ctx = useChartContext('index_scores');
  const { rankedCount, period } = ranking;
  const monthLabel = format.month(period);
  // The chart keeps rank order whatever the table's sort: it is a ranking chart.
  const chartRows = useMemo(
    () => [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
    [rows],
  );
  const shownRanked = rows.filter((row) => row.rank !== null).length;
  // A filtered chart says so in its own subtitle, so a copy of the image cannot hide it.
  const filterLines = useMemo(
    () =>
      shownRanked < rankedCount && filters.length > 0
        ? [t('export.filtered', { count: rankedCount, shown: shownRanked }), ...filters]
        : [],
    [shownRanked, rankedCount, filters, t],
  );
  const option = useMemo(
    () =>
      buildRankingOption(
        {
          rows: chartRows,
          period,
          metric: state.metric,
          sub: ranking.sub,
          rankedCount,
          bands: state.bands,
          highlight: state.unit,
          filterLines,
        },
        ctx,
      ),
    [
      chartRows,
      period,
      state.metric,
      ranking.sub,
      rankedCount,
      state.bands,
      state.unit,
      filterLines,
      ctx,
    ],
  );
  // One object, so that the memoised table renders only when what it shows changes (not when
  // the view re-renders for a fetch flag or an announcement).
  const table = useMemo<RankingTableInput>(
    () => ({
      ranking,
      rows,
      wholeRows,
      metric: state.metric,
      bands: state.bands,
      selected: state.unit,
      caption: t('ranking.tableCaption', { count: rows.length, month: monthLabel }),
      ctx,
    }),
    [ranking, rows, wholeRows, state.metric, state.bands, state.unit, t, monthLabel, ctx],
  );
  const explain = useStableCallback(onExplain);
  const compare = useStableCallback(onCompare);
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
            // The filter lines of the subtitle take their own room, not the bars'.
            height={rankingOptionHeight({ rows: chartRows, filterLines })}
            label={t('ranking.chartLabel', { count: rankedCount, month: monthLabel })}
            testId="ranking-chart"
            filtered
            reusesCanvas
          />
        </DescribedChart>
      )}
      <RankingTableSection input={table} onExplain={explain} onCompare={compare} />
    </>
  );
}
