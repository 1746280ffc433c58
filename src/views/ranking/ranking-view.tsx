import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useEffect, useMemo, useRef } from 'react';
import { unitFilterWords } from '../../charts/export-provenance.ts';
import { rankingScope } from '../../charts/page-labels.ts';
import { ExportScopeContext, type ExportScope } from '../../components/export-context.ts';
import { summarizeUnitRank } from '../../charts/summarize-ranking.ts';
import { useAnnounceOnChange } from '../../components/announcer-context.ts';
import { CommuneSearch } from '../../components/commune-search.tsx';
import { FoldOnPhone } from '../../components/fold-on-phone.tsx';
import { MonthPicker } from '../../components/month-picker.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { isStale, StaleNote, staleProps } from '../../components/stale-note.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';

import { usePageSearch } from '../../routing/use-search-params.ts';
import { unavailableMonths, unknownCodes } from '../../state/define-search.ts';
import { RANKING_SEARCH } from '../../state/page-search.ts';
import {
  ComparePanel,
  DistributionPanel,
  HeatmapPanel,
  preloadRankingPanels,
} from './lazy-panels.tsx';
import { RankChangePanel } from './rank-change-panel.tsx';
import { PanelTabs, RankingControls } from './ranking-controls.tsx';
import { RankingFactsNote } from './ranking-facts-note.tsx';
import { RankingPanel } from './ranking-panel.tsx';
import { filterRows, rankingState, sortRows } from './ranking-state.ts';
import { useMetricName } from './use-metric-name.ts';
import { useRankingFocus } from './use-ranking-focus.ts';
import './ranking.css';

/**
 * The ranking explorer: any metric and month, filters that hide rows (ranks stay province-wide),
 * sort by change, why a unit's rank moved, and heatmap / distribution / compare panels. All of
 * its state lives in the URL.
 */
