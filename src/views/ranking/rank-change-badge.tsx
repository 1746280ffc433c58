import { memo } from 'react';
import { useI18n } from '../../i18n/i18n-context.ts';

interface RankChangeBadgeProps {
  /** Places gained (positive) or lost; null: no rank last month ("mới") or none this month. */
  readonly change: number | null;
  readonly ranked: boolean;
}

/**
 * ▲3 / ▼2 / = / "mới", with the full sentence for screen readers and as a tooltip. Memoised: a
 * switch redraws only the badges whose change is not the one shown.
 */
export const RankChangeBadge = memo(function RankChangeBadge({
  change,
  ranked,
}: RankChangeBadgeProps) {
  const { t } = useI18n();
  if (!ranked) return <span aria-hidden="true">—</span>;
  if (change === null) {
    return (
      <span className="rank-change rank-new" title={t('ranking.change.newTitle')}>
        {t('ranking.change.new')}
      </span>
    );
  }
  const label =
    change > 0
      ? t('ranking.change.up', { count: change })
      : change < 0
        ? t('ranking.change.down', { count: -change })
        : t('ranking.change.same');
  const symbol = change > 0 ? `▲${change}` : change < 0 ? `▼${-change}` : '=';
  const kind = change > 0 ? 'rank-up' : change < 0 ? 'rank-down' : 'rank-same';
  return (
    <span className={`rank-change ${kind}`} title={label}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
});
