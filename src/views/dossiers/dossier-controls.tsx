import { useId } from 'react';
import { DOSSIER_CHART_MODES } from '../../charts/build-dossier-units-option.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { SearchPatch } from '../../state/route.ts';
import { DOSSIER_SORTS, SORT_ORDERS, type DossierState } from './dossier-state.ts';

interface DossierControlsProps {
  readonly state: DossierState;
  readonly onChange: (patch: SearchPatch) => void;
}

/** Chart mode, sort key and order: labelled selects that write to the URL. */
export function DossierControls({ state, onChange }: DossierControlsProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="view-controls">
      <label htmlFor={`${id}-chart`}>{t('dossiers.chartMode')}</label>
      <select
        id={`${id}-chart`}
        value={state.chart}
        onChange={(event) => {
          onChange({ chart: event.target.value });
        }}
      >
        {DOSSIER_CHART_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(mode === 'outcomes' ? 'dossiers.chartOutcomes' : 'dossiers.chartChannels')}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-sort`}>{t('dossiers.sort')}</label>
      <select
        id={`${id}-sort`}
        value={state.sort}
        onChange={(event) => {
          onChange({ sort: event.target.value });
        }}
      >
        {DOSSIER_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {sort === 'rate' ? t(`dossiers.rate.${state.rate}.short`) : t(`dossiers.sort.${sort}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-order`}>{t('dossiers.order')}</label>
      <select
        id={`${id}-order`}
        value={state.order}
        onChange={(event) => {
          onChange({ order: event.target.value });
        }}
      >
        {SORT_ORDERS.map((order) => (
          <option key={order} value={order}>
            {t(`dossiers.order.${order}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
