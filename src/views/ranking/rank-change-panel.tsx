import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo } from 'react';
import { buildRankChangeOption } from '../../charts/build-rank-change-option.ts';
import {
  monthInSentence,
  summarizeRankChange,
  summarizeUnitRank,
} from '../../charts/summarize-ranking.ts';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

import { ChangeTable } from './rank-change-table.tsx';
import { formatSigned } from '../../i18n/format.ts';

interface RankChangePanelProps {
  readonly period: string;
  readonly code: string;
  readonly onClear: () => void;
}

/** Why one unit's total rank changed: Δ per group (chart + table), who passed it, in words. */
export function RankChangePanel(props: RankChangePanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <RankChangePanelBody {...props} />
    </ErrorBoundary>
  );
}

function RankChangePanelBody({ period, code, onClear }: RankChangePanelProps) {
  const { t, format } = useI18n();
  const ctx = useChartContext('index_scores');
  const query = useQuestion(QUESTIONS.rankChange, { period, code });
  const change = query.data ?? null;
  const decomposed = change !== null && change.totalChange !== null ? change : null;
  const option = useMemo(
    () =>
      decomposed?.totalChange == null
        ? null
        : buildRankChangeOption({ ...decomposed, totalChange: decomposed.totalChange }, ctx),
    [decomposed, ctx],
  );

  if (change === null) return <QueryFallback queries={[query]} />;
  const previous = monthInSentence(change.previousPeriod, { t, format });
  const month = monthInSentence(change.period, { t, format });
  return (
    <section className="why-panel" aria-labelledby="why-heading" data-testid="rank-change-panel">
      <header className="panel-header">
        <h3 id="why-heading">{t('ranking.why.heading', { name: change.name })}</h3>
        <button type="button" onClick={onClear}>
          {t('ranking.control.clearUnit', { name: change.name })}
        </button>
      </header>
      <p className="summary" data-testid="rank-change-sentence">
        {summarizeUnitRank(change, change, { t, format })}
      </p>
      {decomposed === null || option === null ? (
        <p className="summary">
          {t('ranking.why.noPrevious', { name: change.name, previous, month })}
        </p>
      ) : (
        <>
          <p className="summary" data-testid="rank-change-summary">
            {summarizeRankChange(
              {
                ...decomposed,
                totalChange: decomposed.totalChange ?? 0,
                previousTotal: decomposed.previousTotal ?? 0,
                total: decomposed.total ?? 0,
              },
              { t, format },
            )}
          </p>
          <p className="note" data-testid="rank-change-moves">
            {t('ranking.why.moves', {
              previous,
              overtook: change.overtook,
              fellBehind: change.fellBehind,
              newAhead: change.newAhead,
              goneAhead: change.goneAhead,
            })}
            {change.residual === 0
              ? null
              : ` ${t('ranking.why.residual', { residual: formatSigned(change.residual, { format }) })}`}
          </p>
          <EChart
            option={option}
            height={300}
            label={t('ranking.why.chartLabel', { name: change.name })}
            testId="rank-change-chart"
          />
          <ChangeTable
            change={decomposed}
            caption={t('ranking.why.tableCaption', { name: change.name, previous, month })}
          />
        </>
      )}
    </section>
  );
}
