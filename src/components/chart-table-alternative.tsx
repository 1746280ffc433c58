import { chartTableColumns, type ChartTableSpec } from '../charts/chart-table.ts';
import type { DatasetId } from '../data/schema.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { actionName } from './action-name.ts';
import { DownloadTableButtons } from './download-table-buttons.tsx';
import { TableCaption, TableScroll } from './table-scroll.tsx';
import { WithVietnameseNames } from './vietnamese-name.tsx';

interface ChartTableAlternativeProps {
  /** Referenced by the chart (`aria-details`, see `described-chart.tsx`). */
  readonly id: string;
  /** Usually one table; a chart of small multiples may need one per panel. */
  readonly tables: readonly ChartTableSpec[];
  /** The chart's short title: several charts on a page each say whose table they show. */
  readonly name: string;
  readonly testId?: string;
  /** Vietnamese names the tables show (a unit's), marked `lang="vi"`. */
  readonly names?: readonly string[];
  /**
   * Each table downloads as CSV and XLSX under this name (`ho-so-20364`, then `-2`, `-3` for a
   * chart of several tables); test ids `${testId}-table-1-csv`, ….
   */
  readonly fileName?: string;
  /** The `ghi_chu` note of the files (`exportNote`). */
  readonly note?: string | undefined;
  /** The datasets of the chart, when not all of the view's. */
  readonly datasets?: readonly DatasetId[] | undefined;
}

/**
 * A chart's data as real tables (caption, column and row headers), behind a "show as table"
 * disclosure: `<details>` is reachable by keyboard and read by screen readers when closed.
 */
export function ChartTableAlternative({
  id,
  tables,
  name,
  testId,
  names = [],
  fileName,
  note,
  datasets,
}: ChartTableAlternativeProps) {
  const { t, locale } = useI18n();
  const action = t('chart.showTable');
  const base = fileName ?? testId ?? 'bang';
  return (
    <details className="table-toggle chart-table-alternative" id={id} data-testid={testId}>
      <summary aria-label={actionName(t, action, name)}>{action}</summary>
      {tables.map((table, index) => (
        <div key={table.caption} className="chart-table">
          <div className="table-actions">
            <DownloadTableButtons
              rows={table.rows}
              columns={chartTableColumns(table, locale)}
              note={note}
              fileName={index === 0 ? base : `${base}-${String(index + 1)}`}
              testId={`${testId ?? base}-table-${String(index + 1)}`}
              subject={table.caption}
              datasets={datasets}
            />
          </div>
          <ChartDataTable table={table} names={names} />
        </div>
      ))}
    </details>
  );
}

/** One table of a chart table alternative. */
export function ChartDataTable({
  table,
  names = [],
}: {
  readonly table: ChartTableSpec;
  readonly names?: readonly string[];
}) {
  const [rowHeader, ...cellColumns] = table.columns;
  const numeric = (column: { readonly numeric?: boolean }) =>
    column.numeric === true ? 'numeric' : undefined;
  return (
    <TableScroll>
      <table className="data-table">
        <TableCaption>
          <WithVietnameseNames text={table.caption} names={names} />
        </TableCaption>
        <thead>
          <tr>
            {rowHeader === undefined ? null : (
              <th scope="col">
                <WithVietnameseNames text={rowHeader.header} names={names} />
              </th>
            )}
            {cellColumns.map((column) => (
              <th key={column.header} scope="col" className={numeric(column)}>
                <WithVietnameseNames text={column.header} names={names} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <WithVietnameseNames text={row.header} names={names} />
              </th>
              {cellColumns.map((column, index) => (
                <td key={column.header} className={numeric(column)}>
                  {row.cells[index] ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
