import { useMemo } from 'react';
import { buildRankingOption, rankingChartHeight } from '../../charts/build-ranking-option.ts';
import { summarizeRanking } from '../../charts/summarize-ranking.ts';
import { lightTheme } from '../../charts/theme.ts';
import { EChart } from '../../components/echart.tsx';
import { ErrorDetails } from '../../components/error-details.tsx';
import { MonthPicker } from '../../components/month-picker.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { usePeriods } from '../../queries/use-periods.ts';
import { useRanking } from '../../queries/use-ranking.ts';
import { useSearchParams } from '../../routing/use-search-params.ts';
import { parseMonth } from '../../state/route.ts';
import { RankingTable } from './ranking-table.tsx';

interface RankingViewProps {
  readonly synthetic: boolean;
}

/** All units ranked by total for one month: bar chart, text summary and table. */
export function RankingView({ synthetic }: RankingViewProps) {
  const { t, format, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const month = parseMonth(params.get('month'));
  const onMonthChange = (next: string) => {
    setParams({ month: next });
  };
  const periods = usePeriods();
  const months = periods.data ?? [];
  const latest = months.at(-1) ?? null;
  const selected = month !== null && months.includes(month) ? month : latest;
  const ranking = useRanking(selected === null ? null : { period: selected, metric: 'total' });

  // While a new month loads, the previous month's rows stay on screen, labelled with their own
  // month (ranking.data.period), never with the one being fetched.
  const option = useMemo(
    () =>
      ranking.data
        ? buildRankingOption(ranking.data, { t, format, locale, theme: lightTheme, synthetic })
        : null,
    [ranking.data, t, format, locale, synthetic],
  );

  if (periods.isError || ranking.isError) {
    return (
      <StatusMessage kind="error" title={t('query.failed')}>
        <ErrorDetails error={periods.error ?? ranking.error} summary={t('load.detail')} />
      </StatusMessage>
    );
  }
  if (selected === null && periods.isSuccess) {
    return <StatusMessage kind="empty" title={t('ranking.empty', { month: '—' })} />;
  }
  if (ranking.data === undefined || selected === null || option === null) {
    return <StatusMessage kind="loading" title={t('load.starting')} />;
  }

  const { rows, rankedCount, snapshotDate, period } = ranking.data;
  const monthLabel = format.month(period);
  const unranked = rows.length - rankedCount;
  return (
    <section className="panel" aria-labelledby="ranking-heading" aria-busy={ranking.isFetching}>
      <header className="panel-header">
        <h2 id="ranking-heading">
          {t('ranking.title', { count: rankedCount })} · {monthLabel}
        </h2>
        <MonthPicker months={months} value={selected} onChange={onMonthChange} />
      </header>
      <p className="summary" data-testid="ranking-summary">
        {summarizeRanking(rows, period, { t, format })}
      </p>
      <p className="note">
        {snapshotDate === null
          ? null
          : `${t('ranking.snapshot', { date: format.date(snapshotDate) })}. `}
        {t('ranking.ties')}
        {unranked > 0 ? ` ${t('ranking.unranked', { count: unranked })}` : null}
      </p>
      {rankedCount === 0 ? (
        <StatusMessage kind="empty" title={t('ranking.empty', { month: monthLabel })} />
      ) : (
        <EChart
          option={option}
          height={rankingChartHeight(rankedCount)}
          label={t('ranking.chartLabel', { count: rankedCount, month: monthLabel })}
          testId="ranking-chart"
        />
      )}
      <details className="table-toggle" open>
        <summary>{t('ranking.tableHeading')}</summary>
        <RankingTable
          rows={rows}
          rankedCount={rankedCount}
          caption={t('ranking.tableCaption', { count: rows.length, month: monthLabel })}
        />
      </details>
    </section>
  );
}
