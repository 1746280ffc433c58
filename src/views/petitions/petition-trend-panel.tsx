import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { useId, useMemo } from 'react';
import {
  buildPetitionTrendOption,
  petitionTrendHeight,
} from '../../charts/build-petition-trend-option.ts';
import { DescribedChart } from '../../components/described-chart.tsx';
import { EChart } from '../../components/echart.tsx';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { isStale, StaleNote, staleProps } from '../../components/stale-note.tsx';
import { useChartContext } from '../../components/use-chart-context.ts';
import { useI18n } from '../../i18n/i18n-context.ts';

import type { PetitionUnitsParams } from '../../queries/questions.ts';
import { ShareValue } from '../../components/share-value.tsx';
import { summarizePetitionTrend } from './summarize-petitions.ts';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';
import { answeredShare } from '../../data/answered-share.ts';
import { PETITION_OUTCOMES } from '../../charts/petition-series.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import { exportNote } from '../../charts/source-label.ts';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import type { PetitionTrendRow } from '../../queries/questions.ts';

const COLUMNS: CsvColumn<PetitionTrendRow>[] = [
  { header: 'month', value: (row) => row.month },
  { header: 'received', value: (row) => row.counts.received },
  ...PETITION_OUTCOMES.map((outcome) => ({
    header: outcome,
    value: (row: PetitionTrendRow) => row.counts[outcome],
  })),
  { header: 'answered_share', value: (row) => answeredShare(row.counts).ratio },
];

interface PetitionTrendPanelProps {
  readonly params: PetitionUnitsParams;
}

/** Month over month: petitions by outcome and the answered share, for the filtered units. */
export function PetitionTrendPanel(props: PetitionTrendPanelProps) {
  return (
    <ErrorBoundary scope="panel">
      <PetitionTrendPanelBody {...props} />
    </ErrorBoundary>
  );
}

function PetitionTrendPanelBody({ params }: PetitionTrendPanelProps) {
  const { t, format } = useI18n();
  const ctx = useChartContext('petitions');
  const id = useId();
  const filtered = params.filter.type !== null || params.filter.district !== null;
  const scope = t(filtered ? 'dossiers.scopeFiltered' : 'dossiers.scopeProvince');
  const trend = useQuestion(QUESTIONS.petitionTrend, params);
  // The province's whole trend, for the table's "whole" file while filters narrow this one.
  const whole = useQuestion(
    QUESTIONS.petitionTrend,
    filtered ? { ...params, filter: { type: null, district: null } } : null,
  );
  const compact = useNarrowScreen();
  const option = useMemo(
    () => (trend.data ? buildPetitionTrendOption({ rows: trend.data, scope, compact }, ctx) : null),
    [trend.data, scope, compact, ctx],
  );
  if (trend.isError) return <QueryFallback queries={[trend]} />;
  if (trend.data === undefined || option === null) {
    // Nothing to summarise or download until the rows arrive: an empty file is no answer.
    return (
      <section aria-labelledby="petition-trend-heading" data-testid="petition-trend">
        <h2 id="petition-trend-heading">{t('petitions.trendTitle', { scope })}</h2>
        <QueryFallback queries={[trend]} />
      </section>
    );
  }
  const rows = trend.data;
  return (
    <section
      {...staleProps(isStale([trend]), 'panel')}
      aria-labelledby="petition-trend-heading"
      data-testid="petition-trend"
    >
      <h2 id="petition-trend-heading">{t('petitions.trendTitle', { scope })}</h2>
      <StaleNote stale={isStale([trend])} />
      <p className="summary" id={`${id}-summary`} data-testid="petition-trend-summary">
        {summarizePetitionTrend(rows, scope, { t, format })}
      </p>
      <DescribedChart summaryId={`${id}-summary`} tableId={`${id}-table`} name="petition-trend">
        <EChart
          option={option}
          height={petitionTrendHeight(compact)}
          label={t('petitions.trendChartLabel', { scope })}
          testId="petition-trend-chart"
          filtered
        />
      </DescribedChart>
      <details className="table-toggle" id={`${id}-table`}>
        <summary>{t('petitions.trendTableHeading')}</summary>
        <div className="table-actions">
          <DownloadTableButtons
            rows={rows}
            wholeRows={filtered ? whole.data : undefined}
            filtered
            columns={COLUMNS}
            note={exportNote(ctx, t)}
            fileName={`kien-nghi-theo-thang-${params.from}-${params.to}`}
            testId="petition-trend"
            subject={t('petitions.trendCaption', { scope })}
          />
        </div>
        <TableScroll>
          <table className="data-table" data-testid="petition-trend-table">
            <TableCaption>{t('petitions.trendCaption', { scope })}</TableCaption>
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
        </TableScroll>
      </details>
    </section>
  );
}
