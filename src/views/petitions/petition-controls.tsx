import { useId } from 'react';
import {
  PETITION_CHART_MODES,
  PETITION_MEASURES,
} from '../../charts/build-petition-units-option.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { SearchPatch } from '../../state/route.ts';
import { PETITION_SORTS, SORT_ORDERS, type PetitionState } from './petition-state.ts';

interface PetitionControlsProps {
  readonly state: PetitionState;
  readonly onChange: (patch: SearchPatch) => void;
}

/** Split (topic/outcome), measure (count/per 10,000), sort and order: all in the URL. */
export function PetitionControls({ state, onChange }: PetitionControlsProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="view-controls">
      <label htmlFor={`${id}-split`}>{t('petitions.chartMode')}</label>
      <select
        id={`${id}-split`}
        value={state.split}
        onChange={(event) => {
          onChange({ split: event.target.value });
        }}
      >
        {PETITION_CHART_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(mode === 'topics' ? 'petitions.modeTopics' : 'petitions.modeOutcomes')}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-measure`}>{t('petitions.measureLabel')}</label>
      <select
        id={`${id}-measure`}
        value={state.measure}
        onChange={(event) => {
          onChange({ measure: event.target.value });
        }}
      >
        {PETITION_MEASURES.map((measure) => (
          <option key={measure} value={measure}>
            {t(`petitions.measure.${measure}`)}
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
        {PETITION_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`petitions.sort.${sort}`)}
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
