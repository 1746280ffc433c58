import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo } from 'react';
import {
  buildCommuneActivityOption,
  type ActivityChartInput,
} from '../../charts/build-commune-activity-option.ts';
import { lightTheme } from '../../charts/theme.ts';
import { ErrorDetails } from '../../components/error-details.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { type CommuneActivityRow } from '../../queries/questions.ts';
import type { UnitRow } from '../../queries/questions.ts';
import { ActivityBlock } from './activity-block.tsx';

interface ProfileActivityProps {
  readonly unit: UnitRow;
  readonly synthetic: boolean;
}

type Pick = (row: CommuneActivityRow) => number | null;
const RECEIVED_COLOUR = '#9fb8d1';

/** Dossiers and petitions at a glance: two small monthly trends, each linking to its full page. */
export function ProfileActivity({ unit, synthetic }: ProfileActivityProps) {
  const { t, format, locale } = useI18n();
  const activity = useQuestion(QUESTIONS.communeActivity, unit.code);
  const rows = activity.data;

  const charts = useMemo(() => {
    if (rows === undefined) return null;
    const ctx = { t, format, locale, theme: lightTheme, synthetic };
    const months = rows.map((row) => row.month);
    const build = (title: string, received: [string, Pick], other: [string, Pick, string]) => {
      if (!rows.some((row) => (received[1](row) ?? 0) > 0)) return null;
      const input: ActivityChartInput = {
        title,
        months,
        series: [
          { name: received[0], values: rows.map(received[1]), color: RECEIVED_COLOUR, kind: 'bar' },
          { name: other[0], values: rows.map(other[1]), color: other[2], kind: 'line' },
        ],
      };
      return {
        screen: buildCommuneActivityOption(input, ctx),
        print: buildCommuneActivityOption({ ...input, compact: true }, { ...ctx, static: true }),
      };
    };
    return {
      dossiers: build(
        t('profile.dossiersTitle'),
        [t('profile.dossiersReceived'), (row) => row.dossiersReceived],
        [t('profile.dossiersResolved'), (row) => row.dossiersResolved, '#0b5cad'],
      ),
      petitions: build(
        t('profile.petitionsTitle'),
        [t('profile.petitionsReceived'), (row) => row.petitionsReceived],
        [t('profile.petitionsPending'), (row) => row.petitionsPending, '#b3261e'],
      ),
    };
  }, [rows, t, format, locale, synthetic]);

  if (activity.isError) {
    return (
      <StatusMessage kind="error" title={t('query.failed')}>
        <ErrorDetails error={activity.error} summary={t('load.detail')} />
      </StatusMessage>
    );
  }
  if (rows === undefined || charts === null) {
    return <StatusMessage kind="loading" title={t('load.starting')} />;
  }
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
          link={{ view: 'dossiers', code: unit.code, label: t('profile.dossiersLink') }}
          testId="profile-dossiers"
        />
        <ActivityBlock
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
          link={{ view: 'petitions', code: unit.code, label: t('profile.petitionsLink') }}
          testId="profile-petitions"
        />
      </div>
    </section>
  );
}
