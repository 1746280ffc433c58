import { useId, useMemo } from 'react';
import {
  buildProfileGroupsOption,
  profileGroupsChartHeight,
} from '../../charts/build-profile-groups-option.ts';
import {
  buildProfileRankOption,
  PROFILE_RANK_CHART_HEIGHT,
} from '../../charts/build-profile-rank-option.ts';
import { profileGroupsTables, profileRankTable } from '../../charts/profile-tables.ts';
import { summarizeProfileGroups, summarizeProfileRank } from '../../charts/summarize-profile.ts';
import { ChartTableAlternative } from '../../components/chart-table-alternative.tsx';
import { WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { PRINT_SIZES, PrintCopy } from './print-copy.tsx';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';
import type { ProfileTrendMonth } from '../../charts/profile-series.ts';

interface ProfileTrendsProps {
  readonly name: string;
  readonly months: readonly ProfileTrendMonth[];
}

/** Total and rank history and the six groups against the province band (screen and print). */
export function ProfileTrends(props: ProfileTrendsProps) {
  return (
    <ErrorBoundary scope="panel">
      <ProfileTrendsBody {...props} />
    </ErrorBoundary>
  );
}

function ProfileTrendsBody({ name, months }: ProfileTrendsProps) {
  const { t, format } = useI18n();
  const ctx = useChartContext('index_scores');
  const id = useId();
  const columns = useNarrowScreen() ? 2 : 3;
  const options = useMemo(() => {
    const still = { ...ctx, static: true };
    return {
      rank: buildProfileRankOption({ name, months, height: PROFILE_RANK_CHART_HEIGHT }, ctx),
      groups: buildProfileGroupsOption({ name, months, columns }, ctx),
      printRank: buildProfileRankOption(
        { name, months, height: PRINT_SIZES.rankHeight, compact: true },
        still,
      ),
      printGroups: buildProfileGroupsOption(
        { name, months, columns: 3, panelHeight: PRINT_SIZES.groupPanelHeight, compact: true },
        still,
      ),
    };
  }, [name, months, columns, ctx]);
  const alternatives = useMemo(() => {
    const text = { t, format };
    return {
      rankSummary: summarizeProfileRank({ name, months }, text),
      rankTable: [profileRankTable({ name, months }, text)],
      groupsSummary: summarizeProfileGroups({ name, months }, text),
      groupsTables: profileGroupsTables({ name, months }, text),
    };
  }, [name, months, t, format]);
  const rankLabel = t('profile.rankChartLabel', { name, count: months.length });
  const groupsLabel = t('profile.groupsChartLabel', { name });

  return (
    <section className="profile-section profile-trends" aria-labelledby="profile-trends-heading">
      <h3 id="profile-trends-heading">{t('profile.trendsHeading')}</h3>
      <div className="profile-screen-only">
        <p className="summary" id={`${id}-rank-summary`} data-testid="profile-rank-summary">
          <WithVietnameseNames text={alternatives.rankSummary} names={[name]} />
        </p>
        <DescribedChart
          summaryId={`${id}-rank-summary`}
          tableId={`${id}-rank-table`}
          name="profile-rank"
        >
          <EChart
            option={options.rank}
            height={PROFILE_RANK_CHART_HEIGHT}
            label={rankLabel}
            testId="profile-rank-chart"
          />
        </DescribedChart>
        <ChartTableAlternative
          id={`${id}-rank-table`}
          tables={alternatives.rankTable}
          names={[name]}
          name={t('profile.rankChartTitle')}
          testId="profile-rank-table"
          datasets={['units', 'index_scores']}
        />
        <p className="summary" id={`${id}-groups-summary`} data-testid="profile-groups-summary">
          <WithVietnameseNames text={alternatives.groupsSummary} names={[name]} />
        </p>
        <DescribedChart
          summaryId={`${id}-groups-summary`}
          tableId={`${id}-groups-table`}
          name="profile-groups"
        >
          <EChart
            option={options.groups}
            height={profileGroupsChartHeight(columns)}
            label={groupsLabel}
            testId="profile-groups-chart"
          />
        </DescribedChart>
        <ChartTableAlternative
          id={`${id}-groups-table`}
          tables={alternatives.groupsTables}
          names={[name]}
          name={t('profile.groupsChartTitle')}
          testId="profile-groups-table"
          datasets={['units', 'index_scores']}
        />
      </div>
      <PrintCopy size="print-rank" title={t('profile.rankChartTitle')}>
        <EChart
          option={options.printRank}
          height={PRINT_SIZES.rankHeight}
          label={rankLabel}
          downloads={false}
        />
      </PrintCopy>
      <PrintCopy size="print-groups" title={t('profile.groupsChartTitle')}>
        <EChart
          option={options.printGroups}
          height={profileGroupsChartHeight(3, PRINT_SIZES.groupPanelHeight, true)}
          label={groupsLabel}
          downloads={false}
        />
      </PrintCopy>
      <p className="note profile-method">{t('profile.method')}</p>
    </section>
  );
}
