import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import {
  ACTIVITY_CHART_HEIGHT,
  buildCommuneActivityOption,
} from './build-commune-activity-option.ts';
import {
  buildProfileGroupsOption,
  profileGroupsChartHeight,
} from './build-profile-groups-option.ts';
import { buildProfileRankOption, PROFILE_RANK_CHART_HEIGHT } from './build-profile-rank-option.ts';
import { shortMonth } from '../i18n/format.ts';
import type { ProfileTrendMonth } from './profile-series.ts';

const q = (q1: number, median: number, q3: number) => ({ q1, median, q3 });
const province = (shift: number) => ({
  total: q(68 + shift, 76 + shift, 85 + shift),
  ckmb: q(12, 14, 16),
  tdgq: q(14, 16, 18),
  dvctt: q(7, 9, 10),
  tttt: q(5, 7, 8),
  mdsh: q(13, 17, 19),
  mdhl: q(12, 13, 14),
});
const groups = { ckmb: 13, tdgq: 15, dvctt: 8, tttt: 6, mdsh: 15, mdhl: 11 };
const months: ProfileTrendMonth[] = [
  { period: '2026-04', total: 67, rank: 4, rankedCount: 94, groups, province: province(0) },
  {
    period: '2026-05',
    total: null,
    rank: null,
    rankedCount: 93,
    groups: null,
    province: province(1),
  },
  { period: '2026-06', total: 80.5, rank: 2, rankedCount: 94, groups, province: province(2) },
];
const name = 'Chiên <Đàn>';

type Series = { name?: string; data?: unknown[]; stack?: string; xAxisIndex?: number }[];
type Formatter = (params: unknown) => string;

describe('buildProfileRankOption', () => {
  const option = buildProfileRankOption(
    { name, months, height: PROFILE_RANK_CHART_HEIGHT },
    chartContext('vi'),
  );
  const series = option.series as Series;

  it('draws the band as Q1 plus a stacked Q3 − Q1, the median and the unit, gaps as null', () => {
    expect(series.map((entry) => entry.name)).toEqual([
      'Khoảng Q1–Q3 của tỉnh-base',
      'Khoảng Q1–Q3 của tỉnh',
      'Trung vị tỉnh',
      name,
      'Thứ hạng',
    ]);
    expect(series[0]?.data).toEqual([68, 69, 70]);
    expect(series[1]?.data).toEqual([17, 17, 17]);
    expect(series[0]?.stack).toBe(series[1]?.stack);
    expect(series[2]?.data).toEqual([76, 77, 78]);
    expect(series[3]?.data).toEqual([67, null, 80.5]);
  });

  it('puts the rank on its own inverted axis with 1 at the top', () => {
    expect(series[4]).toMatchObject({ xAxisIndex: 1, yAxisIndex: 1, data: [4, null, 2] });
    const yAxis = option.yAxis as { inverse?: boolean; min?: number; max?: number }[];
    expect(yAxis[1]).toMatchObject({ inverse: true, min: 1, max: 94 });
  });

  it('labels months short on the axis and in full, escaped, in the tooltip', () => {
    const xAxis = option.xAxis as { data: string[] }[];
    expect(xAxis[0]?.data).toEqual(['4/26', '5/26', '6/26']);
    expect(shortMonth('2025-07')).toBe('7/25');
    const tooltip = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 2 }]);
    expect(tooltip).toContain('Chiên &lt;Đàn&gt;');
    expect(tooltip).toContain('Tháng 6/2026');
    expect(tooltip).toContain('<b>80,50</b> · hạng 2/94');
    expect(tooltip).toContain('Q1–Q3: 70,00 – 87,00');
    const gap = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 1 }]);
    expect(gap).toContain('Không có điểm tháng này');
  });

  it('says the data is synthetic in the chart and switches to English', () => {
    expect((option.title as { subtext: string }[])[0]?.subtext).toBe('Dữ liệu mẫu (tổng hợp)');
    const english = buildProfileRankOption(
      { name, months, height: 300 },
      chartContext('en', { kind: 'reference' }),
    );
    const titles = english.title as { text: string; subtext?: string }[];
    expect(titles[0]).toMatchObject({ text: 'Total score and rank', subtext: '' });
    expect((english.series as Series)[2]?.name).toBe('Province median');
  });

  it('renders the same SVG as the golden file', async () => {
    const svg = renderSvg(option, 680, PROFILE_RANK_CHART_HEIGHT);
    await expect(svg).toMatchFileSnapshot('../../test/output/profile-rank-vi.svg');
  });
});

