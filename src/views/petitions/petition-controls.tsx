import { LabelledSelect } from '../../components/labelled-select.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { SORT_ORDERS } from '../../data/unit-order.ts';
import { PETITION_SORTS, type PetitionParams } from '../../state/page-search.ts';
import type { PetitionState } from './petition-state.ts';
import { PETITION_CHART_MODES, PETITION_MEASURES } from '../../charts/petition-series.ts';

interface PetitionControlsProps {
  readonly state: PetitionState;
  readonly onChange: (patch: Partial<PetitionParams>) => void;
}

/** Split (topic/outcome), measure (count/per 10,000), sort and order: all in the URL. */
export function PetitionControls({ state, onChange }: PetitionControlsProps) {
  const { t } = useI18n();
  return (
    <div className="view-controls">
      <LabelledSelect
        label={t('petitions.chartMode')}
        value={state.split}
        options={PETITION_CHART_MODES}
        optionLabel={(mode) =>
          t(mode === 'topics' ? 'petitions.modeTopics' : 'petitions.modeOutcomes')
        }
        onChange={(split) => {
          onChange({ split });
        }}
      />
      <LabelledSelect
        label={t('petitions.measureLabel')}
        value={state.measure}
        options={PETITION_MEASURES}
        optionLabel={(measure) => t(`petitions.measure.${measure}`)}
        onChange={(measure) => {
          onChange({ measure });
        }}
      />
      <LabelledSelect
        label={t('dossiers.sort')}
        value={state.sort}
        options={PETITION_SORTS}
        optionLabel={(sort) => t(`petitions.sort.${sort}`)}
        onChange={(sort) => {
          onChange({ sort });
        }}
      />
      <LabelledSelect
        label={t('dossiers.order')}
        value={state.order}
        options={SORT_ORDERS}
        optionLabel={(order) => t(`dossiers.order.${order}`)}
        onChange={(order) => {
          onChange({ order });
        }}
      />
    </div>
  );
}
