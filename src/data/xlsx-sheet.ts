import { NOTE_COLUMN, type CsvCell, type CsvColumn } from './format-csv-export.ts';
import type { DatasetSpec } from './schema.ts';

/**
 * One cell as the XLSX writer takes it (write-excel-file's cell objects), always typed: text
 * is a shared string and numbers are numbers, so no cell can become a formula, whatever its
 * text (`=SUM(A1)` stays text), and a code such as `00004` keeps its zeros.
 */
export type XlsxCell =
  | { readonly type: StringConstructor; readonly value: string; readonly fontWeight?: 'bold' }
  | { readonly type: NumberConstructor; readonly value: number }
  | null;

export interface XlsxSheet {
  /** The sheet's tab name (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  /** The header row first. */
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Column widths, in characters. */
  readonly widths: readonly number[];
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const SHEET_NAME_MAX = 31;

/** A table cell typed for XLSX: null, an empty text or a number that is not finite is left empty. */
export function xlsxCell(cell: CsvCell): XlsxCell {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { type: Number, value: cell } : null;
  return cell === '' ? null : { type: String, value: cell };
}

const headerCell = (text: string): XlsxCell => ({ type: String, value: text, fontWeight: 'bold' });

/** Excel refuses a tab name that is too long or has one of `[]:*?/\`. */
function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (cleaned === '' ? 'Sheet1' : cleaned).slice(0, SHEET_NAME_MAX);
}

/** Wide enough for the longest value of each column (its first line), within bounds. */
function columnWidths(rows: readonly (readonly XlsxCell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      const text = cell === null ? '' : (String(cell.value).split('\n')[0] ?? '');
      widths[index] = Math.max(widths[index] ?? MIN_WIDTH, Math.min(MAX_WIDTH, text.length + 2));
    });
  }
  return widths;
}

export interface XlsxTableOptions {
  readonly name: string;
  /** As in `formatCsvExport`: a last `ghi_chu` column repeats this note on every row. */
  readonly note?: string | undefined;
}

/**
 * Rows + columns → one sheet: the same header, rows, cells and note column as
 * `formatCsvExport`'s CSV (its provenance is a sheet of its own, `factsSheet`, not a column), but typed, without the CSV's formula guard or quoting (a typed text
 * cell is never evaluated). Pure: the writer turns it into a file.
 */
export function tableSheet<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  options: XlsxTableOptions,
): XlsxSheet {
  const { note } = options;
  const header = columns.map((column) => headerCell(column.header));
  if (note !== undefined) header.push(headerCell(NOTE_COLUMN));
  const body = rows.map((row) => {
    const cells = columns.map((column) => xlsxCell(column.value(row)));
    if (note !== undefined) cells.push(xlsxCell(note));
    return cells;
  });
  const all = [header, ...body];
  return { name: sheetName(options.name), rows: all, widths: columnWidths(all) };
}

export interface XlsxFactsOptions {
  /** The sheet's tab name ("Nguồn"). */
  readonly name: string;
  /** The two column headers ("Mục", "Nội dung"). */
  readonly header: readonly [string, string];
}

/**
 * A file's provenance as a sheet of its own: one fact per row, its label and its value, both
 * typed text (a page address or a file name starting with `=` stays text).
 */
export function factsSheet(
  facts: readonly { readonly label: string; readonly value: string }[],
  options: XlsxFactsOptions,
): XlsxSheet {
  const rows = [
    options.header.map(headerCell),
    ...facts.map((fact) => [xlsxCell(fact.label), xlsxCell(fact.value)]),
  ];
  return { name: sheetName(options.name), rows, widths: columnWidths(rows) };
}

/** An empty template: only the header the validator expects, in schema order (as `csvTemplate`). */
export function templateSheet(spec: DatasetSpec): XlsxSheet {
  const header = spec.columns.map((column) => headerCell(column.name));
  return { name: sheetName(spec.id), rows: [header], widths: columnWidths([header]) };
}

/** A sheet as write-excel-file's multi-sheet call takes it: `writeXlsxFile(writerSheets(…))`. */
export interface XlsxWriterSheet {
  readonly sheet: string;
  readonly data: XlsxCell[][];
  readonly columns: { readonly width: number }[];
  /** The header row stays in view while scrolling. */
  readonly stickyRowsCount: number;
}

export function writerSheets(sheets: readonly XlsxSheet[]): XlsxWriterSheet[] {
  return sheets.map((sheet) => ({
    sheet: sheet.name,
    data: sheet.rows.map((row) => [...row]),
    columns: sheet.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
}
