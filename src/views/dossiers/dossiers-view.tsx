import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo } from 'react';
import {
  buildDossierUnitsOption,
  dossierUnitsChartHeight,
} from '../../charts/build-dossier-units-option.ts';
import { lightTheme } from '../../charts/theme.ts';
import { EChart } from '../../components/echart.tsx';
import { ErrorDetails } from '../../components/error-details.tsx';
import { MonthPicker } from '../../components/month-picker.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';

import { useSearchParams } from '../../routing/use-search-params.ts';
import { DossierControls } from './dossier-controls.tsx';
import { DossierQualityPanel } from './dossier-quality-panel.tsx';
import { parseDossierState, sortDossierUnits } from './dossier-state.ts';
import { DossierTableSection } from './dossier-table-section.tsx';
import { DossierTrendPanel } from './dossier-trend-panel.tsx';
import { RateSwitch } from './rate-switch.tsx';
import { summarizeDossiers, totalCounts } from './summarize-dossiers.ts';
import { UnitFilters } from '../../components/unit-filters.tsx';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';
import './dossiers.css';

interface DossiersViewProps {
  readonly synthetic: boolean;
}

/** Dossiers per unit and month: both on-time rates, channels, trend, data quality. */
export function DossiersView({ synthetic }: DossiersViewProps) {
  const { t, format, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = parseDossierState(params);
  const compact = useNarrowScreen();
  const months = useQuestion(QUESTIONS.dossierMonths);
  const districts = useQuestion(QUESTIONS.formerDistricts);
  const list = months.data ?? [];
  const month =
    state.month !== null && list.includes(state.month) ? state.month : (list.at(-1) ?? null);
  const units = useQuestion(
    QUESTIONS.dossierUnits,
    month === null ? null : { month, filter: state.filter },
  );
  const rows = useMemo(
    () => sortDossierUnits(units.data ?? [], state.sort, state.order, state.rate),
    [units.data, state.sort, state.order, state.rate],
  );
  const option = useMemo(
    () =>
      month === null
        ? null
        : buildDossierUnitsOption(
            { rows, month, rate: state.rate, mode: state.chart, compact },
            { t, format, locale, theme: lightTheme, synthetic },
          ),
    [rows, month, state.rate, state.chart, compact, t, format, locale, synthetic],
  );

  if (months.isError || units.isError) {
    return (
      <StatusMessage kind="error" title={t('query.failed')}>
        <ErrorDetails error={months.error ?? units.error} summary={t('load.detail')} />
      </StatusMessage>
    );
  }
  if (month === null && months.isSuccess) {
    return <StatusMessage kind="empty" title={t('dossiers.summaryEmpty', { month: '—' })} />;
  }
  if (month === null || units.data === undefined || option === null) {
    return <StatusMessage kind="loading" title={t('load.starting')} />;
  }
  const monthLabel = format.month(month);
  const reported = rows.filter((row) => row.counts !== null).length;
  const sortLabel =
    state.sort === 'rate'
      ? t(`dossiers.rate.${state.rate}.short`)
      : t(`dossiers.sort.${state.sort}`);
  return (
    <>
      <section
        className="panel dossiers"
        aria-labelledby="dossiers-heading"
        aria-busy={units.isFetching}
      >
        <header className="panel-header">
          <h2 id="dossiers-heading">{t('dossiers.heading', { month: monthLabel })}</h2>
          <MonthPicker
            months={list}
            value={month}
            onChange={(next) => {
              setParams({ month: next });
            }}
          />
        </header>
        <p className="note">{t('dossiers.intro')}</p>
        <UnitFilters filter={state.filter} districts={districts.data ?? []} onChange={setParams} />
        <RateSwitch
          rate={state.rate}
          onChange={(rate) => {
            setParams({ rate });
          }}
          total={totalCounts(rows)}
        />
        <p className="summary" data-testid="dossiers-summary">
          {summarizeDossiers(rows, month, state.rate, { t, format })}
        </p>
        <p className="note">{t('share.smallHint')}</p>
        <DossierControls state={state} onChange={setParams} />
        {reported === 0 ? (
          <StatusMessage kind="empty" title={t('dossiers.summaryEmpty', { month: monthLabel })} />
        ) : (
          <EChart
            option={option}
            height={dossierUnitsChartHeight(reported, compact)}
            label={t('dossiers.unitsChartLabel', {
              count: reported,
              month: monthLabel,
              title: t(
                state.chart === 'outcomes' ? 'dossiers.chartOutcomes' : 'dossiers.chartChannels',
              ),
            })}
            testId="dossier-units-chart"
          />
        )}
        <DossierTableSection
          rows={rows}
          month={month}
          rate={state.rate}
          synthetic={synthetic}
          caption={t('dossiers.tableCaption', {
            count: rows.length,
            month: monthLabel,
            sort: sortLabel,
          })}
        />
      </section>
      <DossierTrendPanel
        filter={state.filter}
        code={state.code}
        rate={state.rate}
        synthetic={synthetic}
        onChange={setParams}
      />
      <DossierQualityPanel />
    </>
  );
}
