/** A cell of an exported table: numbers stay numbers, null is an empty cell. */
export type CsvCell = string | number | null;

export interface CsvColumn<Row> {
  /** The header, machine-friendly (snake_case, no diacritics needed but allowed). */
  readonly header: string;
  readonly value: (row: Row) => CsvCell;
}

export interface CsvExportOptions {
  /**
   * When set, a last column `ghi_chu` repeats this note on every row: how the file says it is
   * synthetic sample data. A column (rather than a comment line) keeps the file loadable by
   * every CSV reader, this app's included, which ignores unknown columns.
   */
  readonly note?: string | undefined;
  /**
   * The file's provenance, one fact per line (title, filters, sources, data date, page, export
   * time): a last column `xuat_xu` holds one fact per row on the first rows and is empty below
   * (`provenanceCells`). The header stays the first row and every row has the same fields, so
   * the file reopens as data in a spreadsheet and in DuckDB's `read_csv` (one more text column).
   */
  readonly provenance?: readonly string[] | undefined;
}

export const NOTE_COLUMN = 'ghi_chu';
export const PROVENANCE_COLUMN = 'xuat_xu';

/**
 * The `xuat_xu` cell of each of `rowCount` rows: fact i on row i; when there are fewer rows than
 * facts, the last row holds the rest joined by " | ", so no fact is lost unless there is no row.
 */
export function provenanceCells(facts: readonly string[], rowCount: number): (string | null)[] {
  const cells: (string | null)[] = Array.from({ length: rowCount }, (_, index) =>
    index < facts.length ? (facts[index] ?? null) : null,
  );
  if (rowCount > 0 && facts.length > rowCount) {
    cells[rowCount - 1] = facts.slice(rowCount - 1).join(' | ');
  }
  return cells;
}

const BOM = '\uFEFF';
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
// Spreadsheets evaluate a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell's text: formula guard first, then RFC 4180 quoting. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * Rows + columns → CSV text for download: a UTF-8 BOM (so Excel reads Vietnamese correctly),
 * comma-separated, CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR first) prefixed with `'` — except plain negative numbers,
 * which stay numeric. Pure: no DOM.
 */
export function formatCsvExport<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  options: CsvExportOptions = {},
): string {
  const { note, provenance } = options;
  const headers = columns.map((column) => column.header);
  if (note !== undefined) headers.push(NOTE_COLUMN);
  if (provenance !== undefined) headers.push(PROVENANCE_COLUMN);
  const facts = provenance === undefined ? [] : provenanceCells(provenance, rows.length);
  const lines = [headers.map(csvCell).join(',')];
  rows.forEach((row, index) => {
    const cells = columns.map((column) => csvCell(column.value(row)));
    if (note !== undefined) cells.push(csvCell(note));
    if (provenance !== undefined) cells.push(csvCell(facts[index] ?? null));
    lines.push(cells.join(','));
  });
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
