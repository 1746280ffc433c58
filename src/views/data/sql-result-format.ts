import type { CsvCell, CsvColumn } from '../../data/format-csv-export.ts';
import type { Format } from '../../i18n/format.ts';
import type { ConsoleCell, ConsoleColumn } from '../../queries/use-console-query.ts';

/** A cell as shown: its text, and whether it is a number (right-aligned) or NULL (muted). */
export interface ShownCell {
  readonly text: string;
  readonly kind: 'number' | 'null' | 'text';
}

const MAX_DECIMALS = 6;

/** The decimals a number needs, up to six: 13.51 → 2, 12 → 0, 1/3 → 6. */
function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Number.isInteger(value) ? 0 : MAX_DECIMALS;
  return Math.min(text.split('.')[1]?.length ?? 0, MAX_DECIMALS);
}

/** Epoch milliseconds (how duckdb-wasm hands over DATE and TIMESTAMP) as an ISO date or instant. */
export function isoOf(milliseconds: number, kind: 'date' | 'timestamp'): string {
  const iso = new Date(milliseconds).toISOString();
  if (kind === 'date') return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, -1);
}

/**
 * One cell in the page's locale: numbers through `format` (vi-VN `1.052`, `13,51`), DATE columns
 * as dates (`31/07/2025`), TIMESTAMP as a date and UTC time, NULL as a visible marker.
 */
export function showCell(
  value: ConsoleCell,
  column: ConsoleColumn,
  format: Format,
  nullText: string,
): ShownCell {
  if (value === null) return { text: nullText, kind: 'null' };
  if (typeof value === 'number') {
    if (column.kind === 'date' || column.kind === 'timestamp') {
      if (!Number.isFinite(value)) return { text: String(value), kind: 'text' };
      const iso = isoOf(value, column.kind);
      const date = format.date(iso.slice(0, 10));
      return { text: column.kind === 'date' ? date : `${date} ${iso.slice(11)}`, kind: 'text' };
    }
    if (!Number.isFinite(value)) return { text: String(value), kind: 'number' };
    const text = Number.isInteger(value)
      ? format.integer(value)
      : format.decimal(value, decimalsOf(value));
    return { text, kind: 'number' };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'text' };
  return { text: value, kind: 'text' };
}

/** One cell as downloaded: the raw value (ISO dates, plain numbers, empty for NULL). */
export function rawCell(value: ConsoleCell, column: ConsoleColumn): CsvCell {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && (column.kind === 'date' || column.kind === 'timestamp')) {
    return Number.isFinite(value) ? isoOf(value, column.kind) : String(value);
  }
  return value;
}

/** The download columns of a result: the query's own names, raw values by position. */
export function exportColumns(
  columns: readonly ConsoleColumn[],
): CsvColumn<readonly ConsoleCell[]>[] {
  return columns.map((column, index) => ({
    header: column.name,
    value: (row) => rawCell(row[index] ?? null, column),
  }));
}
