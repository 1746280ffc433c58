import { writerSheets, type XlsxSheet } from '../data/xlsx-sheet.ts';

/**
 * Writes sheets to an `.xlsx` Blob. The writer is imported only here, on first use, so it is a
 * chunk of its own that the first paint never loads. Its ZIP step compresses a part larger than
 * 160 kB in a `blob:` worker, which the page's CSP (`worker-src 'self'`) refuses: tables
 * exported here are one row per unit, far below that.
 */
export async function writeXlsx(sheets: readonly XlsxSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(writerSheets(sheets)).toBlob();
}
