import { exportFacts, factLine, type ExportProvenance } from '../charts/export-provenance.ts';
import { formatCsvExport, type CsvColumn } from '../data/format-csv-export.ts';
import { factsSheet, tableSheet } from '../data/xlsx-sheet.ts';
import type { Translate } from '../i18n/translate.ts';
import { CSV_MIME } from './save-blob.ts';
import { writeXlsx } from './write-xlsx.ts';

export interface TableFile<Row> {
  readonly rows: readonly Row[];
  readonly columns: readonly CsvColumn<Row>[];
  /** The `ghi_chu` note on every row (the sample warning, an upload's file name), if any. */
  readonly note?: string | undefined;
  /** The XLSX data sheet's name. */
  readonly sheet: string;
  readonly provenance: ExportProvenance;
}

/** A table as CSV: its rows, the note column, then the `xuat_xu` column of its provenance. */
export function tableCsv<Row>(file: TableFile<Row>, t: Translate): Blob {
  const facts = exportFacts(file.provenance, t).map(factLine);
  const text = formatCsvExport(file.rows, file.columns, { note: file.note, provenance: facts });
  return new Blob([text], { type: CSV_MIME });
}

/** A table as XLSX: the data sheet (rows and note column), then the "Nguồn" sheet, one fact a row. */
export function tableXlsx<Row>(file: TableFile<Row>, t: Translate): Promise<Blob> {
  return writeXlsx([
    tableSheet(file.rows, file.columns, { name: file.sheet, note: file.note }),
    factsSheet(exportFacts(file.provenance, t), {
      name: t('export.sheetName'),
      header: [t('export.sheetItem'), t('export.sheetValue')],
    }),
  ]);
}
