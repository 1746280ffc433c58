import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useEffect, useMemo, useRef } from 'react';
import { buildRankChangeOption } from '../../charts/build-rank-change-option.ts';
import {
  monthInSentence,
  summarizeRankChange,
  summarizeUnitRank,
} from '../../charts/summarize-ranking.ts';
import { useAnnounce } from '../../components/announcer-context.ts';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { focusAndReveal } from '../../components/focus-and-reveal.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { isStale, StaleNote, staleProps } from '../../components/stale-note.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';

import { ChangeTable } from './rank-change-table.tsx';
import { formatSigned } from '../../i18n/format.ts';

interface RankChangePanelProps {
  readonly period: string;
  readonly code: string;
  /** The unit's name, for the clear action (what it closes). */
  readonly onClear: (name: string) => void;
  /**
   * The user asked for this unit (a row's "Phân tích", the search): once the panel shows it, its
   * heading takes the focus and scrolls into view, the live region says it opened, and
   * `onFocused` ends the request.
   */
  readonly focusRequested?: boolean;
  readonly onFocused?: () => void;
}

/** Why one unit's total rank changed: Δ per group (chart + table), who passed it, in words. */
export function RankChangePanel(props: RankChangePanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <RankChangePanelBody {...props} />
    </ErrorBoundary>
  );
}

function RankChangePanelBody(props: RankChangePanelProps) {
  const { period, code, onClear, focusRequested = false, onFocused } = props;
  const { t, format } = useI18n();
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
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

  // While another unit's answer is still shown, wait for this one's before saying it opened.
  const shownCode = change?.code ?? null;
  const shownName = change?.name ?? '';
  useEffect(() => {
    if (!focusRequested || shownCode !== code) return;
    focusAndReveal(heading.current);
    announce(t('announce.opened', { name: t('ranking.why.heading', { name: shownName }) }));
    onFocused?.();
  }, [announce, code, focusRequested, onFocused, shownCode, shownName, t]);

  if (change === null) return <QueryFallback queries={[query]} />;
  const previous = monthInSentence(change.previousPeriod, { t, format });
  const month = monthInSentence(change.period, { t, format });
  return (
    <section
      {...staleProps(isStale([query]), 'why-panel')}
      aria-labelledby="why-heading"
      data-testid="rank-change-panel"
    >
      <header className="panel-header">
        <h3 id="why-heading" ref={heading} tabIndex={-1}>
          <WithVietnameseNames
            text={t('ranking.why.heading', { name: change.name })}
            names={[change.name]}
          />
        </h3>
        <button
          type="button"
          onClick={() => {
            onClear(change.name);
          }}
        >
          <WithVietnameseNames
            text={t('ranking.control.clearUnit', { name: change.name })}
            names={[change.name]}
          />
        </button>
      </header>
      <StaleNote stale={isStale([query])} />
      <p className="summary" data-testid="rank-change-sentence">
        <WithVietnameseNames
          text={summarizeUnitRank(change, change, { t, format })}
          names={[change.name]}
        />
      </p>
      {decomposed === null || option === null ? (
        <p className="summary">
          <WithVietnameseNames
            text={t('ranking.why.noPrevious', { name: change.name, previous, month })}
            names={[change.name]}
          />
        </p>
      ) : (
        <>
          <p className="summary" id="rank-change-summary" data-testid="rank-change-summary">
            <WithVietnameseNames
              text={summarizeRankChange(
                {
                  ...decomposed,
                  totalChange: decomposed.totalChange ?? 0,
                  previousTotal: decomposed.previousTotal ?? 0,
                  total: decomposed.total ?? 0,
                },
                { t, format },
              )}
              names={[change.name]}
            />
          </p>
          <p className="note" data-testid="rank-change-moves">
            {t('ranking.why.moves', {
              previous,
              overtook: t('ranking.why.overtook', { count: change.overtook }),
              fellBehind: t('ranking.why.fellBehind', { count: change.fellBehind }),
              newAhead: t('ranking.why.newAhead', { count: change.newAhead }),
              goneAhead: t('ranking.why.goneAhead', { count: change.goneAhead }),
            })}
            {change.residual === 0
              ? null
              : ` ${t('ranking.why.residual', { residual: formatSigned(change.residual, { format }) })}`}
          </p>
          <DescribedChart
            summaryId="rank-change-summary"
            tableId="rank-change-table-alternative"
            name="rank-change"
          >
            <EChart
              option={option}
              height={300}
              label={t('ranking.why.chartLabel', { name: change.name })}
              testId="rank-change-chart"
            />
          </DescribedChart>
          <div id="rank-change-table-alternative">
            <ChangeTable
              change={decomposed}
              caption={t('ranking.why.tableCaption', { name: change.name, previous, month })}
            />
          </div>
        </>
      )}
    </section>
  );
}
