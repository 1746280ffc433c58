import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { groupGaps, type GroupGap, type Standing } from './profile-model.ts';

interface ProfileGapsProps {
  readonly standing: Standing | null;
}

/** Strengths and weaknesses in plain words: each group's gap to the province median. */
export function ProfileGaps(props: ProfileGapsProps) {
  return (
    <ErrorBoundary scope="panel">
      <ProfileGapsBody {...props} />
    </ErrorBoundary>
  );
}

function ProfileGapsBody({ standing }: ProfileGapsProps) {
  const { t, format } = useI18n();
  if (standing === null) return null;
  const gaps = groupGaps(standing.month);
  const weakest = gaps[0];
  const strongest = gaps.at(-1);
  const below = gaps.filter((gap) => gap.points < 0).slice(0, 2);

  const sentence = (gap: GroupGap) => {
    const params = {
      group: t(`group.${gap.key}`),
      points: format.decimal(Math.abs(gap.points), 1),
      share: format.percent(Math.abs(gap.share), 0),
    };
    if (gap.points < 0) return t('profile.gapBelow', params);
    if (gap.points > 0) return t('profile.gapAbove', params);
    return t('profile.gapEqual', params);
  };
  const tag = (gap: GroupGap) => {
    if (gap === weakest && gap.points < 0) return t('profile.gapWorst');
    if (gap === strongest && gap.points > 0) return t('profile.gapBest');
    return null;
  };

  return (
    <section className="profile-section profile-gaps" aria-labelledby="profile-gaps-heading">
      <h3 id="profile-gaps-heading">
        {t('profile.gapsHeading', { month: format.month(standing.month.period) })}
      </h3>
      <ol className="profile-gap-list" data-testid="profile-gaps">
        {gaps.map((gap) => {
          const label = tag(gap);
          return (
            <li key={gap.key} className={gap.points < 0 ? 'gap-below' : 'gap-above'}>
              <span className="gap-track" aria-hidden="true">
                <span
                  className="gap-bar"
                  style={{ width: `${String(Math.min(50, Math.abs(gap.share) * 150))}%` }}
                />
              </span>
              <span>
                {sentence(gap)}
                {label === null ? null : <strong> — {label}</strong>}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="profile-fix">
        {below.length === 0
          ? t('profile.fixNone')
          : t('profile.fixHint', {
              groups: below.map((gap) => t(`group.${gap.key}`)).join(', '),
            })}
      </p>
      <p className="note">{t('profile.gapsMethod')}</p>
    </section>
  );
}
