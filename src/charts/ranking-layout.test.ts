import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import {
  buildRankingOption,
  rankingChartHeight,
  type RankingBarRow,
} from './build-ranking-option.ts';

const groups = { ckmb: 15, tdgq: 18, dvctt: 10, tttt: 8, mdsh: 20, mdhl: 15.25 };
const row = (code: string, name: string, score: number, type: RankingBarRow['type']) => ({
  code,
  name,
  type,
  rank: 0,
  score,
  total: score,
  groups,
});
const rankedRows: RankingBarRow[] = [
  row('20400', 'Chiên Đàn', 93.87, 'xa'),
  row('20242', 'Hải Châu', 86.25, 'phuong'),
  row('00004', 'Hòa Vang', 72, 'phuong'),
  row('20500', 'Hoàng Sa', 60, 'dac_khu'),
].map((unit, index) => ({ ...unit, rank: index + 1 }));

/** A band of rows, px from the top of the rendered chart. */
interface Band {
  readonly label: string;
  readonly top: number;
  readonly bottom: number;
}

// Texts are drawn centred on their y (dominant-baseline central); legend items have a hit area.
const TEXT =
  /<text [^>]*?font-size:(\d+)px[^>]*?(?:y="(-?[\d.]+)" )?transform="translate\([\d.-]+ ([\d.-]+)\)"[^>]*>([^<]*)<\/text>/g;
const LEGEND_ITEM =
  /<path d="M0 0l[\d.]+ 0l0 ([\d.]+)[^"]*" transform="translate\([\d.-]+ ([\d.-]+)\)"[^>]*ecmeta_ssr_type="legend"/g;

const unescapeXml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

function textBand(svg: string, label: string, match: (text: string) => boolean): Band {
  const found = [...svg.matchAll(TEXT)].filter((text) => match(unescapeXml(text[4] ?? '')));
  if (found.length === 0) throw new Error(`no text for ${label}`);
  const edges = found.map(([, size, dy, y]) => {
    const centre = Number(y) + Number(dy ?? 0);
    return [centre - Number(size) / 2, centre + Number(size) / 2] as const;
  });
  return {
    label,
    top: Math.min(...edges.map(([top]) => top)),
    bottom: Math.max(...edges.map(([, bottom]) => bottom)),
  };
}

describe('buildRankingOption layout (issue 12: legend over the axis title at 375 px)', () => {
  it('reserves the legend a band of its own, above the grid that holds the axis title', () => {
    for (const bands of [false, true]) {
      const option = buildRankingOption(
        { rows: rankedRows, period: '2025-07', bands },
        chartContext('vi'),
      );
      const legend = option.legend as { top: number; padding: number; itemHeight: number };
      const grid = option.grid as { top: number };
      const subtitle = (option.title as { subtext: string }).subtext.split('\n');
      expect(subtitle).toHaveLength(bands ? 2 : 1);
      // The subtitle's lines end above the legend; the legend ends above the grid.
      expect(legend.top).toBeGreaterThanOrEqual(30 + 16 * subtitle.length);
      // The top axis's title (12 px text centred 24 px above the grid) starts below the legend.
      expect(grid.top - 24 - 6).toBeGreaterThanOrEqual(
        legend.top + 2 * legend.padding + legend.itemHeight,
      );
    }
  });

  it.each([
    ['vi', 375],
    ['en', 375],
    ['vi', 1440],
    ['en', 1440],
  ] as const)(
    'draws subtitle, legend, axis title and axis labels in separate rows (%s, %i px)',
    (locale, width) => {
      const ctx = chartContext(locale);
      const option = buildRankingOption({ rows: rankedRows, period: '2025-07', bands: true }, ctx);
      const svg = renderSvg(option, width, rankingChartHeight(4));
      const items = [...svg.matchAll(LEGEND_ITEM)].map(([, height, y]) => ({
        top: Number(y),
        bottom: Number(y) + Number(height),
      }));
      expect(items).toHaveLength(3);
      // One row even at phone width: the reserved band fits it.
      expect(new Set(items.map((item) => item.top)).size).toBe(1);
      const axisName = ctx.t('ranking.axisScore');
      const rowsTopDown: Band[] = [
        textBand(svg, 'subtitle', (text) => text === ctx.t('ranking.band.legend')),
        {
          label: 'legend',
          top: Math.min(...items.map((item) => item.top)),
          bottom: Math.max(...items.map((item) => item.bottom)),
        },
        textBand(svg, 'axis title', (text) => text === axisName),
        textBand(svg, 'axis labels', (text) => text === '20' || text === '40'),
      ];
      for (const [above, below] of rowsTopDown
        .slice(0, -1)
        .map((band, i) => [band, rowsTopDown[i + 1]] as const)) {
        expect(
          above.bottom,
          `${above.label} (${String(above.bottom)}) must end above ${String(below?.label)} (${String(below?.top)})`,
        ).toBeLessThanOrEqual(below?.top ?? 0);
      }
    },
  );
});

describe('buildRankingOption with bands at phone width', () => {
  it('renders the same SVG as the golden file', async () => {
    const option = buildRankingOption(
      { rows: rankedRows, period: '2025-07', bands: true },
      chartContext('vi'),
    );
    await expect(renderSvg(option, 375, rankingChartHeight(4))).toMatchFileSnapshot(
      '../../test/output/ranking-bands-375-vi.svg',
    );
  });
});
