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
