import type { Share } from '../data/on-time-rates.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import './share-value.css';

interface ShareValueProps {
  readonly share: Share;
  readonly digits?: number;
}

/**
 * A rate or share with its n (visible and on hover) and an "n nhỏ" badge under 20 (see
 * `SMALL_COUNT`); "—" when there is no denominator.
 */
export function ShareValue({ share, digits = 2 }: ShareValueProps) {
  const { t, format } = useI18n();
  const n = t('share.n', { n: format.integer(share.denominator) });
  return (
    <span className={share.small ? 'rate small-n' : 'rate'} title={n}>
      {format.percent(share.ratio, digits)} <span className="rate-n">({n})</span>
      {share.small ? (
        <>
          {' '}
          <span className="badge-small" title={t('share.smallHint')}>
            {t('share.small')}
          </span>
        </>
      ) : null}
    </span>
  );
}
