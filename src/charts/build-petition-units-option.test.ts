import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import { PETITION_TOPICS } from '../data/schema.ts';
import { buildPetitionTrendOption } from './build-petition-trend-option.ts';
import {
  buildPetitionUnitsOption,
  petitionUnitsChartHeight,
  type PetitionBarRow,
} from './build-petition-units-option.ts';
import { answeredShare } from '../data/answered-share.ts';
import type { PetitionChartCounts } from './petition-series.ts';

const topics = (values: Partial<Record<(typeof PETITION_TOPICS)[number], number>>) =>
  Object.fromEntries(PETITION_TOPICS.map((topic) => [topic, values[topic] ?? 0])) as Record<
    (typeof PETITION_TOPICS)[number],
    number
  >;
const counts = (spot: number, later: number, up: number, pending: number, byTopic = {}) =>
  ({
    received: spot + later + up + pending,
    answeredOnSpot: spot,
    answeredLater: later,
    transferred: up,
    pending,
    byTopic: topics({ khac: spot + later + up + pending, ...byTopic }),
  }) satisfies PetitionChartCounts;

const rows: PetitionBarRow[] = [
  {
    code: '20364',
    name: 'Chiên Đàn',
    population: 32145,
    counts: {
      ...counts(39, 35, 25, 20),
      byTopic: topics({ dat_dai: 60, ha_tang_giao_thong: 40, khac: 19 }),
    },
  },
  { code: '20242', name: '<i>Hải Châu</i>', population: null, counts: counts(5, 5, 0, 2) },
  { code: '20600', name: 'Hoàng Sa', population: null, counts: null },
];

type Formatter = (params: unknown) => string;
interface SeriesItem {
  name: string;
  data: number[];
}
type Series = SeriesItem[];
interface Line {
  type: string;
  data: { value: number | null; symbol: string }[];
}

describe('buildPetitionUnitsOption', () => {
  const input = { rows, period: 'Tháng 7/2025', mode: 'topics', measure: 'count' } as const;
  const option = buildPetitionUnitsOption(input, chartContext('vi'));

  it('stacks the eight topics with Vietnamese labels and leaves units without petitions out', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['20364', '20242']);
    const series = option.series as Series;
    expect(series.map((entry) => entry.name)).toEqual([
      'Đất đai',
      'Hạ tầng, giao thông',
      'Chính sách xã hội',
      'Y tế',
      'Giáo dục',
      'Môi trường',
      'Kinh tế, ngân sách',
      'Khác',
    ]);
    expect(series[0]?.data).toEqual([60, 0]);
    expect(series[7]?.data).toEqual([19, 12]);
  });

  it('draws per 10,000 residents only where population is known', () => {
    const perCapita = buildPetitionUnitsOption({ ...input, measure: 'per10k' }, chartContext('vi'));
    expect((perCapita.yAxis as { data: string[] }).data).toEqual(['20364']);
    const formatter = (perCapita.yAxis as { axisLabel: { formatter: (c: string) => string } })
      .axisLabel.formatter;
    expect(formatter('20364')).toBe('Chiên Đàn · 37,0');
    expect((perCapita.series as Series)[0]?.data[0]).toBeCloseTo((60 / 32145) * 10_000, 6);
  });

  it('says "chưa rõ dân số" in the tooltip instead of a rate, and escapes names', () => {
    const tooltip = (option.tooltip as { formatter: Formatter }).formatter;
    const html = tooltip([{ name: '20242' }]);
    expect(html).toContain('&lt;i&gt;Hải Châu&lt;/i&gt;');
    expect(html).toContain('Trên 10.000 dân: chưa rõ dân số');
    expect(tooltip([{ name: '20364' }])).toContain('Trên 10.000 dân: 37,0');
  });

  it('splits by outcome in English', () => {
    const outcomes = buildPetitionUnitsOption({ ...input, mode: 'outcomes' }, chartContext('en'));
    expect((outcomes.series as Series).map((entry) => entry.name)).toEqual([
      'Answered on the spot',
      'Answered later',
      'Passed to a higher level',
      'Pending',
    ]);
    expect((outcomes.title as { subtext: string }).subtext).toBe(
      'Tháng 7/2025 · Petitions · Sample data (synthetic)',
    );
  });

  it('patterns the ordered outcomes (all but the first), not the topics', () => {
    type Decals = { itemStyle: { decal?: object } }[];
    const outcomes = buildPetitionUnitsOption({ ...input, mode: 'outcomes' }, chartContext('vi'));
    const decals = (outcomes.series as Decals).map((entry) => entry.itemStyle.decal);
    expect(decals.map((decal) => decal !== undefined)).toEqual([false, true, true, true]);
    const topicsOption = buildPetitionUnitsOption(input, chartContext('vi'));
    expect((topicsOption.series as Decals).some((entry) => entry.itemStyle.decal)).toBe(false);
  });

  it('renders the same SVG as the golden file', async () => {
    await expect(renderSvg(option, 720, petitionUnitsChartHeight(2))).toMatchFileSnapshot(
      '../../test/output/petition-units-vi.svg',
    );
  });
});

describe('buildPetitionTrendOption', () => {
  const trend = [
    { month: '2025-07', counts: counts(39, 35, 25, 20) },
    { month: '2025-08', counts: counts(0, 0, 0, 3) },
    { month: '2025-09', counts: counts(0, 0, 0, 0) },
  ];
  const option = buildPetitionTrendOption(
    { rows: trend, scope: 'toàn thành phố' },
    chartContext('vi'),
  );

  it('computes the answered share with its n, "—" when nothing was received', () => {
    expect(answeredShare(trend[0]?.counts ?? counts(0, 0, 0, 0))).toMatchObject({
      numerator: 74,
      denominator: 119,
      small: false,
    });
    const line = (option.series as Line[]).find((entry) => entry.type === 'line');
    expect(line?.data.map((point) => point.value)).toEqual([74 / 119, 0, null]);
    expect(line?.data.map((point) => point.symbol)).toEqual(['circle', 'emptyCircle', 'circle']);
    const html = (option.tooltip as { formatter: Formatter }).formatter([{ dataIndex: 2 }]);
    expect(html).toContain('Tỷ lệ đã trả lời: <b>—</b> (n = 0)');
  });

  it('renders the same SVG as the golden file', async () => {
    await expect(renderSvg(option, 720, 360)).toMatchFileSnapshot(
      '../../test/output/petition-trend-vi.svg',
    );
  });
});
