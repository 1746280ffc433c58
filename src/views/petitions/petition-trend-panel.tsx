import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useMemo } from 'react';
import {
  buildPetitionTrendOption,
  petitionTrendHeight,
} from '../../charts/build-petition-trend-option.ts';
import { lightTheme } from '../../charts/theme.ts';
import { EChart } from '../../components/echart.tsx';
import { ErrorDetails } from '../../components/error-details.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';

import type { PetitionUnitsParams } from '../../queries/questions.ts';
import { ShareValue } from '../../components/share-value.tsx';
import { summarizePetitionTrend } from './summarize-petitions.ts';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';
import { answeredShare } from '../../data/answered-share.ts';
import { PETITION_OUTCOMES } from '../../charts/petition-series.ts';

interface PetitionTrendPanelProps {
  readonly params: PetitionUnitsParams;
  readonly synthetic: boolean;
}

/** Month over month: petitions by outcome and the answered share, for the filtered units. */
export function PetitionTrendPanel({ params, synthetic }: PetitionTrendPanelProps) {
  const { t, format, locale } = useI18n();
  const filtered = params.filter.type !== null || params.filter.district !== null;
  const scope = t(filtered ? 'dossiers.scopeFiltered' : 'dossiers.scopeProvince');
  const trend = useQuestion(QUESTIONS.petitionTrend, params);
  const compact = useNarrowScreen();
  const option = useMemo(
    () =>
      trend.data
        ? buildPetitionTrendOption(
            { rows: trend.data, scope, compact },
            { t, format, locale, theme: lightTheme, synthetic },
          )
        : null,
    [trend.data, scope, compact, t, format, locale, synthetic],
  );
  if (trend.isError) {
    return (
      <StatusMessage kind="error" title={t('query.failed')}>
        <ErrorDetails error={trend.error} summary={t('load.detail')} />
      </StatusMessage>
    );
  }
  const rows = trend.data ?? [];
  return (
    <section
      className="panel"
      aria-labelledby="petition-trend-heading"
      data-testid="petition-trend"
    >
      <h2 id="petition-trend-heading">{t('petitions.trendTitle', { scope })}</h2>
      <p className="summary" data-testid="petition-trend-summary">
        {summarizePetitionTrend(rows, scope, { t, format })}
      </p>
      {option === null ? (
        <StatusMessage kind="loading" title={t('load.starting')} />
      ) : (
        <EChart
          option={option}
          height={petitionTrendHeight(compact)}
          label={t('petitions.trendChartLabel', { scope })}
          testId="petition-trend-chart"
        />
      )}
      <details className="table-toggle">
        <summary>{t('petitions.trendTableHeading')}</summary>
        <div className="table-scroll">
          <table className="data-table" data-testid="petition-trend-table">
            <caption>{t('petitions.trendCaption', { scope })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('petitions.column.month')}</th>
                <th scope="col" className="numeric">
                  {t('petitions.column.received')}
                </th>
                {PETITION_OUTCOMES.map((outcome) => (
                  <th key={outcome} scope="col" className="numeric">
                    {t(`petitions.outcome.${outcome}`)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('petitions.answeredShare')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{format.month(row.month)}</th>
                  <td className="numeric">{format.integer(row.counts.received)}</td>
                  {PETITION_OUTCOMES.map((outcome) => (
                    <td key={outcome} className="numeric">
                      {format.integer(row.counts[outcome])}
                    </td>
                  ))}
                  <td className="numeric">
                    <ShareValue share={answeredShare(row.counts)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
