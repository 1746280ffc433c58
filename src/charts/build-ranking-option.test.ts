import { describe, expect, it } from 'vitest';
import { chartContext } from '../../test/helpers/chart-context.ts';
import { renderSvg } from '../../test/helpers/render-svg.ts';
import {
  buildRankingOption,
  rankingChartHeight,
  type RankingBarRow,
} from './build-ranking-option.ts';
import { summarizeRanking } from './summarize-ranking.ts';

const groups = { ckmb: 15, tdgq: 18, dvctt: 10, tttt: 8, mdsh: 20, mdhl: 15.25 };
const row = (
  code: string,
  name: string,
  rank: number | null,
  score: number | null,
  type: RankingBarRow['type'] = 'xa',
): RankingBarRow => ({
  code,
  name,
  type,
  rank,
  score,
  total: score,
  groups: score === null ? null : groups,
});

const rows: RankingBarRow[] = [
  row('20400', 'Chiên Đàn', 1, 93.87),
  row('20242', 'Hải Châu', 2, 86.25, 'phuong'),
  row('00004', 'Hòa Vang', 2, 86.25, 'phuong'),
  row('20500', '<img src=x onerror=alert(1)>', 4, 60, 'dac_khu'),
  row('20600', 'Không có số liệu', null, null),
];

interface Grid {
  readonly left: number;
  readonly outerBoundsMode: string;
}
interface Axis {
  readonly axisLabel: {
    readonly width: number;
    readonly overflow: string;
    readonly margin: number;
  };
}
type Series = { name?: string; data?: (number | null)[]; markLine?: unknown }[];
type Formatter = (params: unknown) => string;

