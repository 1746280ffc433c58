import { describe, expect, it } from 'vitest';
import { chartTableColumns, shownNumber, type ChartTableSpec } from './chart-table.ts';

describe('shownNumber', () => {
  it('reads figures as each locale writes them, signs included', () => {
    expect(shownNumber('95,42', 'vi')).toBe(95.42);
    expect(shownNumber('1.480', 'vi')).toBe(1480);
    expect(shownNumber('−0,40', 'vi')).toBe(-0.4);
    expect(shownNumber('+1,70', 'vi')).toBe(1.7);
    expect(shownNumber('1,480.5', 'en')).toBe(1480.5);
  });

  it('leaves anything else as text (null)', () => {
    for (const text of ['12/94', '—', '97,85 %', 'Không có số liệu', '']) {
      expect(shownNumber(text, 'vi')).toBeNull();
    }
  });
});

describe('chartTableColumns', () => {
  const spec: ChartTableSpec = {
    caption: 'Điểm theo tháng',
    columns: [
      { header: 'Tháng' },
      { header: 'Tổng điểm', numeric: true },
      { header: 'Hạng', numeric: true },
      { header: 'Ghi chú' },
    ],
    rows: [
      { key: '2026-09', header: 'Tháng 9/2026', cells: ['88,50', '3/94', '12'] },
      { key: '2026-10', header: 'Tháng 10/2026', cells: ['—'] },
    ],
  };

  it('gives the row header and every cell, figures of numeric columns as numbers', () => {
    const columns = chartTableColumns(spec, 'vi');
    expect(columns.map((column) => column.header)).toEqual([
      'Tháng',
      'Tổng điểm',
      'Hạng',
      'Ghi chú',
    ]);
    expect(spec.rows.map((row) => columns.map((column) => column.value(row)))).toEqual([
      ['Tháng 9/2026', 88.5, '3/94', '12'],
      ['Tháng 10/2026', null, null, null],
    ]);
  });
});
