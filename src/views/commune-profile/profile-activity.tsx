import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo } from 'react';
import {
  buildCommuneActivityOption,
  type ActivityChartInput,
} from '../../charts/build-commune-activity-option.ts';
import { ACTIVITY_COLORS } from '../../charts/activity-series.ts';
import type { ChartContext } from '../../charts/chart-context.ts';
import { activityTable } from '../../charts/profile-tables.ts';
import { summarizeActivity } from '../../charts/summarize-profile.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { type CommuneActivityRow } from '../../queries/questions.ts';
import type { UnitRow } from '../../queries/questions.ts';
import { DOSSIER_SEARCH, PETITION_SEARCH } from '../../state/page-search.ts';
import { ActivityBlock } from './activity-block.tsx';

interface ProfileActivityProps {
  readonly unit: UnitRow;
}

type Pick = (row: CommuneActivityRow) => number | null;

/** Dossiers and petitions at a glance: two small monthly trends, each linking to its full page. */
export function ProfileActivity(props: ProfileActivityProps) {
  return (
    <ErrorBoundary scope="panel">
      <ProfileActivityBody {...props} />
    </ErrorBoundary>
  );
}

function ProfileActivityBody({ unit }: ProfileActivityProps) {
  const { t, format } = useI18n();
  const dossierCtx = useChartContext('dossiers');
  const petitionCtx = useChartContext('petitions');
  const activity = useQuestion(QUESTIONS.communeActivity, unit.code);
  const rows = activity.data;

  const charts = useMemo(() => {
    if (rows === undefined) return null;
    const months = rows.map((row) => row.month);
    const build = (
      ctx: ChartContext,
      title: string,
      received: [string, Pick],
      other: [string, Pick, string],
    ) => {
      if (!rows.some((row) => (received[1](row) ?? 0) > 0)) return null;
      const input: ActivityChartInput = {
        title,
        months,
        series: [
          {
            name: received[0],
            values: rows.map(received[1]),
            color: ACTIVITY_COLORS.received,
            kind: 'bar',
          },
          { name: other[0], values: rows.map(other[1]), color: other[2], kind: 'line' },
        ],
      };
      return {
        // The image names the unit: a downloaded chart is read away from its page.
        screen: buildCommuneActivityOption({ ...input, title: `${title} · ${unit.name}` }, ctx),
        print: buildCommuneActivityOption({ ...input, compact: true }, { ...ctx, static: true }),
        summary: summarizeActivity(input, ctx),
        table: activityTable({ ...input, name: unit.name }, ctx),
      };
    };
    return {
      dossiers: build(
        dossierCtx,
        t('profile.dossiersTitle'),
        [t('profile.dossiersReceived'), (row) => row.dossiersReceived],
        [t('profile.dossiersResolved'), (row) => row.dossiersResolved, ACTIVITY_COLORS.resolved],
      ),
      petitions: build(
        petitionCtx,
        t('profile.petitionsTitle'),
        [t('profile.petitionsReceived'), (row) => row.petitionsReceived],
        [t('profile.petitionsPending'), (row) => row.petitionsPending, ACTIVITY_COLORS.pending],
      ),
    };
  }, [rows, t, dossierCtx, petitionCtx, unit.name]);

  if (rows === undefined || charts === null) return <QueryFallback queries={[activity]} />;
  const count = (value: number | null) => (value === null ? '—' : format.integer(value));
  const dossiers = rows.findLast((row) => row.dossiersReceived !== null);
  const petitions = rows.findLast((row) => row.petitionsReceived !== null);

  return (
    <section
      className="profile-section profile-activity"
      aria-labelledby="profile-activity-heading"
    >
      <h3 id="profile-activity-heading">{t('profile.activityHeading')}</h3>
      <div className="profile-activity-grid">
        <ActivityBlock
          name={unit.name}
          title={t('profile.dossiersTitle')}
          charts={charts.dossiers}
          none={t('profile.noDossiers')}
          latest={
            dossiers === undefined
              ? null
              : t('profile.dossiersLatest', {
                  month: format.month(dossiers.month),
                  received: count(dossiers.dossiersReceived),
                  resolved: count(dossiers.dossiersResolved),
                  late: count(dossiers.dossiersLate),
                })
          }
          link={{ to: DOSSIER_SEARCH.to({ code: unit.code }), label: t('profile.dossiersLink') }}
          testId="profile-dossiers"
          datasets={['units', 'dossiers']}
          fileName={`ho-so-${unit.code}`}
        />
        <ActivityBlock
          name={unit.name}
          title={t('profile.petitionsTitle')}
          charts={charts.petitions}
          none={t('profile.noPetitions')}
          latest={
            petitions === undefined
              ? null
              : t('profile.petitionsLatest', {
                  month: format.month(petitions.month),
                  received: count(petitions.petitionsReceived),
                  pending: count(petitions.petitionsPending),
                })
          }
          // The petitions page has no unit param: the link opens it for the whole province.
          link={{ to: PETITION_SEARCH.to(), label: t('profile.petitionsLink') }}
          testId="profile-petitions"
          datasets={['units', 'petitions']}
          fileName={`kien-nghi-${unit.code}`}
        />
      </div>
    </section>
  );
}
