import { LabelledSelect } from '../../components/labelled-select.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { SORT_ORDERS } from '../../data/unit-order.ts';
import { DOSSIER_SORTS, type DossierParams } from '../../state/page-search.ts';
import type { DossierState } from './dossier-state.ts';
import { DOSSIER_CHART_MODES } from '../../charts/dossier-series.ts';

interface DossierControlsProps {
  readonly state: DossierState;
  readonly onChange: (patch: Partial<DossierParams>) => void;
}

/** Chart mode, sort key and order: labelled selects that write to the URL. */
export function DossierControls({ state, onChange }: DossierControlsProps) {
  const { t } = useI18n();
  return (
    <div className="view-controls">
      <LabelledSelect
        label={t('dossiers.chartMode')}
        value={state.chart}
        options={DOSSIER_CHART_MODES}
        optionLabel={(mode) =>
          t(mode === 'outcomes' ? 'dossiers.chartOutcomes' : 'dossiers.chartChannels')
        }
        onChange={(chart) => {
          onChange({ chart });
        }}
      />
      <LabelledSelect
        label={t('dossiers.sort')}
        value={state.sort}
        options={DOSSIER_SORTS}
        optionLabel={(sort) =>
          sort === 'rate' ? t(`dossiers.rate.${state.rate}.short`) : t(`dossiers.sort.${sort}`)
        }
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
