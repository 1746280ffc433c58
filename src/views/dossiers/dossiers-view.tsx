import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useId, useMemo } from 'react';
import { FoldOnPhone } from '../../components/fold-on-phone.tsx';
import { unitFilterWords } from '../../charts/export-provenance.ts';
import { ExportScopeContext, type ExportScope } from '../../components/export-context.ts';
import { MonthPicker } from '../../components/month-picker.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { isStale, StaleNote, staleProps } from '../../components/stale-note.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { useAnnounceOnChange } from '../../components/announcer-context.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

import { usePageSearch } from '../../routing/use-search-params.ts';
import { unavailableMonths, unknownCodes } from '../../state/define-search.ts';
import { DOSSIER_SEARCH } from '../../state/page-search.ts';
import { DossierControls } from './dossier-controls.tsx';
import { DossierQualityPanel } from './dossier-quality-panel.tsx';
import { dossierState, sortDossierUnits } from './dossier-state.ts';
import { DossierTableSection } from './dossier-table-section.tsx';
import { DossierTrendPanel } from './dossier-trend-panel.tsx';
import { DossierUnitsChart } from './dossier-units-chart.tsx';
import { RateSwitch } from './rate-switch.tsx';
import { summarizeDossiers, totalCounts } from './summarize-dossiers.ts';
import { UnitFilters } from '../../components/unit-filters.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import './dossiers.css';

/** Dossiers per unit and month: both on-time rates, channels, trend, data quality. */
export function DossiersView() {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [search, setParams] = usePageSearch(DOSSIER_SEARCH);
  const id = useId();
  const state = dossierState(search.state);
  const months = useQuestion(QUESTIONS.dossierMonths);
  const districts = useQuestion(QUESTIONS.formerDistricts);
  const knownUnits = useQuestion(QUESTIONS.units).data;
  // A code no loaded unit has is said in the notice and dropped: the trend is the province's.
  const trendCode =
    knownUnits?.some((unit) => unit.code === state.code) === false ? null : state.code;
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
  // The whole table (no unit filter) for its download, asked only while a filter is set.
  const filtered = state.filter.type !== null || state.filter.district !== null;
  const wholeUnits = useQuestion(
    QUESTIONS.dossierUnits,
    month === null || !filtered ? null : { month, filter: { type: null, district: null } },
  );
  const wholeRows = useMemo(
    () =>
      filtered && wholeUnits.data !== undefined
        ? sortDossierUnits(wholeUnits.data, state.sort, state.order, state.rate)
        : undefined,
    [filtered, wholeUnits.data, state.sort, state.order, state.rate],
  );
  const scope = useQuestion(QUESTIONS.unitSummary).data ?? null;
  const { type, district } = state.filter;
  const exportScope = useMemo<ExportScope>(
    () => ({
      filters: unitFilterWords({ type, district }, i18n),
      scope,
      dataDate: month === null ? null : format.month(month),
      datasets: ['units', 'dossiers'],
    }),
    [type, district, i18n, scope, month, format],
  );
  // The chart builds its own option, inside its own error boundary.
  const chart = useMemo(
    () => (month === null ? null : { rows, month, rate: state.rate, mode: state.chart }),
    [rows, month, state.rate, state.chart],
  );

  useDocumentTitle(month === null ? null : format.month(month));
  // A filter's result, said once the rows for it are shown.
  useAnnounceOnChange(
    t('announce.shown', { count: rows.length }),
    units.data === undefined || units.isPlaceholderData
      ? null
      : `${state.filter.type ?? ''}|${state.filter.district ?? ''}`,
  );

  if (month === null || units.data === undefined || chart === null) {
    const empty = month === null && months.isSuccess;
    return (
      <QueryFallback
        queries={[months, units]}
        empty={empty ? t('dossiers.summaryEmpty', { month: '—' }) : null}
      />
    );
  }
  const monthLabel = format.month(month);
  const reported = rows.filter((row) => row.counts !== null).length;
  const sortLabel =
    state.sort === 'rate'
      ? t(`dossiers.rate.${state.rate}.short`)
      : t(`dossiers.sort.${state.sort}`);
  return (
    <ExportScopeContext.Provider value={exportScope}>
      <section
        {...staleProps(isStale([units]), 'panel dossiers')}
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
        <StaleNote stale={isStale([units])} />
        <UrlNotice
          months={unavailableMonths(search, ['month'], months.data)}
          shown={monthLabel}
          invalid={search.invalid}
          codes={unknownCodes(
            search,
            ['code'],
            knownUnits?.map((unit) => unit.code),
          )}
        />
        <p className="note">{t('dossiers.intro')}</p>
        <FoldOnPhone summary={t('dossiers.fold.filters')}>
          <UnitFilters
            filter={state.filter}
            districts={districts.data ?? []}
            onChange={setParams}
          />
          <RateSwitch
            rate={state.rate}
            onChange={(rate) => {
              setParams({ rate });
            }}
            total={totalCounts(rows)}
          />
        </FoldOnPhone>
        <p className="summary" id={`${id}-summary`} data-testid="dossiers-summary">
          <WithVietnameseNames
            text={summarizeDossiers(rows, month, state.rate, { t, format })}
            names={rows.map((row) => row.name)}
          />
        </p>
        <p className="note">{t('share.smallHint')}</p>
        <FoldOnPhone summary={t('dossiers.fold.chart')}>
          <DossierControls state={state} onChange={setParams} />
        </FoldOnPhone>
        {reported === 0 ? (
          <StatusMessage kind="empty" title={t('dossiers.summaryEmpty', { month: monthLabel })} />
        ) : (
          <DossierUnitsChart
            input={chart}
            reported={reported}
            summaryId={`${id}-summary`}
            tableId={`${id}-table`}
          />
        )}
        <DossierTableSection
          id={`${id}-table`}
          rows={rows}
          wholeRows={wholeRows}
          month={month}
          rate={state.rate}
          caption={t('dossiers.tableCaption', {
            count: rows.length,
            month: monthLabel,
            sort: sortLabel,
          })}
        />
      </section>
      <DossierTrendPanel
        filter={state.filter}
        code={trendCode}
        rate={state.rate}
        onChange={setParams}
      />
      <DossierQualityPanel />
    </ExportScopeContext.Provider>
  );
}
