import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import {
  buildDossierUnitsOption,
  dossierUnitsChartHeight,
  type DossierBarRow,
} from './build-dossier-units-option.ts';
import { buildDossierTrendOption } from './build-dossier-trend-option.ts';
import { SMALL_COUNT_OPACITY, type DossierChartCounts } from './dossier-series.ts';

const counts = (early: number, onTime: number, late: number, inTime: number, overdue = 0) =>
  ({
    resolvedEarly: early,
    resolvedOnTime: onTime,
    resolvedLate: late,
    pendingInTime: inTime,
    pendingOverdue: overdue,
    receivedOnline: early + onTime,
    receivedInPerson: late + inTime,
    receivedPostal: overdue,
    gap: 0,
  }) satisfies DossierChartCounts;

const rows: DossierBarRow[] = [
  { code: '99001', name: 'Nguyệt Ấn', counts: counts(1200, 714, 42, 133) },
  { code: '20242', name: 'Hải Châu', counts: { ...counts(200, 220, 20, 40, 10), gap: 7 } },
  { code: '20500', name: '<b>Đông "Giang"</b>', counts: counts(3, 5, 1, 1) },
  { code: '20700', name: 'Trà Leng', counts: counts(0, 0, 0, 0) },
  { code: '20600', name: 'Hoàng Sa', counts: null },
];

type Formatter = (params: unknown) => string;
interface LineSeries {
  type: string;
  data: { value: number | null; symbol: string }[];
}
type BarSeries = { name: string; data: { value: number; itemStyle: { opacity?: number } }[] }[];

