import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import {
  buildHeatmapOption,
  heatmapChartHeight,
  type HeatmapInput,
} from './build-heatmap-option.ts';

const cell = (code: string, period: string, score: number, rank: number) => ({
  code,
  period,
  score,
  rank,
  rankedCount: 3,
});

const input: HeatmapInput = {
  units: [
    { code: '20364', name: 'Chiên Đàn' },
    { code: '20242', name: 'Hải <Châu>' },
    { code: '20333', name: 'Hoàng Sa' },
  ],
  periods: ['2026-04', '2026-05'],
  cells: [
    cell('20364', '2026-04', 80, 2),
    cell('20242', '2026-04', 90, 1),
    cell('20364', '2026-05', 95, 1),
    cell('20242', '2026-05', 85, 2),
    cell('20333', '2026-05', 60, 3),
    cell('99999', '2026-05', 50, 4),
  ],
  mode: 'score',
  metricName: 'Tổng điểm',
  max: 100,
  period: '2026-05',
};

type HeatSeries = { data: [number, number, number][] }[];

describe('buildHeatmapOption', () => {
  const option = buildHeatmapOption(input, chartContext('vi'));

  it('places each unit-month at [month, row], leaving missing months and hidden units out', () => {
    expect((option.series as HeatSeries)[0]?.data).toEqual([
      [0, 0, 80],
      [0, 1, 90],
      [1, 0, 95],
      [1, 1, 85],
      [1, 2, 60],
    ]);
    expect((option.yAxis as { data: string[] }).data).toEqual(['20364', '20242', '20333']);
  });

  it('shows ranks with the ramp reversed so that darkest is best', () => {
    const ranks = buildHeatmapOption({ ...input, mode: 'rank' }, chartContext('vi'));
    expect((ranks.series as HeatSeries)[0]?.data[0]).toEqual([0, 0, 2]);
    const map = ranks.visualMap as { min: number; max: number; inRange: { color: string[] } };
    expect([map.min, map.max]).toEqual([1, 3]);
    expect(map.inRange.color[0]).toBe('#08306b');
    expect((option.visualMap as { inRange: { color: string[] } }).inRange.color[0]).toBe('#f7fbff');
  });

  it('starts the score ramp at the lowest shown score, rounded down', () => {
    expect(option.visualMap).toMatchObject({ min: 60, max: 100, text: ['100', '60'] });
    const group = buildHeatmapOption(
      { ...input, max: 10, cells: input.cells.map((c) => ({ ...c, score: c.score / 10 })) },
      chartContext('vi'),
    );
    expect(group.visualMap).toMatchObject({ min: 6, max: 10 });
  });

  it('escapes names in the tooltip and gives the rank', () => {
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({
      value: [0, 1, 90],
    });
    expect(html).toContain('Hải &lt;Châu&gt;');
    expect(html).toContain('Hạng 1/3');
  });

  it('marks the month the rows are ordered by', () => {
    const months = (option.xAxis as { data: { value: string; textStyle: object }[] }).data;
    expect(months.map((month) => month.value)).toEqual(['04/2026', '05/2026']);
    expect(months[1]?.textStyle).toMatchObject({ fontWeight: 'bold' });
    expect(months[0]?.textStyle).toEqual({});
  });

  it('gives 94 units readable rows', () => {
    expect(heatmapChartHeight(94)).toBeGreaterThanOrEqual(94 * 14);
  });

  it('renders the same SVG as the golden file', async () => {
    await expect(renderSvg(option, 640, heatmapChartHeight(3))).toMatchFileSnapshot(
      '../../test/output/ranking-heatmap-vi.svg',
    );
  });
});
