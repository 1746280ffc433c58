import { fitDataset, readHeaderLine, type DatasetFit } from './detect-dataset.ts';
import { decodeText } from './decode-text.ts';
import { DATASET_ORDER, DATASET_SPECS, type DatasetId } from './schema.ts';
import type { UnreadableReason } from './validate-upload.ts';
import { sheetRecords, type SheetCell } from './sheet-records.ts';
import { looksLikeXls, looksLikeXlsx, readWorkbook } from './validate-xlsx.ts';

/** Which dataset a header is, and when none fits, the nearest one and what it lacks. */
export interface Recognition {
  readonly header: readonly string[];
  /** The dataset whose required columns are all present (the one explaining most of the header). */
  readonly dataset: DatasetId | null;
  /** When no dataset fits: the one that matched most columns, with its missing ones. */
  readonly nearest: DatasetFit | null;
}

export function recogniseHeader(header: readonly string[]): Recognition {
  const fits = DATASET_ORDER.map((id) => fitDataset(id, header));
  const complete = fits.filter((fit) => fit.missing.length === 0);
  const best = (candidates: readonly DatasetFit[]) =>
    candidates.reduce<DatasetFit | null>(
      (chosen, fit) => (chosen === null || fit.matched > chosen.matched ? fit : chosen),
      null,
    );
  const found = best(complete);
  if (found !== null) return { header, dataset: found.dataset, nearest: null };
  const nearest = best(fits.filter((fit) => fit.matched > 0));
  return { header, dataset: null, nearest };
}

/**
 * Which dataset a sheet is: its header row is found per dataset (title rows above it differ in
 * what they look past), so each dataset is fitted on the header it would be read with.
 */
export function recogniseSheet(rows: readonly (readonly SheetCell[])[]): {
  readonly rows: number;
  readonly recognition: Recognition;
} {
  const read = DATASET_ORDER.map((id) => sheetRecords(rows, DATASET_SPECS[id]));
  const recognitions = read.map((csv) => recogniseHeader(csv.header));
  const found = recognitions.findIndex(
    (recognition, index) => recognition.dataset === DATASET_ORDER[index],
  );
  // Prefer a dataset that fits on its own header; else the nearest fit of any reading.
  const chosen =
    found >= 0
      ? found
      : recognitions.reduce(
          (best, recognition, index) =>
            (recognition.nearest?.matched ?? 0) > (recognitions[best]?.nearest?.matched ?? 0)
              ? index
              : best,
          0,
        );
  return {
    rows: read[chosen]?.records.length ?? 0,
    recognition: recognitions[chosen] ?? recogniseHeader([]),
  };
}

/** A file as the upload panel sees it before loading: what it is and which dataset it fills. */
export type InspectedFile =
  | { readonly kind: 'csv'; readonly recognition: Recognition }
  | {
      readonly kind: 'xlsx';
      readonly sheets: readonly {
        readonly name: string;
        readonly rows: number;
        readonly recognition: Recognition;
      }[];
    }
  | { readonly kind: 'unreadable'; readonly reason: UnreadableReason };

/** Bytes read for a CSV file's header: enough for any header line, without reading a big file. */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads just enough of a file to say what it is: the header of a CSV text (decoded as the
 * loader will decode it: UTF-8, UTF-16 or Windows-1258), or each sheet of an `.xlsx` workbook
 * with its header (the whole workbook is read: run it in a worker).
 */
export async function inspectFile(file: Blob): Promise<InspectedFile> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  if (looksLikeXls(head)) return { kind: 'unreadable', reason: 'xls' };
  if (looksLikeXlsx(head)) {
    const workbook = await readWorkbook(file);
    if (workbook === null) return { kind: 'unreadable', reason: 'not_xlsx' };
    return {
      kind: 'xlsx',
      sheets: workbook.sheets.map(({ sheet, data }) => ({ name: sheet, ...recogniseSheet(data) })),
    };
  }
  const decoded = decodeText(head, file.size > HEAD_BYTES);
  if (!decoded.ok) return { kind: 'unreadable', reason: decoded.reason };
  return { kind: 'csv', recognition: recogniseHeader(readHeaderLine(decoded.text)) };
}
