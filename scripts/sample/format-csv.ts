export type CsvCell = string | number;

/** One output column: its header and how to read its cell from a row. */
export interface CsvColumn<Row> {
  readonly name: string;
  readonly value: (row: Row) => CsvCell;
}

/**
 * Comma-delimited, LF line endings, header row, no BOM. Numbers must be integers: decimals
 * are formatted by the column (e.g. `toFixed(2)`) so the file never depends on float printing.
 */
export function formatCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => quoteCsvField(column.name)).join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => formatCell(column.value(row), column.name)).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Quotes a field only when it must be: it contains a comma, a quote or a line break. */
export function quoteCsvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function formatCell(value: CsvCell, column: string): string {
  if (typeof value === 'string') return quoteCsvField(value);
  if (!Number.isSafeInteger(value)) {
    throw new Error(`Column "${column}": ${String(value)} is not an integer; format it first`);
  }
  return String(value);
}
