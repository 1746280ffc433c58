import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import { buildCompareOption, type CompareInput } from './build-compare-option.ts';
import { summarizeCompare } from './summarize-ranking.ts';

const input: CompareInput = {
  units: [
    { code: '20364', name: 'Chiên Đàn' },
    { code: '20242', name: 'Hải Châu' },
  ],
  periods: ['2026-04', '2026-05', '2026-06'],
  cells: [
    { code: '20364', period: '2026-04', score: 90 },
    { code: '20364', period: '2026-06', score: 92 },
    { code: '20242', period: '2026-04', score: 80 },
    { code: '20242', period: '2026-05', score: 81.5 },
    { code: '20242', period: '2026-06', score: 83 },
  ],
  metricName: 'Tổng điểm',
  max: 100,
  period: '2026-06',
};

describe('buildCompareOption', () => {
  const option = buildCompareOption(input, chartContext('vi'));
  const series = option.series as { name: string; data: (number | null)[]; markLine?: unknown }[];

  it('draws one line per unit, breaking at a missing month', () => {
    expect(series.map((line) => line.name)).toEqual(['Chiên Đàn', 'Hải Châu']);
    expect(series[0]?.data).toEqual([90, null, 92]);
    expect(series[1]?.data).toEqual([80, 81.5, 83]);
  });

  it('marks the month in focus', () => {
    expect(series[0]?.markLine).toMatchObject({ data: [{ xAxis: 2 }] });
  });

  it('zooms the axis on the data within 0 and the maximum', () => {
    const axis = option.yAxis as {
      min: (extent: { min: number }) => number;
      max: (extent: { max: number }) => number;
    };
    expect(axis.min({ min: 80 })).toBe(75);
    expect(axis.max({ max: 93.2 })).toBe(95);
    expect(axis.min({ min: 0.5 })).toBe(0);
    expect(axis.max({ max: 99.5 })).toBe(100);
  });

  it('renders the same SVG as the golden file', async () => {
    await expect(renderSvg(option, 640, 360)).toMatchFileSnapshot(
      '../../test/output/ranking-compare-vi.svg',
    );
  });
});

describe('summarizeCompare', () => {
  it('names the highest and lowest compared unit', () => {
    const units = [
      { name: 'Chiên Đàn', score: 92 },
      { name: 'Hải Châu', score: 83 },
      { name: 'Hoàng Sa', score: null },
    ];
    expect(summarizeCompare(units, '2026-06', chartContext('vi'))).toBe(
      'Tháng 6/2026: trong 3 đơn vị so sánh, Chiên Đàn cao nhất (92,00), Hải Châu thấp nhất (83,00).',
    );
  });
});
