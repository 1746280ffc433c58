import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo } from 'react';
import { buildCompareOption } from '../../charts/build-compare-option.ts';
import { summarizeCompare } from '../../charts/summarize-ranking.ts';
import { lightTheme } from '../../charts/theme.ts';
import { CommuneSearch } from '../../components/commune-search.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorDetails } from '../../components/error-details.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { metricMax } from '../../data/ranking-metric.ts';
import type { Ranking } from '../../queries/questions.ts';

import type { SearchPatch } from '../../state/route.ts';
import { CompareTables } from './compare-tables.tsx';
import { MAX_COMPARED, type RankingState } from './ranking-state.ts';
import { useMetricName } from './use-metric-name.ts';

interface ComparePanelProps {
  readonly ranking: Ranking;
  readonly state: RankingState;
  readonly synthetic: boolean;
  readonly onChange: (patch: SearchPatch) => void;
}

/** 2 to 5 chosen units side by side: the metric across months, group scores this month. */
export function ComparePanel({ ranking, state, synthetic, onChange }: ComparePanelProps) {
  const { t, format, locale } = useI18n();
  const history = useQuestion(QUESTIONS.scoreHistory, { metric: state.metric });
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
            { t, format, locale, theme: lightTheme, synthetic },
          )
        : null,
    [history.data, units, metricName, state.metric, ranking.period, t, format, locale, synthetic],
  );
  const setUnits = (codes: readonly string[]) => {
    onChange({ units: codes.join(',') });
  };
  return (
    <>
      <div className="compare-picker">
        {units.length < MAX_COMPARED ? (
          <CommuneSearch
            units={ranking.rows.filter((row) => !state.compared.includes(row.code))}
            label={t('ranking.compare.pick')}
            placeholder={t('search.placeholder')}
            testId="compare-search"
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
              {unit.name}{' '}
              <button
                type="button"
                aria-label={t('ranking.compare.remove', { name: unit.name })}
                onClick={() => {
                  setUnits(state.compared.filter((code) => code !== unit.code));
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </div>
      {history.isError ? (
        <StatusMessage kind="error" title={t('query.failed')}>
          <ErrorDetails error={history.error} summary={t('load.detail')} />
        </StatusMessage>
      ) : units.length < 2 ? (
        <StatusMessage kind="empty" title={t('ranking.compare.needTwo')} />
      ) : option === null || history.data === undefined ? (
        <StatusMessage kind="loading" title={t('load.starting')} />
      ) : (
        <>
          <p className="summary" data-testid="compare-summary">
            {summarizeCompare(units, ranking.period, { t, format })}
          </p>
          <EChart
            option={option}
            height={380}
            label={t('ranking.compare.chartLabel', {
              metric: metricName,
              names: units.map((unit) => unit.name).join(', '),
            })}
            testId="compare-chart"
          />
          <CompareTables
            units={units}
            history={history.data}
            period={ranking.period}
            metricName={metricName}
          />
        </>
      )}
    </>
  );
}
