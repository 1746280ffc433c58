import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useId, useMemo } from 'react';
import { unitFilterWords } from '../../charts/export-provenance.ts';
import { ExportScopeContext, type ExportScope } from '../../components/export-context.ts';
import { FoldOnPhone } from '../../components/fold-on-phone.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { isStale, StaleNote, staleProps } from '../../components/stale-note.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useAnnounceOnChange } from '../../components/announcer-context.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

import { usePageSearch } from '../../routing/use-search-params.ts';
import { unavailableMonths } from '../../state/define-search.ts';
import { PETITION_SEARCH } from '../../state/page-search.ts';
import { PeriodPicker } from './period-picker.tsx';
import { PetitionControls } from './petition-controls.tsx';
import { petitionState, resolvePeriod, sortPetitionUnits } from './petition-state.ts';
import { PetitionTableSection } from './petition-table-section.tsx';
import { PetitionTrendPanel } from './petition-trend-panel.tsx';
import { PetitionUnitsChart } from './petition-units-chart.tsx';
import { ShareValue } from '../../components/share-value.tsx';
import { summarizePetitions, totalPetitions } from './summarize-petitions.ts';
import { UnitFilters } from '../../components/unit-filters.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import './petitions.css';
import { answeredShare } from '../../data/answered-share.ts';

/** Voters' petitions per unit over a period: by topic or outcome, per 10,000 where known. */
export function PetitionsView() {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [search, setParams] = usePageSearch(PETITION_SEARCH);
  const id = useId();
  const state = petitionState(search.state);
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
  // The chart builds its own option, inside its own error boundary.
  const { rows, chart } = useMemo(() => {
    const sorted = sortPetitionUnits(units.data ?? [], sort, order);
    return { rows: sorted, chart: { rows: sorted, period: periodLabel, mode: split, measure } };
  }, [units.data, sort, order, periodLabel, split, measure]);

  // The whole table (no unit filter) for its download, asked only while a filter is set.
  const filtered = filter.type !== null || filter.district !== null;
  const whole = useQuestion(
    QUESTIONS.petitionUnits,
    period === null || !filtered ? null : { ...period, filter: { type: null, district: null } },
  );
  const wholeRows = useMemo(
    () =>
      filtered && whole.data !== undefined ? sortPetitionUnits(whole.data, sort, order) : undefined,
    [filtered, whole.data, sort, order],
  );
  const scope = useQuestion(QUESTIONS.unitSummary).data ?? null;
  const exportScope = useMemo<ExportScope>(
    () => ({
      filters: unitFilterWords({ type: filter.type, district: filter.district }, i18n),
      scope,
      dataDate: period === null ? null : periodLabel,
      datasets: ['units', 'petitions'],
    }),
    [filter.type, filter.district, i18n, scope, period, periodLabel],
  );

  useDocumentTitle(period === null ? null : periodLabel);
  // A filter's result, said once the rows for it are shown.
  useAnnounceOnChange(
    t('announce.shown', { count: rows.length }),
    units.data === undefined || units.isPlaceholderData
      ? null
      : `${filter.type ?? ''}|${filter.district ?? ''}`,
  );

  if (period === null || query === null || units.data === undefined) {
    const empty = period === null && months.isSuccess;
    return (
      <QueryFallback
        queries={[months, units]}
        empty={empty ? t('petitions.summaryEmpty', { period: '—' }) : null}
      />
    );
  }
  const withPetitions = rows.filter((row) => row.counts !== null);
  const known = rows.filter((row) => row.population !== null).length;
  const drawn =
    state.measure === 'per10k'
      ? withPetitions.filter((row) => row.population !== null).length
      : withPetitions.length;
  const total = totalPetitions(rows);
  return (
    <ExportScopeContext.Provider value={exportScope}>
      <section
        {...staleProps(isStale([units]), 'panel petitions')}
        aria-labelledby="petitions-heading"
        aria-busy={units.isFetching}
      >
        <header className="panel-header">
          <h2 id="petitions-heading">{t('petitions.heading', { period: periodLabel })}</h2>
          <PeriodPicker months={list} from={period.from} to={period.to} onChange={setParams} />
        </header>
        <StaleNote stale={isStale([units])} />
        <UrlNotice
          months={unavailableMonths(search, ['from', 'to'], months.data)}
          shown={periodLabel}
          invalid={search.invalid}
        />
        <p className="note">
          {t('petitions.intro')} {t('petitions.taxonomyNote')}
        </p>
        <FoldOnPhone summary={t('petitions.fold.filters')}>
          <UnitFilters
            filter={state.filter}
            districts={districts.data ?? []}
            onChange={setParams}
          />
        </FoldOnPhone>
        <p className="summary" id={`${id}-summary`} data-testid="petitions-summary">
          <WithVietnameseNames
            text={summarizePetitions(rows, periodLabel, { t, format })}
            names={rows.map((row) => row.name)}
          />
        </p>
        {total === null ? null : (
          <p className="petition-total" data-testid="petitions-total">
            {t('petitions.total', {
              count: total.received,
              pending: format.integer(total.pending),
            })}{' '}
            {t('petitions.answeredShare')}: <ShareValue share={answeredShare(total)} />
          </p>
        )}
        <FoldOnPhone summary={t('petitions.fold.controls')}>
          <p className="note">
            {t('petitions.answeredShareDefinition')}{' '}
            {t('petitions.per10kNote', { known, count: rows.length })}
          </p>
          <PetitionControls state={state} onChange={setParams} />
        </FoldOnPhone>
        {state.measure === 'per10k' ? (
          <p className="note" data-testid="per10k-chart-note">
            {t('petitions.per10kChartNote', {
              known: t('count.units', { count: drawn }),
              unknown: t('count.units', { count: withPetitions.length - drawn }),
            })}
          </p>
        ) : null}
        {drawn === 0 ? (
          <StatusMessage
            kind="empty"
            title={t('petitions.summaryEmpty', { period: periodLabel })}
          />
        ) : (
          <PetitionUnitsChart
            input={chart}
            drawn={drawn}
            summaryId={`${id}-summary`}
            tableId={`${id}-table`}
          />
        )}
        <PetitionTableSection
          id={`${id}-table`}
          rows={rows}
          wholeRows={wholeRows}
          period={period}
          caption={t('petitions.tableCaption', {
            count: rows.length,
            period: periodLabel,
            sort: t(`petitions.sort.${state.sort}`),
          })}
        />
      </section>
      <PetitionTrendPanel params={query} />
    </ExportScopeContext.Provider>
  );
}