describe('buildDossierUnitsOption', () => {
  const input = { rows, month: '2026-05', rate: 'press', mode: 'outcomes' } as const;
  const option = buildDossierUnitsOption(input, chartContext('vi'));
  const label = (code: string) =>
    (option.yAxis as { axisLabel: { formatter: (code: string) => string } }).axisLabel.formatter(
      code,
    );

  it('keeps the given order and leaves units without a report to the table', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['99001', '20242', '20500', '20700']);
  });

  it('stacks the five outcome buckets in order', () => {
    const series = option.series as BarSeries;
    expect(series.map((entry) => entry.name)).toEqual([
      'Giải quyết trước hạn',
      'Giải quyết đúng hạn',
      'Giải quyết trễ hạn',
      'Đang xử lý trong hạn',
      'Đang xử lý quá hạn',
    ]);
    expect(series[2]?.data.map((item) => item.value)).toEqual([42, 20, 1, 0]);
  });

  it('gives the ordered outcome buckets a pattern each, the unordered channels none', () => {
    type Decals = { itemStyle: { color: string; decal?: { dashArrayY?: unknown } } }[];
    const decals = (option.series as Decals).map((entry) => entry.itemStyle.decal);
    expect(decals[0]).toBeUndefined();
    expect(decals.slice(1).every((decal) => decal !== undefined)).toBe(true);
    expect(new Set(decals.map((decal) => JSON.stringify(decal ?? null))).size).toBe(5);
    const channels = buildDossierUnitsOption({ ...input, mode: 'channels' }, chartContext('vi'));
    expect((channels.series as Decals).map((entry) => entry.itemStyle.decal)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('labels each unit with the chosen rate, "—" for no denominator, and marks n < 20', () => {
    expect(label('99001')).toBe('Nguyệt Ấn · 97,9 %');
    expect(label('20700')).toBe('Trà Leng · —');
    expect(label('20500')).toBe('<b>Đông "Giang"</b> · 88,9 % (n nhỏ)');
    expect(label('20242')).toBe('Hải Châu · 95,5 % ⚠');
    const portal = buildDossierUnitsOption({ ...input, rate: 'portal' }, chartContext('vi'));
    const portalLabel = (portal.yAxis as { axisLabel: { formatter: (c: string) => string } })
      .axisLabel.formatter;
    expect(portalLabel('99001')).toBe('Nguyệt Ấn · 98,0 %');
  });

  it('fades the bars of a small count', () => {
    const series = option.series as BarSeries;
    expect(series[0]?.data.map((item) => item.itemStyle.opacity)).toEqual([
      undefined,
      undefined,
      SMALL_COUNT_OPACITY,
      undefined,
    ]);
  });

  it('names the rate with its definition and n in an escaped tooltip', () => {
    const html = (option.tooltip as { formatter: Formatter }).formatter([{ name: '20500' }]);
    expect(html).toContain('&lt;b&gt;Đông &quot;Giang&quot;&lt;/b&gt;');
    expect(html).not.toContain('<b>Đông');
    expect(html).toContain(
      'Tỷ lệ giải quyết đúng hạn (cách tính báo chí thường dùng): <b>88,89 %</b>',
    );
    expect(html).toContain('n = 9');
    expect(html).toContain('n nhỏ');
    expect(html).toContain('(trước hạn + đúng hạn) ÷ số hồ sơ đã giải quyết');
    const nguyetAn = (option.tooltip as { formatter: Formatter }).formatter([{ name: '99001' }]);
    expect(nguyetAn).toContain('<b>97,85 %</b>');
    const unbalanced = (option.tooltip as { formatter: Formatter }).formatter([{ name: '20242' }]);
    expect(unbalanced).toContain('Không cân đối: lệch 7');
  });

  it('shows the three reception channels in channel mode, in English too', () => {
    const channels = buildDossierUnitsOption({ ...input, mode: 'channels' }, chartContext('en'));
    const series = channels.series as BarSeries;
    expect(series.map((entry) => entry.name)).toEqual([
      'Received online',
      'Received in person',
      'Received by post',
    ]);
    expect(series[0]?.data[0]?.value).toBe(1914);
    expect((channels.title as { subtext: string }).subtext).toBe(
      'May 2026 · Resolved on time (press) · Sample data (synthetic)',
    );
  });

  it('moves the legend under the plot and wraps the title on narrow screens', () => {
    const compact = buildDossierUnitsOption({ ...input, compact: true }, chartContext('vi'));
    expect(compact.legend).toMatchObject({ bottom: 0 });
    expect((compact.title as { textStyle: { overflow: string } }).textStyle.overflow).toBe('break');
    expect(dossierUnitsChartHeight(4, true)).toBeGreaterThan(dossierUnitsChartHeight(4));
    expect(option.legend).toMatchObject({ top: 48 });
  });

  it('builds an empty chart without throwing', () => {
    const empty = buildDossierUnitsOption({ ...input, rows: [] }, chartContext('vi'));
    expect((empty.yAxis as { data: string[] }).data).toEqual([]);
    expect(dossierUnitsChartHeight(0)).toBe(240);
  });

  it('renders the same SVG as the golden file', async () => {
    const svg = renderSvg(option, 720, dossierUnitsChartHeight(4));
    expect(svg).toContain('Nguyệt Ấn');
    await expect(svg).toMatchFileSnapshot('../../test/output/dossier-units-vi.svg');
  });
});

describe('buildDossierTrendOption', () => {
  const trend = [
    { month: '2026-05', counts: counts(1200, 714, 42, 133) },
    { month: '2026-06', counts: counts(3, 5, 1, 1) },
    { month: '2026-07', counts: counts(0, 0, 0, 0) },
  ];
  const option = buildDossierTrendOption(
    { rows: trend, rate: 'portal', scope: 'toàn thành phố' },
    chartContext('vi'),
  );

  it('draws the rate as a line with a gap (not a zero) for no denominator, hollow for small n', () => {
    const line = (option.series as LineSeries[]).find((entry) => entry.type === 'line');
    expect(line?.data.map((point) => point.value)).toEqual([2047 / 2089, 0.9, null]);
    expect(line?.data.map((point) => point.symbol)).toEqual(['circle', 'emptyCircle', 'circle']);
  });

  it('stacks the buckets per month and formats the rate axis as vi-VN percent', () => {
    expect((option.series as LineSeries[]).filter((entry) => entry.type === 'bar')).toHaveLength(5);
    const axes = option.yAxis as { axisLabel: { formatter: (value: number) => string } }[];
    expect(axes[1]?.axisLabel.formatter(0.5)).toBe('50 %');
    const xAxis = option.xAxis as { axisLabel: { formatter: (month: string) => string } };
    expect(xAxis.axisLabel.formatter('2026-05')).toBe('5/26');
  });

  it('names the rate and its n in the tooltip', () => {
    const html = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 0 }]);
    expect(html).toContain('Tỷ lệ đúng hạn theo Cổng DVC (QĐ 766, tiêu chí 2.1): <b>97,99 %</b>');
    expect(html).toContain('n = 2.089');
    expect((option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 2 }])).toContain(
      '<b>—</b>',
    );
  });

  it('renders the same SVG as the golden file', async () => {
    await expect(renderSvg(option, 720, 360)).toMatchFileSnapshot(
      '../../test/output/dossier-trend-vi.svg',
    );
  });
});
