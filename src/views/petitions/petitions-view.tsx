import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo } from 'react';
import {
  buildPetitionUnitsOption,
  petitionUnitsChartHeight,
} from '../../charts/build-petition-units-option.ts';
import { lightTheme } from '../../charts/theme.ts';
import { EChart } from '../../components/echart.tsx';
import { ErrorDetails } from '../../components/error-details.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';

import { useSearchParams } from '../../routing/use-search-params.ts';
import { PeriodPicker } from './period-picker.tsx';
import { PetitionControls } from './petition-controls.tsx';
import { parsePetitionState, resolvePeriod, sortPetitionUnits } from './petition-state.ts';
import { PetitionTableSection } from './petition-table-section.tsx';
import { PetitionTrendPanel } from './petition-trend-panel.tsx';
import { ShareValue } from '../../components/share-value.tsx';
import { summarizePetitions, totalPetitions } from './summarize-petitions.ts';
import { UnitFilters } from '../../components/unit-filters.tsx';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';
import './petitions.css';
import { answeredShare } from '../../data/answered-share.ts';

interface PetitionsViewProps {
  readonly synthetic: boolean;
}

/** Voters' petitions per unit over a period: by topic or outcome, per 10,000 where known. */
export function PetitionsView({ synthetic }: PetitionsViewProps) {
  const { t, format, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = parsePetitionState(params);
  const compact = useNarrowScreen();
  const months = useQuestion(QUESTIONS.petitionMonths);
  const districts = useQuestion(QUESTIONS.formerDistricts);
  const list = months.data ?? [];
  const { sort, order } = state;
  const period = resolvePeriod({ from: state.from, to: state.to }, list);
  const filter = { type: state.filter.type, district: state.filter.district };
  const query = period === null ? null : { ...period, filter };
  const units = useQuestion(QUESTIONS.petitionUnits, query);
  const periodLabel =
    period === null
      ? '—'
      : period.from === period.to
        ? format.month(period.from)
        : `${format.month(period.from)} – ${format.month(period.to)}`;
  const { split, measure } = state;
  const { rows, option } = useMemo(() => {
    const sorted = sortPetitionUnits(units.data ?? [], sort, order);
    return {
      rows: sorted,
      option: buildPetitionUnitsOption(
        { rows: sorted, period: periodLabel, mode: split, measure, compact },
        { t, format, locale, theme: lightTheme, synthetic },
      ),
    };
  }, [units.data, sort, order, periodLabel, split, measure, compact, t, format, locale, synthetic]);

  if (months.isError || units.isError) {
    return (
      <StatusMessage kind="error" title={t('query.failed')}>
        <ErrorDetails error={months.error ?? units.error} summary={t('load.detail')} />
      </StatusMessage>
    );
  }
  if (period === null && months.isSuccess) {
    return <StatusMessage kind="empty" title={t('petitions.summaryEmpty', { period: '—' })} />;
  }
  if (period === null || query === null || units.data === undefined) {
    return <StatusMessage kind="loading" title={t('load.starting')} />;
  }
  const withPetitions = rows.filter((row) => row.counts !== null);
  const known = rows.filter((row) => row.population !== null).length;
  const drawn =
    state.measure === 'per10k'
      ? withPetitions.filter((row) => row.population !== null).length
      : withPetitions.length;
  const total = totalPetitions(rows);
  return (
    <>
      <section
        className="panel petitions"
        aria-labelledby="petitions-heading"
        aria-busy={units.isFetching}
      >
        <header className="panel-header">
          <h2 id="petitions-heading">{t('petitions.heading', { period: periodLabel })}</h2>
          <PeriodPicker months={list} from={period.from} to={period.to} onChange={setParams} />
        </header>
        <p className="note">
          {t('petitions.intro')} {t('petitions.taxonomyNote')}
        </p>
        <UnitFilters filter={state.filter} districts={districts.data ?? []} onChange={setParams} />
        <p className="summary" data-testid="petitions-summary">
          {summarizePetitions(rows, periodLabel, { t, format })}
        </p>
        {total === null ? null : (
          <p className="petition-total" data-testid="petitions-total">
            {t('petitions.total', {
              received: format.integer(total.received),
              pending: format.integer(total.pending),
            })}{' '}
            {t('petitions.answeredShare')}: <ShareValue share={answeredShare(total)} />
          </p>
        )}
        <p className="note">
          {t('petitions.answeredShareDefinition')}{' '}
          {t('petitions.per10kNote', { known, count: rows.length })}
        </p>
        <PetitionControls state={state} onChange={setParams} />
        {state.measure === 'per10k' ? (
          <p className="note" data-testid="per10k-chart-note">
            {t('petitions.per10kChartNote', {
              known: drawn,
              unknown: withPetitions.length - drawn,
            })}
          </p>
        ) : null}
        {drawn === 0 ? (
          <StatusMessage
            kind="empty"
            title={t('petitions.summaryEmpty', { period: periodLabel })}
          />
        ) : (
          <EChart
            option={option}
            height={petitionUnitsChartHeight(drawn, compact)}
            label={t('petitions.unitsChartLabel', {
              title: t(
                state.split === 'topics' ? 'petitions.chartTopics' : 'petitions.chartOutcomes',
              ),
              count: drawn,
              period: periodLabel,
              unit: t(`petitions.measure.${state.measure}`),
            })}
            testId="petition-units-chart"
          />
        )}
        <PetitionTableSection
          rows={rows}
          period={period}
          synthetic={synthetic}
          caption={t('petitions.tableCaption', {
            count: rows.length,
            period: periodLabel,
            sort: t(`petitions.sort.${state.sort}`),
          })}
        />
      </section>
      <PetitionTrendPanel params={query} synthetic={synthetic} />
    </>
  );
}
