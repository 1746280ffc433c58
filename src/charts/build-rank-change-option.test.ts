import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import { buildRankChangeOption, type RankChangeInput } from './build-rank-change-option.ts';
import { summarizeRankChange, summarizeUnitRank } from './summarize-ranking.ts';
import { formatSigned } from '../i18n/format.ts';

const input: RankChangeInput = {
  name: 'Chiên <Đàn>',
  period: '2026-05',
  previousPeriod: '2026-04',
  totalChange: 1.7,
  groups: [
    { key: 'ckmb', previous: 12.1, current: 12.3, change: 0.2 },
    { key: 'tdgq', previous: 15.2, current: 15.4, change: 0.2 },
    { key: 'dvctt', previous: 8.3, current: 8.6, change: 0.3 },
    { key: 'tttt', previous: 6.1, current: 6.4, change: 0.3 },
    { key: 'mdsh', previous: 15.7, current: 15, change: -0.7 },
    { key: 'mdhl', previous: 11.2, current: 12.6, change: 1.4 },
  ],
};

interface Bar {
  value: number;
  itemStyle: { color: string };
  label: { position: string };
}

describe('buildRankChangeOption', () => {
  const option = buildRankChangeOption(input, chartContext('vi'));
  const series = option.series as { data: Bar[]; label: { formatter: (p: unknown) => string } }[];

  it('draws one bar per group and the total last, the total equal to their sum', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual([
      'CKMB',
      'TDGQ',
      'DVCTT',
      'TTTT',
      'MDSH',
      'MDHL',
      'Tổng điểm',
    ]);
    const values = series[0]?.data.map((bar) => bar.value) ?? [];
    expect(values).toEqual([0.2, 0.2, 0.3, 0.3, -0.7, 1.4, 1.7]);
    const sumCents = values.slice(0, 6).reduce((sum, value) => sum + Math.round(value * 100), 0);
    expect(sumCents / 100).toBe(values[6]);
  });

  it('colours losses red and gains teal (apart for red–green colour-blind readers), labels losses on the left', () => {
    const bars = series[0]?.data ?? [];
    expect(bars[4]).toMatchObject({ itemStyle: { color: '#b42318' }, label: { position: 'left' } });
    expect(bars[5]).toMatchObject({
      itemStyle: { color: '#1a6b5a' },
      label: { position: 'right' },
    });
    expect(series[0]?.label.formatter({ value: -0.7 })).toBe('−0,70');
  });

  it('is symmetric around zero on a nice extent', () => {
    expect(option.xAxis).toMatchObject({ min: -2, max: 2 });
  });

  it('escapes the unit name in the tooltip', () => {
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({
      dataIndex: 5,
    });
    expect(html).toContain('Mức độ hài lòng');
    expect(html).toContain('11,20 → 12,60 / 18');
    expect(html).toContain('+1,40');
  });

  it('renders the same SVG as the golden file', async () => {
    await expect(renderSvg(option, 640, 300)).toMatchFileSnapshot(
      '../../test/output/ranking-change-vi.svg',
    );
  });
});

describe('change summaries', () => {
  const vi = chartContext('vi');
  it('signs with a true minus', () => {
    expect(formatSigned(-0.05, vi)).toBe('−0,05');
    expect(formatSigned(0, vi)).toBe('0,00');
    expect(formatSigned(2, chartContext('en'))).toBe('+2.00');
  });

  it('names the group that moved the total most', () => {
    expect(summarizeRankChange({ ...input, previousTotal: 68.6, total: 70.3 }, vi)).toBe(
      'Tổng điểm của Chiên <Đàn> tăng 1,70 điểm (68,60 → 70,30); nhóm ảnh hưởng nhiều nhất: Mức độ hài lòng (+1,40).',
    );
  });

  it('says the rank move in one sentence, in both languages', () => {
    const context = { period: '2026-07', previousPeriod: '2026-06', rankedCount: 94 };
    const unit = { name: 'Chiên Đàn', rank: 3, previousRank: 5 };
    expect(summarizeUnitRank(unit, context, vi)).toBe(
      'Chiên Đàn xếp thứ 3/94, tăng 2 bậc so với tháng 6/2026.',
    );
    expect(summarizeUnitRank({ ...unit, previousRank: 1 }, context, chartContext('en'))).toBe(
      'Chiên Đàn ranks 3/94, down 2 places since June 2026.',
    );
    expect(summarizeUnitRank({ ...unit, previousRank: null }, context, vi)).toBe(
      'Chiên Đàn xếp thứ 3/94; không có số liệu tháng 6/2026.',
    );
    expect(summarizeUnitRank({ ...unit, previousRank: 3 }, context, vi)).toContain(
      'giữ nguyên hạng',
    );
  });
});
