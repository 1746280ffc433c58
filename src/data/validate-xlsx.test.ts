import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { fromColumnBatch, type ColumnBatch } from './column-batch.ts';
import { indexScoresSpec, unitsSpec, type DatasetSpec, type ValidRow } from './schema.ts';
import type { SheetCell } from './sheet-records.ts';
import { validateUpload } from './validate-upload.ts';
import { inspectFile } from './recognise-header.ts';

interface Cell {
  value: string | number | Date;
  type?: typeof Number | typeof Date;
  format?: string;
}

const cell = (value: SheetCell): Cell | null => {
  if (value === null) return null;
  if (typeof value === 'number') return { value, type: Number };
  if (value instanceof Date) return { value, type: Date, format: 'dd/mm/yyyy' };
  return { value: String(value) };
};

async function workbook(
  sheets: readonly { name: string; rows: readonly (readonly SheetCell[])[] }[],
): Promise<Blob> {
  const output = writeXlsxFile(
    sheets.map(({ name, rows }) => ({ sheet: name, data: rows.map((row) => row.map(cell)) })),
  );
  return new Blob([new Uint8Array(await output.toBuffer())]);
}

async function validate(source: Blob, spec: DatasetSpec, sheet?: string) {
  const batches: ColumnBatch[] = [];
  const result = await validateUpload(
    source,
    spec,
    'diem.xlsx',
    { batchRows: 2, ...(sheet === undefined ? {} : { sheet }) },
    (batch) => {
      batches.push(batch);
      return Promise.resolve();
    },
  );
  const rows: ValidRow[] = batches.flatMap(fromColumnBatch);
  return { result, rows };
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

// What Excel in vi-VN saves: Vietnamese headers, typed numbers and dates, a title row above.
const SCORE_HEADER = [
  'Mã xã',
  'Ngày',
  'Loại kỳ',
  'Kỳ',
  'Công khai, minh bạch',
  'Tiến độ giải quyết',
  'Dịch vụ công trực tuyến',
  'Thanh toán trực tuyến',
  'Mức độ số hóa',
  'Mức độ hài lòng',
  'Tổng điểm',
];

describe('validateUpload on .xlsx', () => {
  it('reads Vietnamese headers, typed numbers and dates, with each row on its sheet row', async () => {
    const file = await workbook([
      {
        name: 'Điểm',
        rows: [
          ['Bảng điểm tháng 7/2025', null],
          [],
          [null, ...SCORE_HEADER],
          [
            null,
            '20242',
            utc(2025, 7, 31),
            'Tháng',
            utc(2025, 7, 1),
            13.51,
            16.31,
            8.57,
            6.28,
            13.5,
            15.44,
            73.61,
          ],
          [],
          // Numbers typed as text with decimal commas, as a vi-VN user types them.
          [
            null,
            '20245',
            '31/07/2025',
            'month',
            '7/2025',
            '13,51',
            '16,31',
            '8,57',
            '6,28',
            '13,5',
            '15,44',
            '73,61',
          ],
          [
            null,
            '20248',
            utc(2025, 7, 31),
            'month',
            '2025-07',
            13.51,
            'x',
            8.57,
            6.28,
            13.5,
            15.44,
            73.61,
          ],
        ],
      },
    ]);
    const { result, rows } = await validate(file, indexScoresSpec);
    if (!result.ok) throw new Error(result.reason);
    expect(result.report).toMatchObject({ rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 });
    expect(result.report.issues).toEqual([
      expect.objectContaining({ line: 7, column: 'tdgq', code: 'not_number', found: 'x' }),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        code: '20242',
        snapshot_date: '2025-07-31',
        period_type: 'month',
        period: '2025-07',
        ckmb: 13.51,
        total: 73.61,
      }),
      expect.objectContaining({ code: '20245', period: '2025-07', ckmb: 13.51, mdsh: 13.5 }),
    ]);
  });

  it('takes the first sheet that fits the dataset, or the one asked for, and names it', async () => {
    const file = await workbook([
      { name: 'Ghi chú', rows: [['Nguồn: số liệu tự tổng hợp']] },
      {
        name: 'Đơn vị',
        rows: [
          ['code', 'name', 'type', 'former_district', 'area_km2'],
          ['20242', 'An Thắng', 'xa', 'Huyện Điện Bàn', 35.25],
        ],
      },
    ]);
    const fitted = await validate(file, unitsSpec);
    if (!fitted.result.ok) throw new Error(fitted.result.reason);
    expect(fitted.result.report).toMatchObject({ file: 'diem.xlsx › Đơn vị', rowsLoaded: 1 });
    expect(fitted.rows[0]).toMatchObject({ name: 'An Thắng', area_km2: 35.25 });

    const chosen = await validate(file, unitsSpec, 'Ghi chú');
    if (!chosen.result.ok) throw new Error(chosen.result.reason);
    expect(chosen.result.report).toMatchObject({ rowsRead: 0, rowsLoaded: 0 });
    expect(chosen.result.report.issues.map((issue) => issue.code)).toContain('missing_column');

    expect((await validate(file, unitsSpec, 'Không có')).result).toEqual({
      ok: false,
      reason: 'sheet_not_found',
    });
    expect(await inspectFile(file)).toEqual({
      kind: 'xlsx',
      sheets: [
        {
          name: 'Ghi chú',
          rows: 0,
          recognition: { header: ['Nguồn: số liệu tự tổng hợp'], dataset: null, nearest: null },
        },
        {
          name: 'Đơn vị',
          rows: 1,
          recognition: {
            header: ['code', 'name', 'type', 'former_district', 'area_km2'],
            dataset: 'units',
            nearest: null,
          },
        },
      ],
    });
  });

  it('reports a value right of the header as a wrong field count, and skips empty cells there', async () => {
    const file = await workbook([
      {
        name: 'Sheet1',
        rows: [
          ['code', 'name', 'type', 'former_district', 'area_km2', null],
          ['20242', 'An Thắng', 'xa', 'Huyện Điện Bàn', 35.25, null],
          ['20243', 'An Phú', 'phuong', 'TP Tam Kỳ', 12, 'ghi chú lạc'],
        ],
      },
    ]);
    const { result } = await validate(file, unitsSpec);
    if (!result.ok) throw new Error(result.reason);
    expect(result.report).toMatchObject({ rowsRead: 2, rowsLoaded: 1 });
    expect(result.report.issues).toEqual([
      expect.objectContaining({ line: 3, code: 'field_count' }),
    ]);
  });

  it('refuses an old .xls, a damaged workbook, and reads other bytes as CSV', async () => {
    const xls = new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])]);
    expect((await validate(xls, unitsSpec)).result).toEqual({ ok: false, reason: 'xls' });
    const broken = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])]);
    expect((await validate(broken, unitsSpec)).result).toEqual({ ok: false, reason: 'not_xlsx' });
    const csv = new Blob(['code,name,type,former_district,area_km2\n20242,An Thắng,xa,X,1\n']);
    const read = await validate(csv, unitsSpec);
    expect(read.result).toMatchObject({ ok: true, report: { rowsLoaded: 1 } });
  });
});
