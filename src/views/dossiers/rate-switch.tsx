import {
  ON_TIME_RATE_KINDS,
  onTimeRate,
  type OnTimeRateKind,
  type OutcomeBuckets,
} from '../../data/on-time-rates.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { ShareValue } from '../../components/share-value.tsx';

interface RateSwitchProps {
  readonly rate: OnTimeRateKind;
  readonly onChange: (rate: OnTimeRateKind) => void;
  /** The shown units' buckets added up: both rates are given for them, with their n. */
  readonly total: OutcomeBuckets | null;
}

/**
 * The switch between the two on-time rates, each named with its definition and its value over
 * the units shown, so the reader always knows which rate a figure is.
 */
export function RateSwitch({ rate, onChange, total }: RateSwitchProps) {
  const { t } = useI18n();
  return (
    <fieldset className="rate-switch" data-testid="rate-switch">
      <legend>{t('dossiers.rate.switch')}</legend>
      {ON_TIME_RATE_KINDS.map((kind) => (
        <div key={kind} className={kind === rate ? 'rate-option rate-active' : 'rate-option'}>
          <button
            type="button"
            aria-pressed={kind === rate}
            onClick={() => {
              onChange(kind);
            }}
          >
            {t(`dossiers.rate.${kind}.name`)}
          </button>
          <p className="rate-definition">{t(`dossiers.rate.${kind}.definition`)}</p>
          {total === null ? null : (
            <p className="rate-total" data-testid={`rate-total-${kind}`}>
              <ShareValue share={onTimeRate(kind, total)} />
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
