import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import {
  buildRankingOption,
  rankingChartHeight,
  rankingOptionHeight,
  type RankingBarRow,
} from './build-ranking-option.ts';
import { SUBTITLE_LINE_HEIGHT } from './chart-layout.ts';

const groups = { ckmb: 15, tdgq: 18, dvctt: 10, tttt: 8, mdsh: 20, mdhl: 15.25 };
const rows: RankingBarRow[] = [
  { code: '20400', name: 'Chiên Đàn', type: 'xa', score: 93.87 },
  { code: '20242', name: 'Hải Châu', type: 'phuong', score: 86.25 },
  { code: '00004', name: 'Hòa Vang', type: 'phuong', score: 72 },
  { code: '20500', name: 'Hoàng Sa', type: 'dac_khu', score: 60 },
].map((unit, index) => ({
  ...unit,
  type: unit.type as RankingBarRow['type'],
  rank: index + 1,
  total: unit.score,
  groups,
}));
// Not ranked this month: no bar, no room.
const unranked: RankingBarRow = {
  code: '20999',
  name: 'Tam Kỳ',
  type: 'phuong',
  rank: null,
  score: null,
  total: null,
  groups: null,
};

describe('the ranking option lays itself out from the top', () => {
  const ctx = chartContext();
  const filterLines = ['Đang lọc: 4/94 đơn vị', 'Loại: Phường'];
  const input = { rows: [...rows, unranked], period: '2026-10', rankedCount: 94, filterLines };

  it('is as tall as the bars with a score and the filter lines need', () => {
    expect(rankingOptionHeight(input)).toBe(rankingChartHeight(4) + 2 * SUBTITLE_LINE_HEIGHT);
    expect(rankingOptionHeight({ rows })).toBe(rankingChartHeight(4));
  });

  it('gives its plot a height, and nothing is placed from the bottom', () => {
    const option = buildRankingOption(input, ctx);
    const grid = option.grid as { top: number; height: number; bottom?: number };
    expect(grid.bottom).toBeUndefined();
    expect(grid.top + grid.height).toBeLessThan(rankingOptionHeight(input));
    expect(grid.top + grid.height).toBeGreaterThan(rankingOptionHeight(input) - 40);
  });

  it('draws the same picture on a taller canvas (the reused canvas of a shorter chart)', () => {
    const option = buildRankingOption(input, ctx);
    const height = rankingOptionHeight(input);
    // The SVG's own size and its background's differ; every element drawn in it is the same.
    const drawing = (svg: string) =>
      svg.replace(/<svg[^>]*>/, '').replace(/<rect width="\d+" height="\d+" x="0" y="0"[^>]*>/, '');
    const exact = drawing(renderSvg(option, 720, height));
    const taller = drawing(renderSvg(option, 720, height + 900));
    expect(exact.length).toBeGreaterThan(1000);
    expect(taller).toBe(exact);
  });
});
