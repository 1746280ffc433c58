import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import {
  buildDistributionOption,
  groupStats,
  type DistributionUnit,
} from './build-distribution-option.ts';
import { summarizeDistribution } from './summarize-ranking.ts';

const unit = (code: string, name: string, base: number): DistributionUnit => ({
  code,
  name,
  groups: { ckmb: base, tdgq: base, dvctt: base / 2, tttt: base / 2, mdsh: base, mdhl: base },
});
const units = [
  unit('1', 'A', 10),
  unit('2', 'B', 12),
  unit('3', 'C', 14),
  unit('4', 'D', 18),
  { code: '5', name: 'No data', groups: null },
];

describe('groupStats', () => {
  it('gives quartiles and the median of units with scores', () => {
    const ckmb = groupStats(units)[0];
    expect(ckmb).toEqual({
      key: 'ckmb',
      max: 18,
      min: 10,
      q1: 11.5,
      median: 13,
      q3: 15,
      highest: 18,
      count: 4,
    });
    expect(groupStats([])).toEqual([]);
  });
});

describe('buildDistributionOption', () => {
  const option = buildDistributionOption(
    { units, period: '2026-05', selected: '3' },
    chartContext('vi'),
  );
  const series = option.series as { data: unknown[]; name: string }[];

  it('draws boxes in percent of each group maximum', () => {
    expect(series[0]?.data[0]).toEqual([55.56, 63.89, 72.22, 83.33, 100]);
  });

  it('draws one dot per unit and group, and the selected unit on its own', () => {
    expect(series[1]?.data).toHaveLength(4 * 6);
    expect(series[2]?.name).toBe('C');
    expect(series[2]?.data[0]).toEqual({ value: [77.78, 0], name: '3' });
  });

  it('renders the same SVG as the golden file', async () => {
    await expect(renderSvg(option, 640, 400)).toMatchFileSnapshot(
      '../../test/output/ranking-distribution-vi.svg',
    );
  });
});

describe('summarizeDistribution', () => {
  const vi = chartContext('vi');
  it('names the weakest group by median share', () => {
    const weak = units.map((entry) =>
      entry.groups === null ? entry : { ...entry, groups: { ...entry.groups, tttt: 1 } },
    );
    expect(summarizeDistribution(groupStats(weak), null, '2026-05', vi)).toBe(
      'Tháng 5/2026: nhóm có trung vị thấp nhất (theo % tối đa) là Thanh toán trực tuyến (1,00/10).',
    );
  });
  it("names the selected unit's largest gap to the median", () => {
    expect(summarizeDistribution(groupStats(units), units[3] ?? null, '2026-05', vi)).toBe(
      'D cách trung vị tỉnh xa nhất ở nhóm Công khai, minh bạch: 18,00 so với trung vị 13,00 (tối đa 18).',
    );
  });
});
