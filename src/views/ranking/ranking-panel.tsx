import { useMemo } from 'react';
import { buildRankingOption, rankingChartHeight } from '../../charts/build-ranking-option.ts';
import { summarizeRanking } from '../../charts/summarize-ranking.ts';
import { lightTheme } from '../../charts/theme.ts';
import { DownloadCsvButton } from '../../components/download-csv-button.tsx';
import { EChart } from '../../components/echart.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { Ranking, RankingRow } from '../../queries/questions.ts';
import type { SearchPatch } from '../../state/route.ts';
import { rankingCsv } from './ranking-csv.ts';
import { MAX_COMPARED, type RankingState } from './ranking-state.ts';
import { RankingTable } from './ranking-table.tsx';

interface RankingPanelProps {
  readonly ranking: Ranking;
  /** The rows to show: filtered and sorted (ranks stay province-wide). */
  readonly rows: readonly RankingRow[];
  readonly state: RankingState;
  readonly synthetic: boolean;
  readonly onChange: (patch: SearchPatch) => void;
}

/** The ranked bars of the shown units, a one-sentence summary and the full table. */
export function RankingPanel({ ranking, rows, state, synthetic, onChange }: RankingPanelProps) {
  const { t, format, locale } = useI18n();
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
        { t, format, locale, theme: lightTheme, synthetic },
      ),
    [
      chartRows,
      period,
      state.metric,
      rankedCount,
      state.bands,
      state.unit,
      t,
      format,
      locale,
      synthetic,
    ],
  );
  const shownRanked = rows.filter((row) => row.rank !== null).length;
  const onCompare = (code: string) => {
    const next = [...new Set([...state.compared, code])].slice(-MAX_COMPARED);
    onChange({ units: next.join(','), panel: 'compare' });
  };
  return (
    <>
      <p className="summary" data-testid="ranking-summary">
        {summarizeRanking(ranking.rows, period, { t, format })}
      </p>
      {shownRanked === 0 ? (
        <StatusMessage
          kind="empty"
          title={
            rows.length === 0 ? t('ranking.noneMatch') : t('ranking.empty', { month: monthLabel })
          }
        />
      ) : (
        <EChart
          option={option}
          height={rankingChartHeight(shownRanked)}
          label={t('ranking.chartLabel', { count: rankedCount, month: monthLabel })}
          testId="ranking-chart"
        />
      )}
      <details className="table-toggle" open>
        <summary>{t('ranking.tableHeading')}</summary>
        <div className="table-actions">
          <DownloadCsvButton
            label={t('csv.download', { count: rows.length })}
            fileName={`xep-hang-${ranking.metric}-${period}.csv`}
            testId="ranking-csv"
            csv={() => rankingCsv(ranking, rows, synthetic ? t('csv.note') : undefined)}
          />
          {synthetic ? <span className="note">{t('csv.noteHint')}</span> : null}
        </div>
        <RankingTable
          rows={rows}
          rankedCount={rankedCount}
          metric={state.metric}
          bands={state.bands}
          selected={state.unit}
          caption={t('ranking.tableCaption', { count: rows.length, month: monthLabel })}
          onExplain={(code) => {
            onChange({ unit: code });
            window.scrollTo({ top: 0 });
          }}
          onCompare={onCompare}
        />
      </details>
    </>
  );
}
