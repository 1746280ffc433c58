import { CommuneSearch } from '../../components/commune-search.tsx';
import { VietnameseName } from '../../components/vietnamese-name.tsx';
import { UNIT_TYPES } from '../../data/schema.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { UnitRow } from '../../queries/questions.ts';
import { AppLink } from '../../routing/app-link.tsx';
import { COMMUNE_SEARCH } from '../../state/page-search.ts';

interface UnitPickerProps {
  readonly units: readonly UnitRow[];
  readonly onSelect: (code: string) => void;
  /** The code asked for in the URL when it matches no unit (shown so the user knows why). */
  readonly unknownCode: string | null;
}

/** The profile's landing: a diacritic-insensitive search and every unit grouped by type. */
export function UnitPicker({ units, onSelect, unknownCode }: UnitPickerProps) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="profile-pick-heading">
      <h2 id="profile-pick-heading">{t('profile.pickTitle')}</h2>
      {unknownCode === null ? null : (
        <p className="profile-warning" role="status">
          {t('profile.unknownCode', { code: unknownCode })}
        </p>
      )}
      <p className="note">{t('profile.pickIntro')}</p>
      <div className="profile-pick-search">
        <CommuneSearch
          units={units}
          onSelect={onSelect}
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          testId="profile-search"
        />
      </div>
      <h3 className="profile-directory-heading">
        {t('profile.directory', { count: units.length })}
      </h3>
      <div className="profile-directory" data-testid="profile-directory">
        {UNIT_TYPES.map((type) => {
          const ofType = units.filter((unit) => unit.type === type);
          if (ofType.length === 0) return null;
          return (
            <section key={type} aria-labelledby={`profile-type-${type}`}>
              <h4 id={`profile-type-${type}`}>
                {t('profile.typeCount', { type: t(`type.${type}`), count: ofType.length })}
              </h4>
              <ul>
                {ofType.map((unit) => (
                  <li key={unit.code}>
                    <AppLink to={COMMUNE_SEARCH.to({ code: unit.code })}>
                      <VietnameseName>{unit.name}</VietnameseName>
                    </AppLink>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
