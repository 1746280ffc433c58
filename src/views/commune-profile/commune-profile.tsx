import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo } from 'react';
import { appTitle, sourcesLine } from '../../charts/page-labels.ts';
import { CommuneSearch } from '../../components/commune-search.tsx';
import { ExportScopeContext, type ExportScope } from '../../components/export-context.ts';
import { useDatasetProvenance } from '../../components/data-status.ts';
import { QueryFallback } from '../../components/query-state.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';

import type { UnitRow } from '../../queries/questions.ts';
import { ProfileActivity } from './profile-activity.tsx';
import { ProfileGaps } from './profile-gaps.tsx';
import { ProfileHeader } from './profile-header.tsx';
import { joinProfileMonths, latestStanding } from './profile-model.ts';
import { ProfileMetrics } from './profile-metrics.tsx';
import { ProfileMonthTable } from './profile-month-table.tsx';
import { ProfilePeers } from './profile-peers.tsx';
import { ProfileTrends } from './profile-trends.tsx';

interface CommuneProfileProps {
  readonly unit: UnitRow;
  readonly units: readonly UnitRow[];
  readonly onSelect: (code: string) => void;
}

/** One unit's page: header, month-by-month trends, gaps, dossiers and petitions, peers. */
export function CommuneProfile({ unit, units, onSelect }: CommuneProfileProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const provenance = useDatasetProvenance();
  const scope = useQuestion(QUESTIONS.unitSummary).data ?? null;
  const scores = useQuestion(QUESTIONS.communeScores, unit.code);
  const quartiles = useQuestion(QUESTIONS.provinceQuartiles);
  const months = useMemo(
    () =>
      scores.data && quartiles.data ? joinProfileMonths(scores.data, quartiles.data) : undefined,
    [scores.data, quartiles.data],
  );
  const standing = useMemo(() => (months ? latestStanding(months) : null), [months]);
  const latest = scores.data?.at(-1);
  const latestPeriod = latest?.period ?? null;
  const exportScope = useMemo<ExportScope>(
    () => ({
      filters: [],
      scope,
      dataDate: latestPeriod === null ? null : i18n.format.month(latestPeriod),
      datasets: ['units', 'index_scores', 'dossiers', 'petitions'],
    }),
    [scope, latestPeriod, i18n.format],
  );

  return (
    <ExportScopeContext.Provider value={exportScope}>
      <article className="profile" aria-labelledby="profile-heading" data-code={unit.code}>
        <div className="profile-toolbar">
          <CommuneSearch
            units={units}
            onSelect={onSelect}
            label={t('profile.searchOther')}
            placeholder={t('search.placeholder')}
            testId="profile-search"
          />
          <button
            type="button"
            onClick={() => {
              window.print();
            }}
          >
            {t('profile.print')}
          </button>
        </div>
        <ProfileHeader unit={unit} standing={standing} latest={latest} />
        {months === undefined ? (
          <QueryFallback queries={[scores, quartiles]} />
        ) : (
          <div className="profile-body">
            <ProfileTrends name={unit.name} months={months} />
            <ProfileGaps standing={standing} />
            <ProfileActivity unit={unit} />
            <ProfilePeers unit={unit} total={units.length} />
            <section
              className="profile-section profile-table"
              aria-labelledby="profile-table-heading"
            >
              <details className="table-toggle profile-table-toggle" open>
                <summary id="profile-table-heading">{t('profile.tableHeading')}</summary>
                <ProfileMonthTable name={unit.name} months={months} />
              </details>
            </section>
            <ProfileMetrics unit={unit} month={standing?.month.period ?? null} />
          </div>
        )}
        {scope === null ? null : (
          <p className="profile-print-footer">
            <WithVietnameseNames
              text={t('profile.printFooter', {
                title: appTitle(scope, i18n),
                source: sourcesLine(provenance, scope, i18n),
              })}
              names={scope.provinces}
            />
          </p>
        )}
      </article>
    </ExportScopeContext.Provider>
  );
}
