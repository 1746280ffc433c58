import { sourceLabel } from '../../charts/source-label.ts';
import { useProvenance } from '../../components/data-status.ts';
import {
  FormerDistrictName,
  VietnameseName,
  WithVietnameseNames,
} from '../../components/vietnamese-name.tsx';
import { splitFormerDistricts } from '../../data/former-districts.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { isVietnamese } from '../../i18n/vietnamese-names.ts';
import type { CommuneScoreRow } from '../../queries/questions.ts';
import type { UnitRow } from '../../queries/questions.ts';
import type { Standing } from './profile-model.ts';
import { signedDecimal } from './sign.ts';

interface ProfileHeaderProps {
  readonly unit: UnitRow;
  readonly standing: Standing | null;
  /** The latest month of the data (for the data date), whether or not the unit has a score. */
  readonly latest: CommuneScoreRow | undefined;
}

/** Name, type, former districts, area, population, and the latest score, rank and change. */
export function ProfileHeader({ unit, standing, latest }: ProfileHeaderProps) {
  const { t, format } = useI18n();
  // The header's figures (total, rank, change) are the index scores.
  const provenance = useProvenance('index_scores');
  const source = sourceLabel(provenance, t);
  const districts = splitFormerDistricts(unit.formerDistrict);
  const places = (change: number) =>
    change > 0
      ? t('profile.placesUp', { count: change })
      : change < 0
        ? t('profile.placesDown', { count: -change })
        : t('profile.placesSame');
  const change =
    standing?.scoreChange == null || standing.placesChange === null
      ? t('profile.noPrevious')
      : t('profile.summaryChange', {
          score: signedDecimal(format, standing.scoreChange),
          places: places(standing.placesChange),
        });

  return (
    <header className="profile-header">
      <div className="profile-title">
        <h2 id="profile-heading">
          {t(`type.${unit.type}`)} <VietnameseName>{unit.name}</VietnameseName>
        </h2>
        {source === null ? null : (
          <span
            className={provenance.synthetic ? 'profile-sample' : 'profile-source-file'}
            data-testid="profile-source"
          >
            {source}
          </span>
        )}
      </div>
      <dl className="profile-facts">
        <div>
          <dt>{t('profile.code')}</dt>
          <dd>{unit.code}</dd>
        </div>
        <div>
          <dt>{t('profile.formerDistrict')}</dt>
          <dd>
            {districts.map((name) => (
              <span key={name} className="profile-district">
                <FormerDistrictName text={name} />
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('profile.area')}</dt>
          <dd>
            {unit.areaKm2 === null
              ? t('profile.areaUnknown')
              : t('profile.areaValue', { value: format.decimal(unit.areaKm2) })}
          </dd>
        </div>
        <div>
          <dt>{t('profile.population')}</dt>
          <dd data-testid="profile-population">
            {unit.population === null
              ? t('profile.populationUnknown')
              : t('profile.populationValue', { value: format.integer(unit.population) })}
            {unit.population !== null && unit.populationSource !== null ? (
              <small className="profile-source">
                {' '}
                (
                <WithVietnameseNames
                  text={t('profile.populationSource', { source: unit.populationSource })}
                  names={isVietnamese(unit.populationSource) ? [unit.populationSource] : []}
                />
                )
              </small>
            ) : null}
          </dd>
        </div>
      </dl>
      {standing === null ? null : (
        <dl className="profile-kpis" data-testid="profile-kpis">
          <div>
            <dt>
              {t('profile.totalLabel')} · {format.month(standing.month.period)}
            </dt>
            <dd className="profile-kpi">
              {format.decimal(standing.month.total)}
              <small>/100</small>
            </dd>
          </div>
          <div>
            <dt>{t('profile.rankLabel')}</dt>
            <dd className="profile-kpi" data-testid="profile-rank">
              {format.integer(standing.month.rank)}
              <small>/{format.integer(standing.month.rankedCount)}</small>
            </dd>
          </div>
          <div>
            <dt>{t('profile.changeLabel')}</dt>
            <dd className="profile-change">
              {standing.scoreChange === null || standing.placesChange === null ? (
                t('profile.noPrevious')
              ) : (
                <>
                  <span>
                    {t('profile.points', { value: signedDecimal(format, standing.scoreChange) })}
                  </span>
                  <span>{places(standing.placesChange)}</span>
                </>
              )}
            </dd>
          </div>
        </dl>
      )}
      {latest === undefined ? null : standing === null ? (
        <p className="profile-warning">
          <WithVietnameseNames
            text={t('profile.noScore', { name: unit.name, month: format.month(latest.period) })}
            names={[unit.name]}
          />
        </p>
      ) : (
        <p className="summary" data-testid="profile-summary">
          <WithVietnameseNames
            text={`${t('profile.summary', {
              month: format.month(standing.month.period),
              name: unit.name,
              total: format.decimal(standing.month.total),
              rank: standing.month.rank,
              count: standing.month.rankedCount,
              change,
            })}${
              standing.isLatest
                ? ''
                : ` ${t('profile.noScore', { name: unit.name, month: format.month(latest.period) })}`
            }`}
            names={[unit.name]}
          />
        </p>
      )}
      {latest === undefined ? null : (
        <p className="note" data-testid="profile-data-date">
          {t('profile.dataDate', {
            month: format.month(latest.period),
            date: format.date(latest.snapshotDate),
          })}
        </p>
      )}
    </header>
  );
}
