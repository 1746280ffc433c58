import { per10k, shareOf } from '../../data/on-time-rates.ts';
import { PETITION_TOPICS } from '../../data/schema.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { PetitionUnitRow } from '../../queries/questions.ts';
import { AppLink } from '../../routing/app-link.tsx';
import { COMMUNE_SEARCH } from '../../state/page-search.ts';
import { answeredCount } from './petition-state.ts';
import { ShareValue } from '../../components/share-value.tsx';
import { PETITION_OUTCOMES } from '../../charts/petition-series.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { VietnameseName } from '../../components/vietnamese-name.tsx';

interface PetitionTableProps {
  readonly rows: readonly PetitionUnitRow[];
  readonly caption: string;
}

/** The units chart's table alternative: counts by outcome and topic, answered share, per 10,000. */
export function PetitionTable({ rows, caption }: PetitionTableProps) {
  const { t, format } = useI18n();
  return (
    <TableScroll lazyRows={rows.length}>
      <table className="data-table petition-table" data-testid="petition-table">
        <TableCaption>{caption}</TableCaption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('column.unit')}</th>
            <th scope="col" className="numeric">
              {t('petitions.column.received')}
            </th>
            <th scope="col" className="numeric">
              {t('petitions.column.per10k')}
            </th>
            <th scope="col" className="numeric">
              {t('petitions.answeredShare')}
            </th>
            {PETITION_OUTCOMES.map((outcome) => (
              <th key={outcome} scope="col" className="numeric">
                {t(`petitions.outcome.${outcome}`)}
              </th>
            ))}
            {PETITION_TOPICS.map((topic) => (
              <th key={topic} scope="col" className="numeric">
                {t(`petitions.topic.${topic}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const counts = row.counts;
            const rate = per10k(counts?.received ?? 0, row.population);
            return (
              <tr key={row.code} data-code={row.code}>
                <td className="numeric">{index + 1}</td>
                <th scope="row">
                  <AppLink to={COMMUNE_SEARCH.to({ code: row.code })}>
                    <VietnameseName>{row.name}</VietnameseName>
                  </AppLink>
                </th>
                {counts === null ? (
                  <td colSpan={15} className="no-report">
                    {t('petitions.noPetitions')}
                  </td>
                ) : (
                  <>
                    <td className="numeric">{format.integer(counts.received)}</td>
                    <td
                      className={rate === null ? 'numeric population-unknown' : 'numeric'}
                      data-testid="per10k-cell"
                    >
                      {rate === null ? t('petitions.populationUnknown') : format.decimal(rate, 1)}
                    </td>
                    <td className="numeric">
                      <ShareValue share={shareOf(answeredCount(counts), counts.received)} />
                    </td>
                    {PETITION_OUTCOMES.map((outcome) => (
                      <td key={outcome} className="numeric">
                        {format.integer(counts[outcome])}
                      </td>
                    ))}
                    {PETITION_TOPICS.map((topic) => (
                      <td key={topic} className="numeric">
                        {format.integer(counts.byTopic[topic])}
                      </td>
                    ))}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
