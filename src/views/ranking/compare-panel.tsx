import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo, useRef } from 'react';
import { buildCompareOption } from '../../charts/build-compare-option.ts';
import { summarizeCompare } from '../../charts/summarize-ranking.ts';
import { useAnnounce } from '../../components/announcer-context.ts';
import { CommuneSearch } from '../../components/commune-search.tsx';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { isStale, StaleNote, staleProps } from '../../components/stale-note.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { VietnameseName, WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { timelineOfKey } from '../../data/report-point.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { metricMax } from '../../data/ranking-metric.ts';
import type { Ranking } from '../../queries/questions.ts';

import { MAX_COMPARED, type RankingParams } from '../../state/page-search.ts';
import { CompareTables } from './compare-tables.tsx';
import type { RankingState } from './ranking-state.ts';
import { useMetricName } from './use-metric-name.ts';

interface ComparePanelProps {
  readonly ranking: Ranking;
  readonly state: RankingState;
  readonly onChange: (patch: Partial<RankingParams>) => void;
}

/** 2 to 5 chosen units side by side: the metric across months, group scores this month. */
export function ComparePanel(props: ComparePanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <ComparePanelBody {...props} />
    </ErrorBoundary>
  );
}

function ComparePanelBody({ ranking, state, onChange }: ComparePanelProps) {
  const { t, format } = useI18n();
  const ctx = useChartContext('index_scores');
  const history = useQuestion(QUESTIONS.scoreHistory, {
    metric: state.metric,
    timeline: timelineOfKey(ranking.period),
  });
  const metricName = useMetricName(state.metric);
  const byCode = useMemo(() => new Map(ranking.rows.map((row) => [row.code, row])), [ranking.rows]);
  const units = useMemo(
    () => state.compared.flatMap((code) => byCode.get(code) ?? []),
    [state.compared, byCode],
  );
  const option = useMemo(
    () =>
      history.data && units.length >= 2
        ? buildCompareOption(
            {
              units,
              periods: history.data.periods,
              cells: history.data.cells,
              metricName,
              max: metricMax(state.metric),
              period: ranking.period,
            },
            ctx,
          )
        : null,
    [history.data, units, metricName, state.metric, ranking.period, ctx],
  );
  const announce = useAnnounce();
  const search = useRef<HTMLInputElement>(null);
  const setUnits = (codes: readonly string[]) => {
    onChange({ units: codes });
  };
  // The chip's button goes with it: the focus goes to the search, shown again if the list was full.
  const remove = (unit: { readonly code: string; readonly name: string }) => {
    const next = state.compared.filter((code) => code !== unit.code);
    setUnits(next);
    announce(
      t('announce.compareRemoved', { name: unit.name, count: next.length, max: MAX_COMPARED }),
    );
    requestAnimationFrame(() => search.current?.focus());
  };
  return (
    <div {...staleProps(isStale([history]), 'compare-body')}>
      <StaleNote stale={isStale([history])} />
      <div className="compare-picker">
        {units.length < MAX_COMPARED ? (
          <CommuneSearch
            units={ranking.rows.filter((row) => !state.compared.includes(row.code))}
            label={t('ranking.compare.pick')}
            placeholder={t('search.placeholder')}
            testId="compare-search"
            inputRef={search}
            onSelect={(code) => {
              setUnits([...state.compared, code]);
            }}
          />
        ) : (
          <p className="note">{t('ranking.compare.full')}</p>
        )}
        <ul className="chips" aria-label={t('ranking.panel.compare')}>
          {units.map((unit) => (
            <li key={unit.code}>
              <VietnameseName>{unit.name}</VietnameseName>{' '}
              <button
                type="button"
                aria-label={t('ranking.compare.remove', { name: unit.name })}
                onClick={() => {
                  remove(unit);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
      {option === null || history.data === undefined ? (
        <QueryFallback
          queries={[history]}
          empty={units.length < 2 ? t('ranking.compare.needTwo') : null}
        />
      ) : (
        <>
          <p className="summary" id="compare-summary" data-testid="compare-summary">
            <WithVietnameseNames
              text={summarizeCompare(units, ranking.period, { t, format })}
              names={units.map((unit) => unit.name)}
            />
          </p>
          <DescribedChart summaryId="compare-summary" tableId="compare-tables" name="compare">
            <EChart
              option={option}
              height={380}
              label={t('ranking.compare.chartLabel', {
                metric: metricName,
                names: units.map((unit) => unit.name).join(', '),
              })}
              testId="compare-chart"
            />
          </DescribedChart>
          <div id="compare-tables">
            <CompareTables
              units={units}
              history={history.data}
              period={ranking.period}
              metricName={metricName}
            />
          </div>
        </>
      )}
    </div>
  );
}