describe('buildRankingOption', () => {
  const option = buildRankingOption({ rows, period: '2025-07' }, chartContext('vi'));

  it('lists ranked units best first by code, leaving unranked units to the table', () => {
    const yAxis = option.yAxis as { data: { value: string }[]; inverse: boolean };
    expect(yAxis.data.map((entry) => entry.value)).toEqual(['20400', '20242', '00004', '20500']);
    expect(yAxis.inverse).toBe(true);
  });

  it('puts each score in the series of its unit type, one value per bar', () => {
    const series = option.series as Series;
    expect(series.map((entry) => entry.name)).toEqual(['Xã', 'Phường', 'Đặc khu']);
    expect(series[0]?.data).toEqual([93.87, null, null, null]);
    expect(series[1]?.data).toEqual([null, 86.25, 86.25, null]);
    expect(series[2]?.data).toEqual([null, null, null, 60]);
  });

  it('marks the province median of ranked units', () => {
    const series = option.series as Series;
    expect(series[0]?.markLine).toMatchObject({ data: [{ xAxis: 86.25 }] });
  });

  it('labels units "rank. name" and formats numbers in vi-VN', () => {
    const yAxis = option.yAxis as { axisLabel: { formatter: (code: string) => string } };
    expect(yAxis.axisLabel.formatter('00004')).toBe('2. Hòa Vang');
    const label = (option.series as { label: { formatter: Formatter } }[])[0]?.label;
    expect(label?.formatter({ value: 86.25 })).toBe('86,25');
  });

  it('reserves room left of the bars for the longest label, more when it is the bold one', () => {
    const longName = 'Thị trấn Nông trường Phong Hải Đông';
    const withLong = [...rows.slice(0, 3), row('20700', longName, 3, 80)];
    const plain = buildRankingOption({ rows: withLong, period: '2025-07' }, chartContext('vi'));
    const bold = buildRankingOption(
      { rows: withLong, period: '2025-07', highlight: '20700' },
      chartContext('vi'),
    );
    const short = buildRankingOption(
      { rows: rows.slice(0, 3), period: '2025-07' },
      chartContext('vi'),
    );
    const room = (o: typeof plain) => (o.grid as Grid).left;
    const label = (o: typeof plain) => (o.yAxis as Axis).axisLabel;
    // ECharts does not measure the labels on every switch: the builder has set their room.
    expect((plain.grid as Grid).outerBoundsMode).toBe('none');
    expect(room(plain)).toBeGreaterThan(room(short));
    expect(room(bold)).toBeGreaterThan(room(plain));
    for (const o of [plain, bold, short]) {
      // The labels' own width fits in the room, with their gap to the axis; a wider font than
      // estimated ends in "…" instead of being cut at the chart's edge.
      expect(label(o).width + label(o).margin).toBeLessThanOrEqual(room(o));
      expect(label(o).overflow).toBe('truncate');
    }
  });

  it('says the data is synthetic in the chart itself, so exported images carry it', () => {
    const title = option.title as { subtext: string };
    expect(title.subtext).toBe('Tháng 7/2025 · Dữ liệu mẫu (tổng hợp)');
    const real = buildRankingOption(
      { rows, period: '2025-07' },
      chartContext('vi', { kind: 'reference' }),
    );
    expect((real.title as { subtext: string }).subtext).toBe('Tháng 7/2025');
  });

  it("names the user's file instead of the sample label, in the muted colour", () => {
    const upload = buildRankingOption(
      { rows, period: '2025-07', bands: true },
      chartContext('vi', { kind: 'upload', file: 'diem-thanh-hoa.csv' }),
    );
    const title = upload.title as { subtext: string; subtextStyle: { color: string } };
    expect(title.subtext).toBe(
      'Tháng 7/2025 · Nguồn: tệp diem-thanh-hoa.csv\nDải điểm của bảng điều khiển (không chính thức)',
    );
    expect(title.subtext).not.toContain('Dữ liệu mẫu');
    expect(title.subtextStyle.color).toBe(chartContext().theme.mutedText);
    expect((option.title as { subtextStyle: { color: string } }).subtextStyle.color).toBe(
      chartContext().theme.accent,
    );
  });

  it('escapes unit names in the HTML tooltip and lists the six groups', () => {
    const tooltip = option.tooltip as { formatter: Formatter };
    const html = tooltip.formatter({ name: '20500' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Hạng 4/4');
    expect(html).toContain('Mức độ hài lòng: <b>15,25</b> / 18');
  });

  it('switches every label to English', () => {
    const english = buildRankingOption({ rows, period: '2025-07' }, chartContext('en'));
    expect((english.title as { text: string }).text).toBe('4 units ranked by total score');
    expect((english.series as Series).map((entry) => entry.name)).toEqual([
      'Commune',
      'Ward',
      'Special zone',
    ]);
  });

  it('builds an empty chart without throwing when nothing is ranked', () => {
    const empty = buildRankingOption(
      { rows: [row('1', 'x', null, null)], period: '2025-07' },
      chartContext(),
    );
    expect((empty.yAxis as { data: unknown[] }).data).toEqual([]);
    expect((empty.series as Series)[0]?.markLine).toBeUndefined();
  });

  it('gives every bar room', () => {
    expect(rankingChartHeight(94)).toBeGreaterThan(94 * 15);
    expect(rankingChartHeight(0)).toBe(240);
  });

  it('renders the same SVG as the golden file', async () => {
    const svg = renderSvg(option, 720, rankingChartHeight(4));
    expect(svg).toContain('Chiên Đàn');
    await expect(svg).toMatchFileSnapshot('../../test/output/ranking-vi.svg');
  });

  it("renders an upload's chart with its file named, as the golden file", async () => {
    const upload = buildRankingOption(
      { rows, period: '2025-07' },
      chartContext('en', { kind: 'upload', file: 'scores <Thanh Hóa> & co.csv' }),
    );
    const svg = renderSvg(upload, 720, rankingChartHeight(4));
    expect(svg).toContain('Source: file scores &lt;Thanh Hóa&gt; &amp; co.csv');
    expect(svg).not.toContain('Sample data');
    await expect(svg).toMatchFileSnapshot('../../test/output/ranking-upload-en.svg');
  });
});

describe('buildRankingOption for a group, filtered, with bands', () => {
  it('titles and scales the axis by the group, counting ranks out of the province', () => {
    const option = buildRankingOption(
      { rows: rows.slice(0, 2), period: '2025-07', metric: 'mdhl', rankedCount: 94 },
      chartContext('vi'),
    );
    expect((option.title as { text: string }).text).toBe(
      'Xếp hạng 94 đơn vị theo nhóm Mức độ hài lòng',
    );
    expect(option.xAxis).toMatchObject({ max: 18, name: 'Mức độ hài lòng (tối đa 18)' });
  });

  it("shades the dashboard's bands on the total only, and says they are not official", () => {
    const banded = buildRankingOption({ rows, period: '2025-07', bands: true }, chartContext('vi'));
    const area = (
      banded.series as { markArea?: { data: { name?: string; xAxis: number }[][] } }[]
    )[0]?.markArea;
    expect(area?.data.map(([from, to]) => [from?.name, from?.xAxis, to?.xAxis])).toEqual([
      ['Tốt', 80, 100],
      ['Khá', 65, 80],
      ['Cần cải thiện', 0, 65],
    ]);
    expect((banded.title as { subtext: string }).subtext).toContain('không chính thức');
    const group = buildRankingOption(
      { rows, period: '2025-07', bands: true, metric: 'ckmb' },
      chartContext('vi'),
    );
    expect((group.series as { markArea?: unknown }[])[0]?.markArea).toBeUndefined();
  });
});

describe('buildRankingOption of filtered rows', () => {
  it('says in its subtitle how many units are shown and by which filters, each on its line', () => {
    const lines = ['Đang lọc: 2/94 đơn vị', 'Loại: Phường', 'Địa bàn cũ: Quận Hải Châu'];
    const plain = buildRankingOption({ rows, period: '2025-07', rankedCount: 94 }, chartContext());
    const filtered = buildRankingOption(
      { rows, period: '2025-07', rankedCount: 94, filterLines: lines },
      chartContext(),
    );
    const subtext = (option: typeof plain) => (option.title as { subtext: string }).subtext;
    expect(subtext(filtered)).toBe(['Tháng 7/2025 · Dữ liệu mẫu (tổng hợp)', ...lines].join('\n'));
    // The title still counts the province's ranked units: ranks are out of them.
    expect((filtered.title as { text: string }).text).toBe('Xếp hạng 94 đơn vị theo tổng điểm');
    // The legend and plot move down by the three lines.
    const legendTop = (option: typeof plain) => (option.legend as { top: number }).top;
    expect(legendTop(filtered) - legendTop(plain)).toBe(3 * 16);
  });
});

describe('buildRankingOption highlight', () => {
  it('emphasises the label of the unit being explained, and only it', () => {
    const option = buildRankingOption(
      { rows, period: '2025-07', highlight: '00004' },
      chartContext('vi'),
    );
    const labels = (option.yAxis as { data: { value: string; textStyle: object }[] }).data;
    expect(labels.find((entry) => entry.value === '00004')?.textStyle).toMatchObject({
      fontWeight: 'bold',
    });
    expect(labels.filter((entry) => Object.keys(entry.textStyle).length > 0)).toHaveLength(1);
  });
});

describe('summarizeRanking', () => {
  it('names the leader, the last unit and the median in one Vietnamese sentence', () => {
    const { t, format } = chartContext('vi');
    expect(summarizeRanking(rows, '2025-07', { t, format })).toBe(
      'Tháng 7/2025: Chiên Đàn đứng đầu với 93,87 điểm; <img src=x onerror=alert(1)> đứng cuối với 60,00 điểm. Trung vị 86,25 điểm.',
    );
  });
  it('says when a month has no scores', () => {
    const { t, format } = chartContext('en');
    expect(summarizeRanking([], '2025-07', { t, format })).toBe('No scores for July 2025.');
  });
});
