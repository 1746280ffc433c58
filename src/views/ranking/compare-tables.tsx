import { INDEX_GROUPS } from '../../data/index-groups.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import type { RankingRow } from '../../queries/questions.ts';
import type { ScoreHistory } from '../../queries/questions.ts';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { VietnameseName } from '../../components/vietnamese-name.tsx';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import { exportNote } from '../../charts/source-label.ts';
import { useProvenance } from '../../components/data-status.ts';

/** One row of a comparison file: what it measures, then one value per unit. */
interface CompareFileRow {
  readonly key: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

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
  const note = exportNote(useProvenance('index_scores'), t);
  const fileColumns = (first: string): CsvColumn<CompareFileRow>[] => [
    { header: first, value: (row) => row.label },
    ...units.map((unit, index) => ({
      header: `${unit.name} (${unit.code})`,
      value: (row: CompareFileRow) => row.values[index] ?? null,
    })),
  ];
  const groupRows: CompareFileRow[] = [
    ...INDEX_GROUPS.map((group) => ({
      key: group.key,
      label: `${group.code} · ${t(`group.${group.key}`)} (${String(group.max)})`,
      values: units.map((unit) => unit.groups?.[group.key] ?? null),
    })),
    { key: 'total', label: `${t('column.total')} (100)`, values: units.map((unit) => unit.total) },
    { key: 'rank', label: t('column.rank'), values: units.map((unit) => unit.rank) },
  ];
  const historyRows: CompareFileRow[] = history.periods.map((month) => ({
    key: month,
    label: month,
    values: units.map((unit) => lookup.get(`${unit.code}|${month}`) ?? null),
  }));
  const groupsCaption = t('ranking.compare.groupsCaption', { month: format.month(period) });
  const historyCaption = t('ranking.compare.historyCaption', { metric: metricName });
  const unitHeaders = units.map((unit) => (
    <th key={unit.code} scope="col" className="numeric">
      <VietnameseName>{unit.name}</VietnameseName>
    </th>
  ));
  return (
    <>
      <div className="table-actions">
        <DownloadTableButtons
          rows={groupRows}
          columns={fileColumns('group')}
          note={note}
          fileName={`so-sanh-nhom-${period}`}
          testId="compare-groups"
          subject={groupsCaption}
        />
      </div>
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
        <div className="table-actions">
          <DownloadTableButtons
            rows={historyRows}
            columns={fileColumns('month')}
            note={note}
            fileName={`so-sanh-theo-thang-${period}`}
            testId="compare-history"
            subject={historyCaption}
          />
        </div>
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
