import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { activityTable, profileGroupsTables, profileRankTable } from './profile-tables.ts';
import type { ProfileTrendMonth } from './profile-series.ts';

const vi = chartContext('vi');
const en = chartContext('en');
const q = (q1: number, median: number, q3: number) => ({ q1, median, q3 });
const province = {
  total: q(68, 76, 85),
  ckmb: q(12, 14, 16),
  tdgq: q(14, 16, 18),
  dvctt: q(7, 9, 10),
  tttt: q(5, 7, 8),
  mdsh: q(13, 17, 19),
  mdhl: q(12, 13, 14),
};
const groups = { ckmb: 13, tdgq: 15, dvctt: 8, tttt: 6, mdsh: 15.5, mdhl: 11 };
const months: ProfileTrendMonth[] = [
  { period: '2026-04', total: 67, rank: 4, rankedCount: 94, groups, province },
  { period: '2026-05', total: null, rank: null, rankedCount: 93, groups: null, province: null },
];
const name = 'Chiên Đàn';

describe('profileRankTable', () => {
  it('lists every month oldest first, gaps as “no data” and dashes', () => {
    const table = profileRankTable({ name, months }, vi);
    expect(table.caption).toBe(
      'Tổng điểm và thứ hạng của Chiên Đàn theo tháng, so với Q1, trung vị và Q3 của tỉnh',
    );
    expect(table.columns.map((column) => column.header)).toEqual([
      'Tháng',
      'Tổng điểm',
      'Hạng',
      'Q1 tỉnh',
      'Trung vị tỉnh',
      'Q3 tỉnh',
    ]);
    expect(table.rows).toEqual([
      {
        key: '2026-04',
        header: 'Tháng 4/2026',
        cells: ['67,00', '4/94', '68,00', '76,00', '85,00'],
      },
      { key: '2026-05', header: 'Tháng 5/2026', cells: ['Không có số liệu', '—', '—', '—', '—'] },
    ]);
  });

  it('is worded in English', () => {
    const table = profileRankTable({ name, months }, en);
    expect(table.caption).toBe(
      'Total score and rank of Chiên Đàn by month, against the province Q1, median and Q3',
    );
    expect(table.rows[1]?.cells[0]).toBe('No data');
  });

  it('has a caption and headers but no rows without months', () => {
    const table = profileRankTable({ name, months: [] }, vi);
    expect(table.rows).toEqual([]);
    expect(table.columns).toHaveLength(6);
  });
});

describe('profileGroupsTables', () => {
  it('gives one table per group in index order, the unit and the province band by month', () => {
    const tables = profileGroupsTables({ name, months }, vi);
    expect(tables.map((table) => table.caption)).toEqual([
      'Công khai, minh bạch (tối đa 18): điểm của Chiên Đàn theo tháng, so với Q1, trung vị và Q3 của tỉnh',
      'Tiến độ giải quyết (tối đa 20): điểm của Chiên Đàn theo tháng, so với Q1, trung vị và Q3 của tỉnh',
      'Dịch vụ công trực tuyến (tối đa 12): điểm của Chiên Đàn theo tháng, so với Q1, trung vị và Q3 của tỉnh',
      'Thanh toán trực tuyến (tối đa 10): điểm của Chiên Đàn theo tháng, so với Q1, trung vị và Q3 của tỉnh',
      'Số hóa hồ sơ (tối đa 22): điểm của Chiên Đàn theo tháng, so với Q1, trung vị và Q3 của tỉnh',
      'Mức độ hài lòng (tối đa 18): điểm của Chiên Đàn theo tháng, so với Q1, trung vị và Q3 của tỉnh',
    ]);
    const mdsh = tables[4];
    expect(mdsh?.columns.map((column) => column.header)).toEqual([
      'Tháng',
      name,
      'Q1 tỉnh',
      'Trung vị tỉnh',
      'Q3 tỉnh',
    ]);
    expect(mdsh?.rows.map((row) => row.cells)).toEqual([
      ['15,50', '13,00', '17,00', '19,00'],
      ['—', '—', '—', '—'],
    ]);
  });

  it('is worded in English', () => {
    const [first] = profileGroupsTables({ name, months }, en);
    expect(first?.caption).toBe(
      'Publicity and transparency (maximum 18): points of Chiên Đàn by month, against the province Q1, median and Q3',
    );
    expect(first?.rows[0]?.header).toBe('April 2026');
  });
});

describe('activityTable', () => {
  const input = {
    name,
    title: 'Kiến nghị cử tri',
    months: ['2026-01', '2026-02'],
    series: [
      { name: 'Tiếp nhận', values: [1480, null], color: '#000', kind: 'bar' as const },
      { name: 'Chưa trả lời', values: [0, 3], color: '#000', kind: 'line' as const },
    ],
  };

  it('has one column per series and one row per month, counts as integers', () => {
    const table = activityTable(input, vi);
    expect(table.caption).toBe('Kiến nghị cử tri của Chiên Đàn theo tháng');
    expect(table.columns).toEqual([
      { header: 'Tháng' },
      { header: 'Tiếp nhận', numeric: true },
      { header: 'Chưa trả lời', numeric: true },
    ]);
    expect(table.rows).toEqual([
      { key: '2026-01', header: 'Tháng 1/2026', cells: ['1.480', '0'] },
      { key: '2026-02', header: 'Tháng 2/2026', cells: ['—', '3'] },
    ]);
  });

  it('is worded in English and empty without months', () => {
    const table = activityTable({ ...input, title: 'Voters’ petitions' }, en);
    expect(table.caption).toBe('Voters’ petitions of Chiên Đàn by month');
    expect(table.rows[0]?.cells).toEqual(['1,480', '0']);
    expect(activityTable({ ...input, months: [] }, vi).rows).toEqual([]);
  });
});
