import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import { buildRankingOption, rankingOptionHeight } from './build-ranking-option.ts';
import type { ChartOption } from './chart-option.ts';
import {
  chartTitleText,
  FOOTER_LINE_HEIGHT,
  withExportFooter,
  wrappedLineCount,
} from './export-footer.ts';
import { lightTheme } from './theme.ts';

type Box = Record<string, unknown>;
const asBoxes = (value: unknown): Box[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (box): box is Box => typeof box === 'object' && box !== null,
  );
const part = (option: ChartOption, key: string): Box[] => asBoxes((option as Box)[key]);

const size = { width: 600, height: 400 };
const lines = [
  'Bộ lọc: Loại: Phường · Địa bàn cũ: Hải Châu',
  'Trang: http://127.0.0.1/?view=ranking',
];

describe('withExportFooter', () => {
  const option: ChartOption = {
    title: { text: 'Xếp hạng', left: 0, top: 0 },
    legend: { bottom: 0, left: 0 },
    grid: [
      { top: 60, bottom: 16 },
      { top: '50%', height: '20%' },
    ],
    visualMap: { type: 'continuous', min: 0, max: 1, bottom: '10%' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: ['a'] },
    series: [{ type: 'bar', data: [1] }],
  };
  const layout = withExportFooter(option, lines, size, lightTheme);
  const footer = layout.height - size.height;

  it('makes the image taller by the footer, at the width shown', () => {
    expect(layout.width).toBe(600);
    expect(footer).toBeGreaterThanOrEqual(2 * FOOTER_LINE_HEIGHT);
  });

  it('moves what is placed from the bottom up by the footer, and keeps percentages of the old height', () => {
    const [first, second] = part(layout.option, 'grid');
    expect(first).toMatchObject({ top: 60, bottom: 16 + footer });
    expect(second).toMatchObject({ top: 200, height: 80 });
    expect(part(layout.option, 'legend')[0]).toMatchObject({ bottom: footer });
    expect(part(layout.option, 'visualMap')[0]).toMatchObject({ bottom: 40 + footer });
  });

  it('writes the lines as a last title placed at the bottom, on white, without animation', () => {
    const titles = part(layout.option, 'title');
    expect(titles).toHaveLength(2);
    expect(titles[0]).toMatchObject({ text: 'Xếp hạng', top: 0 });
    expect(titles[1]).toMatchObject({ subtext: lines.join('\n'), bottom: 8 });
    expect(layout.option).toMatchObject({ animation: false, backgroundColor: '#ffffff' });
    // The input option is not changed.
    expect(part(option, 'title')).toHaveLength(1);
  });

  it('leaves the option as it is, but still, with no lines', () => {
    const plain = withExportFooter(option, [], size, lightTheme);
    expect(plain.height).toBe(400);
    expect(part(plain.option, 'grid')[0]).toMatchObject({ bottom: 16 });
  });

  it('counts wrapped lines in letters, not code units, and never fewer than one', () => {
    expect(wrappedLineCount('', 600)).toBe(1);
    expect(wrappedLineCount('a'.repeat(200), 320)).toBeGreaterThan(1);
    // "ệ" written as e + two combining marks is one letter.
    const decomposed = 'e\u0323\u0302'.repeat(40);
    expect(wrappedLineCount(decomposed, 300)).toBe(wrappedLineCount('e'.repeat(40), 300));
  });

  it('reads the title a chart draws, if any', () => {
    expect(chartTitleText(option)).toBe('Xếp hạng');
    expect(chartTitleText({ title: [{ text: ' ' }] })).toBeNull();
    expect(chartTitleText({})).toBeNull();
  });
});

describe('an exported ranking chart drawn as SVG', () => {
  const ctx = chartContext('vi');
  const rows = [
    {
      code: '20242',
      name: 'Hải Châu',
      type: 'phuong' as const,
      rank: 1,
      score: 90,
      total: 90,
      groups: null,
    },
    {
      code: '20243',
      name: 'Hòa Cường',
      type: 'phuong' as const,
      rank: 5,
      score: 80,
      total: 80,
      groups: null,
    },
  ];
  const input = {
    rows,
    period: '2026-10',
    rankedCount: 94,
    filterLines: ['Đang lọc: 2/94 đơn vị', 'Loại: Phường'],
  };
  const option = buildRankingOption(input, ctx);
  // The height the ranking view draws it at.
  const height = rankingOptionHeight(input);
  const footerLines = [
    'Bộ lọc: Loại: Phường',
    'Nguồn: điểm số — dữ liệu mẫu tổng hợp, không phải số liệu chính thức',
    'Ngày dữ liệu: Tháng 10/2026',
    'Trang: http://127.0.0.1:4173/?view=ranking&type=phuong',
  ];
  const layout = withExportFooter(option, footerLines, { width: 640, height }, lightTheme);
  const svg = renderSvg(layout.option, layout.width, layout.height);

  it('draws every footer line and the filter note of the subtitle', () => {
    for (const line of footerLines) expect(svg).toContain(line.replaceAll('&', '&amp;'));
    expect(svg).toContain('Đang lọc: 2/94 đơn vị');
  });

  it('draws the footer below the plot: its first line lower than the axis lines end', () => {
    const footer =
      /<text[^>]*transform="translate\([\d.]+ ([\d.]+)\)"[^>]*>Bộ lọc: Loại: Phường/.exec(svg);
    // The value axis's vertical split lines run from the top of the plot to its bottom.
    const plotBottom = Math.max(
      ...[...svg.matchAll(/<path d="M([\d.]+) [\d.]+L\1 ([\d.]+)"/g)].map((match) =>
        Number(match[2]),
      ),
    );
    expect(footer).not.toBeNull();
    expect(plotBottom).toBeGreaterThan(100);
    expect(Number(footer?.[1])).toBeGreaterThan(plotBottom);
    expect(Number(footer?.[1])).toBeLessThan(layout.height - 4 * 15);
  });
});
