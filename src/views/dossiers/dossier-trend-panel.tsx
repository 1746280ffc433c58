import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useId, useMemo } from 'react';
import {
  buildDossierTrendOption,
  dossierTrendHeight,
} from '../../charts/build-dossier-trend-option.ts';
import { CommuneSearch } from '../../components/commune-search.tsx';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { isStale, StaleNote, staleProps } from '../../components/stale-note.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import type { OnTimeRateKind } from '../../data/on-time-rates.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

import type { UnitFilter } from '../../queries/questions.ts';

import { AppLink } from '../../routing/app-link.tsx';
import { COMMUNE_SEARCH, type DossierParams } from '../../state/page-search.ts';
import { DossierTrendTable } from './dossier-trend-table.tsx';
import { summarizeDossierTrend } from './summarize-dossiers.ts';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';

interface DossierTrendPanelProps {
  readonly filter: UnitFilter;
  readonly code: string | null;
  readonly rate: OnTimeRateKind;
  readonly onChange: (patch: Partial<DossierParams>) => void;
}

/** Month-by-month buckets and rate: the filtered province, or one unit's history (`code`). */
export function DossierTrendPanel(props: DossierTrendPanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <DossierTrendPanelBody {...props} />
    </ErrorBoundary>
  );
}

function DossierTrendPanelBody({ filter, code, rate, onChange }: DossierTrendPanelProps) {
  const { t, format } = useI18n();
  const ctx = useChartContext('dossiers');
  const id = useId();
  const units = useQuestion(QUESTIONS.units);
  const compact = useNarrowScreen();
  const unit = code === null ? undefined : units.data?.find((entry) => entry.code === code);
  const filtered = filter.type !== null || filter.district !== null;
  const scope =
    unit?.name ?? code ?? t(filtered ? 'dossiers.scopeFiltered' : 'dossiers.scopeProvince');
  const names = unit === undefined ? [] : [unit.name];
  // A selected unit's history ignores the filters: its own reports, whatever its type/district.
  const trend = useQuestion(QUESTIONS.dossierTrend, {
    filter: code === null ? filter : { type: null, district: null },
    code,
  });
  // The province's whole trend, for the table's "whole" file while filters narrow this one.
  const whole = useQuestion(
    QUESTIONS.dossierTrend,
    code === null && filtered ? { filter: { type: null, district: null }, code: null } : null,
  );
  const option = useMemo(
    () =>
      trend.data ? buildDossierTrendOption({ rows: trend.data, rate, scope, compact }, ctx) : null,
    [trend.data, rate, scope, compact, ctx],
  );
  if (trend.isError) return <QueryFallback queries={[trend]} />;
  return (
    <section
      {...staleProps(isStale([trend]), 'panel')}
      aria-labelledby="dossier-trend-heading"
      data-testid="dossier-trend"
    >
      <header className="panel-header">
        <h2 id="dossier-trend-heading">
          <WithVietnameseNames text={t('dossiers.trendTitle', { scope })} names={names} />
        </h2>
        <div className="trend-controls">
          <CommuneSearch
            units={units.data ?? []}
            label={t('dossiers.unit.pick')}
            placeholder={t('search.placeholder')}
            onSelect={(next) => {
              onChange({ code: next });
            }}
          />
          {code === null ? null : (
            <>
              <button
                type="button"
                onClick={() => {
                  onChange({ code: null });
                }}
              >
                {t('dossiers.unit.clear')}
              </button>
              <AppLink to={COMMUNE_SEARCH.to({ code })}>
                <WithVietnameseNames
                  text={t('dossiers.unit.profile', { name: scope })}
                  names={names}
                />
              </AppLink>
            </>
          )}
        </div>
      </header>
      <StaleNote stale={isStale([trend])} />
      {trend.data === undefined || option === null ? (
        // Nothing to summarise or download until the rows arrive: an empty file is no answer.
        <QueryFallback queries={[trend]} />
      ) : (
        <>
          <p className="summary" id={`${id}-summary`} data-testid="dossier-trend-summary">
            <WithVietnameseNames
              text={summarizeDossierTrend(trend.data, scope, rate, { t, format })}
              names={names}
            />
          </p>
          <DescribedChart summaryId={`${id}-summary`} tableId={`${id}-table`} name="dossier-trend">
            <EChart
              option={option}
              height={dossierTrendHeight(compact)}
              label={t('dossiers.trendChartLabel', {
                scope,
                rate: t(`dossiers.rate.${rate}.short`),
              })}
              testId="dossier-trend-chart"
              filtered={code === null}
            />
          </DescribedChart>
          <DossierTrendTable
            id={`${id}-table`}
            rows={trend.data}
            wholeRows={code === null && filtered ? whole.data : undefined}
            scope={scope}
            unit={code !== null}
          />
        </>
      )}
    </section>
  );
}
