import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvTemplate } from './data-dictionary.ts';
import { detectDataset, readHeaderLine } from './detect-dataset.ts';
import { formatCsvExport, NOTE_COLUMN, type CsvColumn } from './format-csv-export.ts';
import { DATASET_ORDER, DATASET_SPECS } from './schema.ts';
import {
  factsSheet,
  tableSheet,
  templateSheet,
  writerSheets,
  xlsxCell,
  type XlsxSheet,
} from './xlsx-sheet.ts';

interface Row {
  readonly code: string;
  readonly name: string;
  readonly score: number | null;
}

const ROWS: Row[] = [
  { code: '00004', name: 'Ba Đình', score: 86.25 },
  { code: '20364', name: '=HYPERLINK("http://x")', score: -1.5 },
  { code: '20333', name: '', score: null },
];

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'code', value: (row) => row.code },
  { header: 'name', value: (row) => row.name },
  { header: 'score', value: (row) => row.score },
];

/** Writes sheets as the page does (the Node entry instead of the browser one) and reads them back. */
async function roundTrip(sheets: readonly XlsxSheet[]) {
  const buffer = await writeXlsxFile(writerSheets(sheets)).toBuffer();
  return readXlsxFile(buffer);
}

describe('xlsxCell', () => {
  it('types every cell: text as text, numbers as numbers, nothing else', () => {
    expect(xlsxCell('00004')).toEqual({ type: String, value: '00004' });
    expect(xlsxCell('=1+1')).toEqual({ type: String, value: '=1+1' });
    expect(xlsxCell(-2.5)).toEqual({ type: Number, value: -2.5 });
    expect(xlsxCell(0)).toEqual({ type: Number, value: 0 });
    expect(xlsxCell(null)).toBeNull();
    expect(xlsxCell('')).toBeNull();
    expect(xlsxCell(Number.NaN)).toBeNull();
    expect(xlsxCell(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('tableSheet', () => {
  it('has the CSV export header, cells and note column, typed and without the formula guard', () => {
    const sheet = tableSheet(ROWS, COLUMNS, { name: 'xep-hang', note: 'Dữ liệu mẫu' });
    const csvHeader = formatCsvExport(ROWS, COLUMNS, { note: 'Dữ liệu mẫu' })
      .replace('\uFEFF', '')
      .split('\r\n')[0];
    expect(sheet.rows[0]?.map((cell) => cell?.value).join(',')).toBe(csvHeader);
    expect(sheet.rows[0]?.at(-1)).toEqual({ type: String, value: NOTE_COLUMN, fontWeight: 'bold' });
    expect(sheet.rows.slice(1)).toEqual([
      [
        { type: String, value: '00004' },
        { type: String, value: 'Ba Đình' },
        { type: Number, value: 86.25 },
        { type: String, value: 'Dữ liệu mẫu' },
      ],
      [
        { type: String, value: '20364' },
        // A typed text cell is never evaluated: no `'` prefix needed (the CSV has one).
        { type: String, value: '=HYPERLINK("http://x")' },
        { type: Number, value: -1.5 },
        { type: String, value: 'Dữ liệu mẫu' },
      ],
      [{ type: String, value: '20333' }, null, null, { type: String, value: 'Dữ liệu mẫu' }],
    ]);
  });

  it('has no note column without a note, and sizes the columns to their text', () => {
    const sheet = tableSheet(ROWS, COLUMNS, { name: 'bảng' });
    expect(sheet.rows[0]?.map((cell) => cell?.value)).toEqual(['code', 'name', 'score']);
    expect(sheet.widths).toEqual([7, '=HYPERLINK("http://x")'.length + 2, 7]);
  });

  it('gives Excel a sheet name it accepts', () => {
    expect(tableSheet([], COLUMNS, { name: 'a/b:c*[d]?' }).name).toBe('a b c  d');
    expect(tableSheet([], COLUMNS, { name: 'x'.repeat(40) }).name).toHaveLength(31);
    expect(tableSheet([], COLUMNS, { name: '??' }).name).toBe('Sheet1');
  });
});

describe('factsSheet', () => {
  it('lists one fact a row under a bold two-column header, every cell typed text', () => {
    const sheet = factsSheet(
      [
        { label: 'Tiêu đề', value: 'Xếp hạng' },
        { label: 'Trang', value: '=HYPERLINK("x")' },
      ],
      { name: 'Nguồn', header: ['Mục', 'Nội dung'] },
    );
    expect(sheet.name).toBe('Nguồn');
    expect(sheet.rows).toEqual([
      [
        { type: String, value: 'Mục', fontWeight: 'bold' },
        { type: String, value: 'Nội dung', fontWeight: 'bold' },
      ],
      [
        { type: String, value: 'Tiêu đề' },
        { type: String, value: 'Xếp hạng' },
      ],
      [
        { type: String, value: 'Trang' },
        { type: String, value: '=HYPERLINK("x")' },
      ],
    ]);
  });
});

describe('templateSheet', () => {
  it.each(DATASET_ORDER)('%s: only the header of the CSV template', (id) => {
    const sheet = templateSheet(DATASET_SPECS[id]);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]?.map((cell) => cell?.value).join(',')).toBe(
      csvTemplate(DATASET_SPECS[id]).trimEnd(),
    );
    expect(sheet.name).toBe(id);
  });
});

describe('an XLSX written and read back', () => {
  it('keeps a template header that is recognised as its dataset', async () => {
    const [sheet] = await roundTrip([templateSheet(DATASET_SPECS.dossiers)]);
    expect(sheet?.sheet).toBe('dossiers');
    expect(sheet?.data).toHaveLength(1);
    const header = (sheet?.data[0] ?? []).map(String);
    expect(header).toEqual(DATASET_SPECS.dossiers.columns.map((column) => column.name));
    expect(detectDataset(readHeaderLine(header.join(',')))).toBe('dossiers');
  });

  it('keeps numbers as numbers, codes and formula-like text as text, empty cells empty', async () => {
    const [sheet] = await roundTrip([tableSheet(ROWS, COLUMNS, { name: 'bảng', note: 'mẫu' })]);
    expect(sheet?.sheet).toBe('bảng');
    expect(sheet?.data).toEqual([
      ['code', 'name', 'score', NOTE_COLUMN],
      ['00004', 'Ba Đình', 86.25, 'mẫu'],
      ['20364', '=HYPERLINK("http://x")', -1.5, 'mẫu'],
      ['20333', null, null, 'mẫu'],
    ]);
  });

  it('writes several sheets in order', async () => {
    const sheets = await roundTrip([
      templateSheet(DATASET_SPECS.units),
      tableSheet(ROWS, COLUMNS, { name: 'Từ điển' }),
    ]);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['units', 'Từ điển']);
  });
});
