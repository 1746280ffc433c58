import { describe, expect, it } from 'vitest';
import { csvCell } from '../../data/format-csv-export.ts';
import { createFormat } from '../../i18n/format.ts';
import type { ConsoleColumn } from '../../queries/use-console-query.ts';
import { exportColumns, rawCell, showCell } from './sql-result-format.ts';
import { rowWindow, WINDOW_AFTER_ROWS } from './sql-result-table.tsx';

const vi = createFormat('vi');
const en = createFormat('en');
const date: ConsoleColumn = { name: 'snapshot_date', kind: 'date' };
const at: ConsoleColumn = { name: 'at', kind: 'timestamp' };
const number: ConsoleColumn = { name: 'n', kind: 'number' };
const text: ConsoleColumn = { name: 'name', kind: 'text' };
const JULY_31 = Date.UTC(2025, 6, 31);

describe('showCell', () => {
  it("shows a DATE (epoch milliseconds from duckdb-wasm) as a date of the page's language", () => {
    expect(showCell(JULY_31, date, vi, 'NULL').text).toBe('31/07/2025');
    expect(showCell(JULY_31, date, en, 'NULL').text).toBe('31 Jul 2025');
  });

  it('shows a TIMESTAMP as its date and UTC time', () => {
    expect(showCell(Date.UTC(2026, 0, 2, 3, 4, 5), at, vi, 'NULL').text).toBe(
      '02/01/2026 03:04:05',
    );
  });

  it('formats numbers in the locale, with the decimals they have', () => {
    expect(showCell(1052, number, vi, 'NULL')).toEqual({ text: '1.052', kind: 'number' });
    expect(showCell(1052, number, en, 'NULL').text).toBe('1,052');
    expect(showCell(13.51, number, vi, 'NULL').text).toBe('13,51');
    expect(showCell(1 / 3, number, en, 'NULL').text).toBe('0.333333');
    expect(showCell(-2.5, number, vi, 'NULL').text).toBe('-2,5');
  });

  it('marks NULL, keeps text as it is', () => {
    expect(showCell(null, text, vi, 'NULL')).toEqual({ text: 'NULL', kind: 'null' });
    expect(showCell('Hòa Vang', text, vi, 'NULL')).toEqual({ text: 'Hòa Vang', kind: 'text' });
    expect(showCell(true, text, vi, 'NULL').text).toBe('TRUE');
  });
});

describe('rawCell and exportColumns', () => {
  it('download raw values: ISO dates, plain numbers, empty NULL', () => {
    expect(rawCell(JULY_31, date)).toBe('2025-07-31');
    expect(rawCell(Date.UTC(2026, 0, 2, 3, 4, 5), at)).toBe('2026-01-02T03:04:05');
    expect(rawCell(13.51, number)).toBe(13.51);
    expect(rawCell(null, text)).toBeNull();
    const columns = exportColumns([text, date, number]);
    expect(columns.map((column) => column.header)).toEqual(['name', 'snapshot_date', 'n']);
    expect(columns.map((column) => csvCell(column.value(['=cmd', JULY_31, 1052])))).toEqual([
      "'=cmd",
      '2025-07-31',
      '1052',
    ]);
  });
});

describe('rowWindow', () => {
  it('renders every row of a short result', () => {
    expect(rowWindow(WINDOW_AFTER_ROWS, 5000, 400, 30)).toEqual({ first: 0, last: 500 });
  });

  it('renders the rows in view and a margin of a long one', () => {
    expect(rowWindow(100_000, 0, 600, 30)).toEqual({ first: 0, last: 40 });
    expect(rowWindow(100_000, 30_000, 600, 30)).toEqual({ first: 980, last: 1040 });
    expect(rowWindow(100_000, 3_000_000, 600, 30)).toEqual({ first: 99_980, last: 100_000 });
  });
});