export function RankingView() {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [search, setParams] = usePageSearch(RANKING_SEARCH);
  const state = rankingState(search.state);
  const periods = useQuestion(QUESTIONS.periods);
  useEffect(() => {
    // After the first paint: the other panels open at once when asked for.
    const timer = setTimeout(preloadRankingPanels, 1000);
    return () => {
      clearTimeout(timer);
    };
  }, []);
  const months = periods.data ?? [];
  const latest = months.at(-1) ?? null;
  const selected = state.month !== null && months.includes(state.month) ? state.month : latest;
  const ranking = useQuestion(
    QUESTIONS.ranking,
    selected === null ? null : { period: selected, metric: state.metric, sub: state.sub },
  );
  const subIndicators = useQuestion(QUESTIONS.subIndicators).data ?? [];
  // Label with the metric of the rows on screen, not the one being fetched.
  const metricName = useMetricName(ranking.data?.metric ?? state.metric);
  const allRows = ranking.data?.rows;
  const { type, district, sort } = state;
  const rows = useMemo(
    () => sortRows(filterRows(allRows ?? [], { type, district }), sort),
    [allRows, type, district, sort],
  );
  const districts = useQuestion(QUESTIONS.formerDistricts).data ?? [];
  const scope = useQuestion(QUESTIONS.unitSummary).data ?? null;
  // The whole table of the filtered panels (ranking, heatmap): every unit, in the same order.
  const wholeRows = useMemo(() => sortRows(allRows ?? [], sort), [allRows, sort]);
  const snapshot = ranking.data?.snapshotDate ?? null;
  const shownPeriod = ranking.data?.period ?? null;
  const exportScope = useMemo<ExportScope>(
    () => ({
      filters: unitFilterWords({ type, district }, i18n),
      scope,
      dataDate:
        shownPeriod === null
          ? null
          : snapshot === null
            ? format.month(shownPeriod)
            : t('export.dataDate.snapshot', {
                month: format.month(shownPeriod),
                date: format.date(snapshot),
              }),
      datasets: ['units', 'index_scores'],
    }),
    [type, district, i18n, scope, shownPeriod, snapshot, format, t],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focus = useRankingFocus(state, setParams, headingRef);
  const shownUnit = allRows?.find((row) => row.code === state.unit)?.name ?? null;
  useDocumentTitle(
    ranking.data === undefined
      ? null
      : [
          state.panel === 'ranking' ? null : t(`ranking.panel.${state.panel}`),
          format.month(ranking.data.period),
          shownUnit,
        ]
          .filter((part) => part !== null)
          .join(' · '),
  );
  // A filter's result, said when it changes (the note saying it is not a live region).
  useAnnounceOnChange(
    t('announce.showing', { shown: rows.length, count: allRows?.length ?? 0 }),
    allRows === undefined ? null : `${type ?? ''}|${district ?? ''}`,
  );

  if (ranking.data === undefined || selected === null) {
    const empty = selected === null && periods.isSuccess;
    return (
      <QueryFallback
        queries={[periods, ranking]}
        empty={empty ? t('ranking.empty', { month: '—' }) : null}
      />
    );
  }

  // While a new month loads, the previous rows stay on screen, labelled with their own month.
  const data = ranking.data;
  const stale = isStale([ranking]);
  const shown = { ...state, metric: data.metric };
  const { rankedCount, snapshotDate, period } = data;
  const unranked = data.rows.length - rankedCount;
  const unit = data.rows.find((row) => row.code === state.unit);
  const heading =
    data.sub !== null
      ? t('ranking.titleSub', { count: rankedCount, name: data.sub.name })
      : data.metric === 'total'
        ? t('ranking.title', { count: rankedCount })
        : t('ranking.titleGroup', { count: rankedCount, group: metricName });
  const pointsAreMonths = months.every((key) => /^\d{4}-\d{2}$/.test(key));
  return (
    <ExportScopeContext.Provider value={exportScope}>
      <section
        {...staleProps(stale, 'panel ranking-explorer')}
        aria-labelledby="ranking-heading"
        aria-busy={ranking.isFetching}
      >
        <header className="panel-header">
          <h2 id="ranking-heading" ref={headingRef} tabIndex={-1}>
            {heading} · {format.month(period)}
          </h2>
          <MonthPicker
            months={months}
            label={pointsAreMonths ? null : t('ranking.period')}
            value={selected}
            onChange={(month) => {
              setParams({ month });
            }}
          />
        </header>
        <StaleNote stale={stale} />
        <UrlNotice
          months={unavailableMonths(search, ['month'], periods.data)}
          shown={format.month(selected)}
          invalid={search.invalid}
          codes={unknownCodes(
            search,
            ['unit', 'units'],
            allRows?.map((row) => row.code),
          )}
        />
        <PanelTabs panel={state.panel} onChange={setParams} focusRequest={focus.panelFocus} />
        <FoldOnPhone summary={t('ranking.fold.controls')}>
          <RankingControls
            state={state}
            districts={districts}
            subIndicators={subIndicators}
            onChange={setParams}
          />
        </FoldOnPhone>
        <CommuneSearch
          units={data.rows}
          label={t('ranking.control.findUnit')}
          placeholder={t('search.placeholder')}
          testId="ranking-search"
          onSelect={focus.explain}
        />
        <p className="note" data-testid="ranking-scope">
          <WithVietnameseNames
            text={rankingScope(rankedCount, scope, i18n)}
            names={scope?.provinces ?? []}
          />{' '}
          {t('ranking.showing', { shown: rows.length, count: data.rows.length })}{' '}
          {snapshotDate === null
            ? null
            : `${t('ranking.snapshot', { date: format.date(snapshotDate) })}. `}
          {t('ranking.ties')}
          {unranked > 0 ? ` ${t('ranking.unranked', { count: unranked })}` : null}
        </p>
        <FoldOnPhone summary={t('ranking.fold.facts')}>
          <RankingFactsNote ranking={data} requestedSub={state.sub} />
        </FoldOnPhone>
        {state.bands ? <p className="note band-note">{t('ranking.band.note')}</p> : null}
        {unit === undefined ? null : (
          <>
            <p className="summary unit-sentence" data-testid="unit-rank-sentence">
              <WithVietnameseNames
                text={
                  data.metric === 'total'
                    ? summarizeUnitRank(unit, data, { t, format })
                    : t('ranking.unit.byMetric', {
                        metric: metricName,
                        sentence: summarizeUnitRank(unit, data, { t, format }),
                      })
                }
                names={[unit.name]}
              />
            </p>
            <RankChangePanel
              period={period}
              code={unit.code}
              onClear={focus.clear}
              focusRequested={focus.whyFocus}
              onFocused={focus.whyFocused}
            />
          </>
        )}
        {state.panel === 'heatmap' ? (
          <HeatmapPanel
            rows={rows}
            wholeRows={wholeRows}
            period={period}
            state={shown}
            onChange={setParams}
          />
        ) : state.panel === 'distribution' ? (
          <DistributionPanel ranking={data} selected={state.unit} />
        ) : state.panel === 'compare' ? (
          <ComparePanel ranking={data} state={shown} onChange={setParams} />
        ) : (
          <RankingPanel
            ranking={data}
            rows={rows}
            wholeRows={wholeRows}
            state={shown}
            onExplain={(row) => {
              focus.explain(row.code);
            }}
            onCompare={focus.compare}
          />
        )}
      </section>
    </ExportScopeContext.Provider>
  );
}
