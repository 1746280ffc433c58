import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { RankingRow } from '../../queries/questions.ts';
import type { ScoreHistory } from '../../queries/questions.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { VietnameseName } from '../../components/vietnamese-name.tsx';

interface CompareTablesProps {
  readonly units: readonly RankingRow[];
  readonly history: ScoreHistory;
  readonly period: string;
  readonly metricName: string;
}

/** The comparison as tables: group scores this month (units as columns), the metric by month. */
export function CompareTables({ units, history, period, metricName }: CompareTablesProps) {
  const { t, format } = useI18n();
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : format.decimal(value);
  const lookup = new Map(history.cells.map((cell) => [`${cell.code}|${cell.period}`, cell.score]));
  const unitHeaders = units.map((unit) => (
    <th key={unit.code} scope="col" className="numeric">
      <VietnameseName>{unit.name}</VietnameseName>
    </th>
  ));
  return (
    <>
      <TableScroll>
        <table className="data-table" data-testid="compare-groups-table">
          <TableCaption>
            {t('ranking.compare.groupsCaption', { month: format.month(period) })}
          </TableCaption>
          <thead>
            <tr>
              <th scope="col">{t('ranking.column.group')}</th>
              {unitHeaders}
            </tr>
          </thead>
          <tbody>
            {INDEX_GROUPS.map((group) => (
              <tr key={group.key}>
                <th scope="row">
                  {group.code} · {t(`group.${group.key}`)} ({group.max})
                </th>
                {units.map((unit) => (
                  <td key={unit.code} className="numeric">
                    {score(unit.groups?.[group.key])}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('column.total')} (100)</th>
              {units.map((unit) => (
                <td key={unit.code} className="numeric">
                  <strong>{score(unit.total)}</strong>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('column.rank')}</th>
              {units.map((unit) => (
                <td key={unit.code} className="numeric">
                  {unit.rank === null ? '—' : String(unit.rank)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <details className="table-toggle">
        <summary>{t('ranking.compare.historyCaption', { metric: metricName })}</summary>
        <TableScroll>
          <table className="data-table" data-testid="compare-history-table">
            <TableCaption>
              {t('ranking.compare.historyCaption', { metric: metricName })}
            </TableCaption>
            <thead>
              <tr>
                <th scope="col">{t('ranking.month')}</th>
                {unitHeaders}
              </tr>
            </thead>
            <tbody>
              {history.periods.map((month) => (
                <tr key={month}>
                  <th scope="row">{format.month(month)}</th>
                  {units.map((unit) => (
                    <td key={unit.code} className="numeric">
                      {score(lookup.get(`${unit.code}|${month}`))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </>
  );
}
