import { matchHeader } from './column-aliases.ts';
import type { CsvRecord, ParsedCsv } from './parse-csv.ts';
import type { ColumnKind, DatasetSpec } from './schema.ts';
import { numberLocaleOf } from './validate-cell.ts';

/** A cell as a spreadsheet reader gives it: typed numbers, booleans and dates, or text. */
export type SheetCell = string | number | boolean | Date | null;

/** The delimiter a sheet is said to have: not `;`, so each column's notation is decided by its own cells. */
export const SHEET_DELIMITER = ',';

const isEmpty = (cell: SheetCell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

const pad2 = (value: number) => String(value).padStart(2, '0');

/** A date cell as the column wants it: `YYYY-MM` for a month or period, `YYYY-MM-DD` otherwise. */
function dateText(date: Date, kind: ColumnKind | undefined): string {
  if (Number.isNaN(date.getTime())) return String(date);
  // A date cell (a serial number) is read as midnight UTC; a date stored as ISO text without a
  // zone (`t="d"`) as local midnight. Whichever midnight it is gives the calendar day.
  const utc = date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() === 0;
  const local = !utc && date.getHours() + date.getMinutes() + date.getSeconds() === 0;
  const [year, monthIndex, day] = local
    ? [date.getFullYear(), date.getMonth(), date.getDate()]
    : [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  const month = `${String(year)}-${pad2(monthIndex + 1)}`;
  if (kind?.type === 'month' || kind?.type === 'period') return month;
  return `${month}-${pad2(day)}`;
}

/** A typed number in plain notation (`95.42`), or with a decimal comma (`95,42`) in a vi column. */
function numberText(value: number, vi: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  // Excel stores 95.42 as 95.420000000000002: its 15 significant digits are what it shows.
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  return vi ? text.replace('.', ',') : text;
}

function cellText(cell: SheetCell | undefined, kind: ColumnKind | undefined, vi: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return dateText(cell, kind);
  if (typeof cell === 'number') return numberText(cell, vi);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell;
}

/** Rows above the header a sheet may have (a title, a date, a blank row) that are looked past. */
const HEADER_SEARCH_ROWS = 20;

function headerCells(row: readonly SheetCell[]): { first: number; header: string[] } {
  const first = row.findIndex((cell) => !isEmpty(cell));
  let last = row.length - 1;
  while (last > first && isEmpty(row[last])) last -= 1;
  const header = row.slice(first, last + 1).map((cell) => cellText(cell, undefined, false).trim());
  return { first, header };
}

/**
 * The header row: among the first non-empty rows, the first one that names the most columns
 * of the dataset (a title row above it names none); the first non-empty row when none does.
 */
function findHeaderRow(rows: readonly (readonly SheetCell[])[], spec: DatasetSpec): number {
  let best = -1;
  let bestMatched = 0;
  let seen = 0;
  for (let index = 0; index < rows.length && seen < HEADER_SEARCH_ROWS; index += 1) {
    const row = rows[index] ?? [];
    if (!row.some((cell) => !isEmpty(cell))) continue;
    seen += 1;
    if (best < 0) best = index;
    const matched = matchHeader(spec, headerCells(row).header).index.size;
    if (matched > bestMatched) {
      best = index;
      bestMatched = matched;
    }
  }
  return best;
}

/**
 * A sheet's rows as the records of a CSV file, so an `.xlsx` upload goes through the same
 * validator and the same report. The header is the row that names the dataset's columns
 * (`findHeaderRow`: title rows above it are passed over), read from its first non-empty cell; each record keeps its spreadsheet row number as its line; empty rows are
 * skipped as blank lines are. Typed cells become text the validator reads back exactly:
 * numbers in plain notation (or with a decimal comma in a column whose text cells use vi-VN
 * notation, so the column stays one notation), dates as ISO dates or months for month columns.
 */
export function sheetRecords(
  rows: readonly (readonly SheetCell[])[],
  spec: DatasetSpec,
): ParsedCsv {
  const headerIndex = findHeaderRow(rows, spec);
  if (headerIndex < 0) {
    return { header: [], headerLine: 0, delimiter: SHEET_DELIMITER, records: [], errors: [] };
  }
  const headerRow = rows[headerIndex] ?? [];
  const first = headerRow.findIndex((cell) => !isEmpty(cell));
  let last = headerRow.length - 1;
  while (last > first && isEmpty(headerRow[last])) last -= 1;
  const header = headerRow
    .slice(first, last + 1)
    .map((cell) => cellText(cell, undefined, false).trim());

  // Which schema column each sheet column is, for date and number conversion.
  const matched = matchHeader(spec, header);
  const kinds: (ColumnKind | undefined)[] = header.map(() => undefined);
  for (const column of spec.columns) {
    const index = matched.index.get(column.name);
    if (index !== undefined) kinds[index] = column.kind;
  }
  const body = rows.slice(headerIndex + 1);
  // A column is written in vi-VN notation when its cells typed as text are (`95,42`).
  const vi = kinds.map((kind, index) => {
    if (kind === undefined) return false;
    const texts = body.flatMap((row) => {
      const cell = row[first + index];
      return typeof cell === 'string' && cell.trim() !== '' ? [cell] : [];
    });
    return texts.length > 0 && numberLocaleOf(kind, texts, SHEET_DELIMITER) === 'vi';
  });

  const records: CsvRecord[] = [];
  for (const [offset, row] of body.entries()) {
    if (!row.some((cell) => !isEmpty(cell))) continue;
    // Cells right of the header count only when something is in them (a stray value is reported).
    let end = row.length;
    while (end > first + header.length && isEmpty(row[end - 1])) end -= 1;
    const width = Math.max(header.length, end - first);
    const values: string[] = [];
    for (let index = 0; index < width; index += 1) {
      values.push(cellText(row[first + index], kinds[index], vi[index] ?? false));
    }
    records.push({ line: headerIndex + 2 + offset, values });
  }
  return {
    header,
    headerLine: headerIndex + 1,
    delimiter: SHEET_DELIMITER,
    records,
    errors: [],
  };
}
