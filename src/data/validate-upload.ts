import type { ColumnBatch } from './column-batch.ts';
import type { DatasetSpec } from './schema.ts';
import {
  blobChunks,
  validateCsvStream,
  type CsvStreamResult,
  type StreamProgress,
} from './validate-csv-stream.ts';
import { looksLikeXls, looksLikeXlsx, validateXlsx, type XlsxOptions } from './validate-xlsx.ts';

/** Why a file was refused before any row was read: the UI says how to save it so it loads. */
export type UnreadableReason =
  /** Not text: a picture, an archive, a program. */
  | 'binary'
  /** Text, but neither UTF-8, UTF-16 with a BOM, nor Windows-1258 that reads as Vietnamese. */
  | 'unknown_encoding'
  /** An Excel 97–2003 `.xls` workbook. */
  | 'xls'
  /** A ZIP that is not a readable `.xlsx` workbook (damaged, or protected by a password). */
  | 'not_xlsx'
  /** The sheet asked for is not in the workbook. */
  | 'sheet_not_found';

export type UploadStreamResult =
  | { readonly ok: true; readonly report: Extract<CsvStreamResult, { ok: true }>['report'] }
  | { readonly ok: false; readonly reason: UnreadableReason };

/**
 * Validates an uploaded file whatever it is: an `.xlsx` workbook (recognised by its bytes, not
 * its name) through `validateXlsx`, anything else as CSV text through `validateCsvStream`. Both
 * give the same report and hand on the same column batches.
 */
export async function validateUpload(
  source: Blob | string,
  spec: DatasetSpec,
  file: string,
  options: XlsxOptions,
  onBatch: (batch: ColumnBatch, progress: StreamProgress) => Promise<void>,
): Promise<UploadStreamResult> {
  if (typeof source === 'string') return validateCsvStream(source, spec, file, options, onBatch);
  const head = new Uint8Array(await source.slice(0, 8).arrayBuffer());
  if (looksLikeXls(head)) return { ok: false, reason: 'xls' };
  if (looksLikeXlsx(head)) return validateXlsx(source, spec, file, options, onBatch);
  return validateCsvStream(blobChunks(source), spec, file, options, onBatch);
}
