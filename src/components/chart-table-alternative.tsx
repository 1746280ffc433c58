import type { ChartTableSpec } from '../charts/chart-table.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { actionName } from './action-name.ts';
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
}: ChartTableAlternativeProps) {
  const { t } = useI18n();
  const action = t('chart.showTable');
  return (
    <details className="table-toggle chart-table-alternative" id={id} data-testid={testId}>
      <summary aria-label={actionName(t, action, name)}>{action}</summary>
      {tables.map((table) => (
        <ChartDataTable key={table.caption} table={table} names={names} />
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