describe('buildProfileGroupsOption', () => {
  const option = buildProfileGroupsOption({ name, months, columns: 3 }, chartContext('vi'));
  const series = option.series as Series;

  it('draws one panel per group on its own 0–max axis', () => {
    const yAxis = option.yAxis as { min: number; max: number; gridIndex: number }[];
    expect(yAxis.map((axis) => axis.max)).toEqual([18, 20, 12, 10, 22, 18]);
    expect((option.grid as unknown[]).length).toBe(6);
    const titles = (option.title as { text: string }[]).map((title) => title.text);
    expect(titles).toContain('Mức độ hài lòng (18)');
  });

  it('gives each panel band, median and unit series for its own group', () => {
    expect(series).toHaveLength(24);
    // Satisfaction (mdhl) is the sixth panel: series 20–23.
    expect(series[20]?.data).toEqual([12, 12, 12]);
    expect(series[21]?.data).toEqual([2, 2, 2]);
    expect(series[22]?.data).toEqual([13, 13, 13]);
    expect(series[23]).toMatchObject({ name, data: [11, null, 11], xAxisIndex: 5 });
  });

  it('finds the group of the hovered panel for the tooltip', () => {
    const html = (option.tooltip as { formatter: Formatter }).formatter([
      { seriesIndex: 23, dataIndex: 0 },
    ]);
    expect(html).toContain('<b>Mức độ hài lòng</b> · Tháng 4/2026');
    expect(html).toContain('<b>11,00</b> / 18');
    expect(html).toContain('Trung vị tỉnh: 13,00 (Q1–Q3: 12,00 – 14,00)');
  });

  it('grows taller with two columns', () => {
    expect(profileGroupsChartHeight(2)).toBeGreaterThan(profileGroupsChartHeight(3));
    expect(profileGroupsChartHeight(3, 100)).toBe(96 + 200 + 36 + 8);
  });

  it('renders the same SVG as the golden file', async () => {
    const svg = renderSvg(option, 680, profileGroupsChartHeight(3));
    await expect(svg).toMatchFileSnapshot('../../test/output/profile-groups-vi.svg');
  });
});

describe('buildCommuneActivityOption', () => {
  const input = {
    title: 'Hồ sơ thủ tục hành chính',
    months: ['2026-04', '2026-05', '2026-06'],
    series: [
      { name: 'Tiếp nhận', values: [100, 90, null], color: '#999', kind: 'bar' as const },
      { name: 'Đã giải quyết', values: [85, 85, null], color: '#00f', kind: 'line' as const },
    ],
  };
  const option = buildCommuneActivityOption(input, chartContext('vi'));

  it('keeps months without a report empty and formats counts in vi-VN', () => {
    const series = option.series as { type: string; data: unknown[] }[];
    expect(series.map((entry) => entry.type)).toEqual(['bar', 'line']);
    expect(series[0]?.data).toEqual([100, 90, null]);
    const html = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 2 }]);
    expect(html).toBe('<b>Tháng 6/2026</b><br/>Tiếp nhận: <b>—</b><br/>Đã giải quyết: <b>—</b>');
  });

  it('renders the same SVG as the golden file', async () => {
    const svg = renderSvg(option, 340, ACTIVITY_CHART_HEIGHT);
    await expect(svg).toMatchFileSnapshot('../../test/output/profile-activity-vi.svg');
  });
});
