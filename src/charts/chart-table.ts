import type { CsvColumn } from '../data/format-csv-export.ts';
import type { Locale } from '../i18n/locale.ts';

/**
 * A chart's data as a plain table, already worded and formatted: what the shared table
 * alternative (`components/chart-table-alternative.tsx`) renders. The first column heads the
 * row headers (`<th scope="row">`); every other column is one cell of each row.
 */
export interface ChartTableColumn {
  readonly header: string;
  /** Right-aligned figures. */
  readonly numeric?: boolean;
}

export interface ChartTableRow {
  /** Stable React key (a month, a code). */
  readonly key: string;
  readonly header: string;
  /** One per column after the first. */
  readonly cells: readonly string[];
}

export interface ChartTableSpec {
  readonly caption: string;
  readonly columns: readonly ChartTableColumn[];
  readonly rows: readonly ChartTableRow[];
}

/** The cell text of a value that may be missing. */
export function cellText(value: number | null | undefined, show: (value: number) => string) {
  return value === null || value === undefined ? '—' : show(value);
}

/**
 * A number as a table shows it, back to a number for a file: `95,42` (vi) or `95.42` (en), a
 * true minus or a plus sign, grouping separators; null for anything else (`12/94`, `—`, `97 %`),
 * which a file keeps as text.
 */
export function shownNumber(text: string, locale: Locale): number | null {
  const [group, decimal] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const plain = text
    .trim()
    .replace(/^\u2212/, '-')
    .replace(/^\+/, '')
    .replaceAll(group, '')
    .replace(decimal, '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

/**
 * A chart table's columns for a CSV or XLSX file: the row header, then every cell; figures of a
 * numeric column as numbers when they read as one, any other text as shown.
 */
export function chartTableColumns(
  spec: ChartTableSpec,
  locale: Locale,
): CsvColumn<ChartTableRow>[] {
  const [rowHeader, ...cells] = spec.columns;
  return [
    { header: rowHeader?.header ?? '', value: (row: ChartTableRow) => row.header },
    ...cells.map((column, index) => ({
      header: column.header,
      value: (row: ChartTableRow) => {
        const text = row.cells[index] ?? null;
        if (text === null || text === '—') return null;
        return column.numeric === true ? (shownNumber(text, locale) ?? text) : text;
      },
    })),
  ];
}
