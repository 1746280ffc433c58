import { useEffect, useId, useRef } from 'react';
import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { UnitFilters } from '../../components/unit-filters.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { RANKING_METRICS, type RankingMetric } from '../../data/ranking-metric.ts';
import { parseChoice } from '../../state/define-search.ts';
import { PANELS, SORTS, type Panel, type RankingParams } from '../../state/page-search.ts';
import type { SubIndicator } from '../../queries/questions.ts';
import type { RankingState } from './ranking-state.ts';

interface RankingControlsProps {
  readonly state: RankingState;
  readonly districts: readonly string[];
  /** The sub-indicators the data holds (none: no choice is shown). */
  readonly subIndicators?: readonly SubIndicator[];
  readonly onChange: (patch: Partial<RankingParams>) => void;
}

/** Metric, filters, sort and bands, each a labelled control writing to the URL. */
export function RankingControls({
  state,
  districts,
  subIndicators = [],
  onChange,
}: RankingControlsProps) {
  const { t } = useI18n();
  const id = useId();
  const metricLabel = (metric: RankingMetric) => {
    if (metric === 'total') return `${t('ranking.metric.total')} (100)`;
    const group = INDEX_GROUPS.find((entry) => entry.key === metric);
    return group === undefined ? metric : `${group.code} · ${t(`group.${metric}`)} (${group.max})`;
  };
  return (
    <div className="ranking-controls">
      <div className="control">
        <label htmlFor={`${id}-metric`}>{t('ranking.control.metric')}</label>
        <select
          id={`${id}-metric`}
          value={state.metric}
          onChange={(event) => {
            onChange({ metric: parseChoice(event.target.value, RANKING_METRICS, 'total') });
          }}
        >
          {RANKING_METRICS.map((metric) => (
            <option key={metric} value={metric}>
              {metricLabel(metric)}
            </option>
          ))}
        </select>
      </div>
      {subIndicators.length === 0 ? null : (
        <div className="control">
          <label htmlFor={`${id}-sub`}>{t('ranking.control.sub')}</label>
          <select
            id={`${id}-sub`}
            data-testid="ranking-sub"
            value={state.sub ?? ''}
            onChange={(event) => {
              onChange({ sub: event.target.value === '' ? null : event.target.value });
            }}
          >
            <option value="">{t('ranking.control.subNone')}</option>
            {INDEX_GROUPS.map((group) => {
              const subs = subIndicators.filter((sub) => sub.group === group.key);
              return subs.length === 0 ? null : (
                <optgroup key={group.key} label={`${group.code} · ${t(`group.${group.key}`)}`}>
                  {subs.map((sub) => (
                    // The portal's own Vietnamese names, as published, in either language.
                    <option key={sub.code} value={sub.code} lang="vi">
                      {`${sub.name} (${String(sub.maxScore)})`}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </div>
      )}
      <UnitFilters filter={state} districts={districts} onChange={onChange} />
      <div className="control">
        <label htmlFor={`${id}-sort`}>{t('ranking.control.sort')}</label>
        <select
          id={`${id}-sort`}
          value={state.sort}
          onChange={(event) => {
            onChange({ sort: parseChoice(event.target.value, SORTS, 'rank') });
          }}
        >
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`ranking.sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="control control-check">
        <input
          id={`${id}-bands`}
          type="checkbox"
          checked={state.bands}
          onChange={(event) => {
            onChange({ bands: event.target.checked });
          }}
        />
        <label htmlFor={`${id}-bands`}>{t('ranking.control.bands')}</label>
      </div>
    </div>
  );
}

interface PanelTabsProps {
  readonly panel: RankingState['panel'];
  readonly onChange: (patch: Partial<RankingParams>) => void;
  /**
   * Moves the focus to this panel's button once it is the one shown (a row's "So sánh" opened
   * it and disappeared with the table); a new `seq` is a new request.
   */
  readonly focusRequest?: { readonly panel: Panel; readonly seq: number } | null;
}

/** The four sub-views as toggle buttons (the choice is kept in `?panel=`). */
export function PanelTabs({ panel, onChange, focusRequest = null }: PanelTabsProps) {
  const { t } = useI18n();
  const buttons = useRef(new Map<Panel, HTMLButtonElement>());
  const handled = useRef(focusRequest?.seq ?? 0);
  useEffect(() => {
    if (focusRequest === null || focusRequest.seq === handled.current) return;
    if (focusRequest.panel !== panel) return;
    handled.current = focusRequest.seq;
    buttons.current.get(panel)?.focus();
  }, [focusRequest, panel]);
  return (
    <div className="panel-tabs" role="group" aria-label={t('ranking.control.panels')}>
      {PANELS.map((entry) => (
        <button
          key={entry}
          ref={(element) => {
            if (element === null) buttons.current.delete(entry);
            else buttons.current.set(entry, element);
          }}
          type="button"
          aria-pressed={entry === panel}
          onClick={() => {
            onChange({ panel: entry });
          }}
        >
          {t(`ranking.panel.${entry}`)}
        </button>
      ))}
    </div>
  );
}
