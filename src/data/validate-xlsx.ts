import readXlsxFile from 'read-excel-file/universal';
import { createColumnBatchBuilder } from './column-batch.ts';
import { fitDataset } from './detect-dataset.ts';
import type { DatasetSpec } from './schema.ts';
import { sheetRecords, type SheetCell } from './sheet-records.ts';
import type { CsvStreamOptions, CsvStreamResult, StreamProgress } from './validate-csv-stream.ts';
import type { ColumnBatch } from './column-batch.ts';
import { createDatasetValidator } from './dataset-validator.ts';

export interface XlsxOptions extends CsvStreamOptions {
  /** The sheet to read; by default the first one whose header fits the dataset, else the first. */
  readonly sheet?: string;
}

/** Records validated per piece: progress moves and batches go out while a big sheet is read. */
const PIECE_RECORDS = 5000;

export interface Workbook {
  readonly sheets: readonly {
    readonly sheet: string;
    readonly data: readonly (readonly SheetCell[])[];
  }[];
}

// The reader's cell type says `typeof Date` where it means a Date: narrow each cell once.
function toCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  // Not a type the reader gives; kept as text so it is reported, never dropped.
  return JSON.stringify(value);
}

/** Reads a workbook's sheets; null when the bytes are not an `.xlsx` workbook. */
export async function readWorkbook(input: Blob | ArrayBuffer): Promise<Workbook | null> {
  try {
    const sheets = await readXlsxFile(input, { trim: false });
    return {
      sheets: sheets.map(({ sheet, data }) => ({
        sheet,
        data: data.map((row) => row.map(toCell)),
      })),
    };
  } catch {
    return null;
  }
}

/** The ZIP signature every `.xlsx` starts with. */
export function looksLikeXlsx(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The OLE2 signature of the old binary `.xls` format, which is refused with a way out. */
export function looksLikeXls(head: Uint8Array): boolean {
  return head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}

export type XlsxResult =
  CsvStreamResult | { readonly ok: false; readonly reason: 'not_xlsx' | 'sheet_not_found' };

/**
 * Validates one sheet of an `.xlsx` workbook with the CSV validator (`sheetRecords` turns the
 * typed cells into records that keep their row numbers) and hands the accepted rows on in
 * column batches, as `validateCsvStream` does. The workbook is read whole (`.xlsx` is a ZIP):
 * a sheet holds at most 1,048,576 rows, so memory is bounded by the format. The report's file
 * name says which sheet was read when the workbook has several.
 */
export async function validateXlsx(
  input: Blob | ArrayBuffer,
  spec: DatasetSpec,
  file: string,
  options: XlsxOptions,
  onBatch: (batch: ColumnBatch, progress: StreamProgress) => Promise<void>,
): Promise<XlsxResult> {
  const bytes = input instanceof Blob ? input.size : input.byteLength;
  const workbook = await readWorkbook(input);
  if (workbook === null) return { ok: false, reason: 'not_xlsx' };
  const chosen =
    options.sheet === undefined
      ? (workbook.sheets.find(
          ({ data }) => fitDataset(spec.id, sheetRecords(data, spec).header).missing.length === 0,
        ) ?? workbook.sheets[0])
      : workbook.sheets.find(({ sheet }) => sheet === options.sheet);
  if (chosen === undefined) return { ok: false, reason: 'sheet_not_found' };

  const name = workbook.sheets.length > 1 ? `${file} › ${chosen.sheet}` : file;
  const csv = sheetRecords(chosen.data, spec);
  const validator = createDatasetValidator(spec, name, options);
  const builder = createColumnBatchBuilder(spec, options.batchRows);
  const total = Math.max(1, csv.records.length);
  const progress = (): StreamProgress => ({
    // Bytes are all read before the first row: progress moves with the records validated.
    bytesRead: Math.round((bytes * validator.rowsRead) / total),
    rowsRead: validator.rowsRead,
    rowsLoaded: validator.rowsLoaded,
    rowsRejected: validator.rowsRead - validator.rowsLoaded,
  });
  const flush = async () => {
    if (builder.length > 0) await onBatch(builder.build(), progress());
  };
  let start = 0;
  do {
    // The header comes with the first piece: each column's notation is decided on its records.
    const rows = validator.push({
      ...csv,
      records: csv.records.slice(start, start + PIECE_RECORDS),
    });
    for (const row of rows) {
      options.onRow?.(row);
      builder.add(row);
      if (builder.length >= options.batchRows) await flush();
    }
    options.onProgress?.(progress());
    start += PIECE_RECORDS;
  } while (start < csv.records.length);
  await flush();
  options.onProgress?.({ ...progress(), bytesRead: bytes });
  return { ok: true, report: validator.finish() };
}
