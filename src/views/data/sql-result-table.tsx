import { useEffect, useMemo, useRef, useState } from 'react';
import { SkippableTable } from '../../components/skippable-table.tsx';
import { TableCaption, TableScroll } from '../../components/table-scroll.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { isVietnamese } from '../../i18n/vietnamese-names.ts';
import type { ConsoleResult } from '../../queries/use-console-query.ts';
import { showCell } from './sql-result-format.ts';

/** Up to this many rows are all rendered; a longer result renders only the rows in view. */
export const WINDOW_AFTER_ROWS = 500;
const OVERSCAN_ROWS = 20;
const FALLBACK_ROW_PX = 29;

interface RowWindow {
  readonly first: number;
  readonly last: number;
}

/**
 * Which rows to render for a box scrolled to `scrollTop`: the rows in view and `OVERSCAN_ROWS`
 * either side, every row of a short result.
 */
export function rowWindow(
  total: number,
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
): RowWindow {
  if (total <= WINDOW_AFTER_ROWS) return { first: 0, last: total };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS);
  const last = Math.min(total, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN_ROWS);
  return { first, last };
}

/**
 * The console's answer as a table that stays a table for assistive technology: a caption, column
 * headers with `scope`, `aria-rowcount` for all rows and `aria-rowindex` on each rendered one.
 * Beyond `WINDOW_AFTER_ROWS` rows it renders only the rows in view (a small windowed table:
 * rows are one line high, so the window is plain arithmetic), with spacer rows for the rest.
 */
export function SqlResultTable({ result, caption }: { result: ConsoleResult; caption: string }) {
  const { t, format } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const [rowHeight, setRowHeight] = useState(FALLBACK_ROW_PX);
  const total = result.rows.length;
  const windowed = total > WINDOW_AFTER_ROWS;

  useEffect(() => {
    const box = table.current?.parentElement;
    if (!windowed || box === null || box === undefined) return;
    const update = () => {
      setScroll({ top: box.scrollTop, height: box.clientHeight });
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      box.removeEventListener('scroll', update);
    };
  }, [windowed, result]);

  useEffect(() => {
    const row = table.current?.querySelector<HTMLTableRowElement>('tbody tr[aria-rowindex]');
    if (row && row.offsetHeight > 0) setRowHeight(row.offsetHeight);
  }, [result]);

  const { first, last } = rowWindow(total, scroll.top, scroll.height, rowHeight);
  const nullText = t('console.null');
  const rows = useMemo(
    () =>
      result.rows.slice(first, last).map((row) =>
        row.map((value, index) => {
          const column = result.columns[index] ?? { name: '', kind: 'other' as const };
          return showCell(value, column, format, nullText);
        }),
      ),
    [result, first, last, format, nullText],
  );
  const width = Math.max(result.columns.length, 1);
  return (
    <SkippableTable name={caption}>
      <TableScroll className={windowed ? 'console-result console-windowed' : 'console-result'}>
        <table
          ref={table}
          className="data-table console-table"
          data-testid="console-result"
          aria-rowcount={total + 1}
        >
          <TableCaption>{caption}</TableCaption>
          <thead>
            <tr aria-rowindex={1}>
              {result.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 ? (
              <tr aria-hidden="true" className="console-spacer">
                <td colSpan={width} style={{ height: first * rowHeight }} />
              </tr>
            ) : null}
            {rows.map((cells, offset) => (
              <tr key={first + offset} aria-rowindex={first + offset + 2}>
                {cells.map((cell, index) => (
                  <td
                    key={index}
                    className={cell.kind === 'text' ? undefined : `console-${cell.kind}`}
                    // The data's own text (names, districts) stays Vietnamese on any page.
                    lang={cell.kind === 'text' && isVietnamese(cell.text) ? 'vi' : undefined}
                  >
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
            {last < total ? (
              <tr aria-hidden="true" className="console-spacer">
                <td colSpan={width} style={{ height: (total - last) * rowHeight }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableScroll>
    </SkippableTable>
  );
}
