import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse-csv.ts';
import {
  newLoggedPage,
  openSite,
  waitForEngine,
  waitForRanking,
  type Site,
} from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

async function download(page: Page, testId: string): Promise<Download> {
  const button = page.getByTestId(testId);
  // Table downloads sit inside closed disclosures: open the one around the button.
  await button.evaluate((element) => {
    for (let node = element.parentElement; node !== null; node = node.parentElement) {
      if (node instanceof HTMLDetailsElement) node.open = true;
    }
  });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
}

const text = async (file: Download) => readFileSync(await file.path(), 'utf8');

/** A downloaded CSV: it starts with a BOM and reopens as data, the header its first row. */
async function readCsv(file: Download) {
  const raw = await text(file);
  expect(raw.startsWith('\uFEFF')).toBe(true);
  const parsed = parseCsv(raw);
  expect(parsed.errors).toEqual([]);
  const column = (name: string) => {
    const index = parsed.header.indexOf(name);
    return parsed.records.map((record) => record.values[index] ?? '');
  };
  return { parsed, column, provenance: column('xuat_xu').filter((value) => value !== '') };
}

const xmlText = (value: string) => value.replaceAll('&', '&amp;');

/**
 * Whether an SVG draws a text, wherever its lines were broken (between words or, in a long
 * address, inside one): compared without white space.
 */
const draws = (svg: string, text: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)/g)]
    .map((match) => match[1] ?? '')
    .join('')
    .replace(/\s+/g, '')
    .includes(xmlText(text).replace(/\s+/g, ''));

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const DISTRICT = 'Quận Hải Châu, TP Đà Nẵng cũ';
const FILTERED = `?view=ranking&type=phuong&district=${encodeURIComponent(DISTRICT)}`;
const FILTER_WORDS = `Loại: Phường · Địa bàn cũ: ${DISTRICT}`;

describe('downloads carry their provenance', () => {
  it("draws a filtered ranking's filters, sources, data date and address into its SVG and PNG", async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}${FILTERED}`);
    await waitForRanking(page);
    const shown = await page.getByTestId('ranking-table').locator('tbody tr').count();
    expect(shown).toBe(2);
    const url = page.url();

    const svgFile = await download(page, 'ranking-chart-svg');
    expect(svgFile.suggestedFilename()).toBe('ranking-chart.svg');
    const svg = await text(svgFile);
    expect(svg.startsWith('<svg')).toBe(true);
    // The chart says it is filtered (its title counts the 94 ranked units, not the bars).
    expect(svg).toContain('Đang lọc: 2/94 đơn vị');
    expect(svg).toContain(`Địa bàn cũ: ${DISTRICT}`);
    expect(draws(svg, `Bộ lọc: ${FILTER_WORDS}`)).toBe(true);
    expect(draws(svg, 'Phạm vi: Đà Nẵng · 94 đơn vị')).toBe(true);
    expect(draws(svg, 'điểm số — dữ liệu mẫu tổng hợp')).toBe(true);
    expect(draws(svg, 'danh sách đơn vị — danh sách 94 đơn vị theo Công văn 1027/CTK-CSCL')).toBe(
      true,
    );
    expect(draws(svg, 'Ngày dữ liệu: Tháng 10/2026, số liệu chốt ngày 31/10/2026')).toBe(true);
    // A long address is broken over lines: read the drawn text back in one piece.
    expect(draws(svg, `Trang: ${url}`)).toBe(true);
    expect(svg).toMatch(/Xuất lúc: [\d:]+ \d\d\/\d\d\/20\d\d/);
    expect(svg).toContain('Lưu ý: DỮ LIỆU MẪU (TỔNG HỢP)');

    const png = await download(page, 'ranking-chart-png');
    expect(png.suggestedFilename()).toBe('ranking-chart.png');
    const box = await page.getByTestId('ranking-chart').boundingBox();
    const size = pngSize(readFileSync(await png.path()));
    // Twice the chart's size on screen, taller by the footer the SVG shows.
    expect(size.width).toBe(2 * Math.round(box?.width ?? 0));
    expect(size.height).toBeGreaterThan(2 * Math.round(box?.height ?? 0) + 2 * 5 * 15);
    const svgHeight = Number(/<svg[^>]*height="(\d+)"/.exec(svg)?.[1]);
    expect(size.height).toBe(2 * svgHeight);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('downloads a filtered ranking table as shown and whole, as CSV and XLSX, each naming its filters', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}${FILTERED}`);
    await waitForRanking(page);
    const url = page.url();

    const shown = await readCsv(await download(page, 'ranking-csv'));
    expect(shown.parsed.header.slice(-2)).toEqual(['ghi_chu', 'xuat_xu']);
    expect(shown.parsed.records).toHaveLength(2);
    expect(shown.column('type')).toEqual(['phuong', 'phuong']);
    // Two rows for nine facts: the first holds the first fact, the last row all the others.
    expect(shown.provenance[0]).toMatch(/^Lưu ý: DỮ LIỆU MẪU/);
    const rest = shown.provenance[1]?.split(' | ') ?? [];
    expect(rest).toContain(`Bộ lọc: ${FILTER_WORDS}`);
    expect(rest).toContain(`Trang: ${url}`);
    expect(rest.at(-1)).toMatch(/^Xuất lúc: [\d:]+ \d\d\/\d\d\/20\d\d$/);

    const whole = await readCsv(await download(page, 'ranking-whole-csv'));
    expect(whole.parsed.records).toHaveLength(94);
    expect(whole.provenance[0]).toMatch(/^Lưu ý: DỮ LIỆU MẪU/);
    expect(whole.provenance).toContain('Bộ lọc: không lọc (toàn bộ bảng)');
    expect(whole.provenance).toContain(`Trang: ${url}`);
    // Rows below the facts keep an empty cell: the column reads as one more text column.
    expect(whole.column('xuat_xu').slice(20)).toEqual(Array(74).fill(''));

    const xlsx = await download(page, 'ranking-xlsx');
    const sheets = await readXlsxFile(readFileSync(await xlsx.path()));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      xlsx.suggestedFilename().replace(/\.xlsx$/, ''),
      'Nguồn',
    ]);
    const [data, source] = sheets;
    expect(data?.data).toHaveLength(3);
    expect(data?.data[0]?.at(-1)).toBe('ghi_chu');
    expect(source?.data[0]).toEqual(['Mục', 'Nội dung']);
    const facts = new Map(source?.data.slice(1).map((row) => [String(row[0]), String(row[1])]));
    expect(facts.get('Bộ lọc')).toBe(FILTER_WORDS);
    expect(facts.get('Trang')).toBe(url);
    expect(facts.get('Nguồn (điểm số)')).toMatch(/^dữ liệu mẫu tổng hợp/);
    expect(facts.get('Lưu ý')).toMatch(/^DỮ LIỆU MẪU/);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('offers one pair, the whole table, when no filter is set', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=ranking`);
    await waitForRanking(page);
    expect(await page.getByTestId('ranking-whole-csv').count()).toBe(0);
    const csv = await readCsv(await download(page, 'ranking-csv'));
    expect(csv.parsed.records).toHaveLength(94);
    expect(csv.provenance).toContain('Bộ lọc: không lọc (toàn bộ bảng)');
  });

  it('downloads the heatmap, distribution and compare tables', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}${FILTERED}&panel=heatmap`);
    await page.getByTestId('heatmap-table').waitFor({ state: 'attached', timeout: 60_000 });
    const heat = await readCsv(await download(page, 'heatmap-csv'));
    expect(heat.parsed.header.slice(0, 3)).toEqual(['code', 'name', '2025-07']);
    expect(heat.parsed.records).toHaveLength(2);
    expect(heat.provenance.join(' | ')).toContain(`Bộ lọc: ${FILTER_WORDS}`);
    const heatWhole = await readCsv(await download(page, 'heatmap-whole-csv'));
    expect(heatWhole.parsed.records).toHaveLength(94);
    const heatSvg = await text(await download(page, 'heatmap-chart-svg'));
    expect(draws(heatSvg, `Bộ lọc: ${FILTER_WORDS}`)).toBe(true);

    await page.goto(`${site.server.url}?view=ranking&panel=distribution`);
    await page.getByTestId('distribution-table').waitFor({ state: 'attached', timeout: 60_000 });
    const distribution = await readCsv(await download(page, 'distribution-csv'));
    expect(distribution.column('group')).toEqual(['ckmb', 'tdgq', 'dvctt', 'tttt', 'mdsh', 'mdhl']);
    expect(distribution.provenance).toContain('Bộ lọc: không lọc (toàn bộ bảng)');

    await page.goto(`${site.server.url}?view=ranking&panel=compare&units=20242,20257`);
    await page.getByTestId('compare-groups-table').waitFor({ timeout: 60_000 });
    const compare = await readCsv(await download(page, 'compare-groups-csv'));
    expect(compare.parsed.header.slice(1, 3)).toEqual(['Hải Châu (20242)', 'Hòa Cường (20257)']);
    expect(compare.column('group').at(-1)).toBe('Hạng');
    const history = await readCsv(await download(page, 'compare-history-csv'));
    expect(history.column('month')[0]).toBe('2025-07');
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it("names the commune in the profile's dossier and petition images and downloads its tables", async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=commune&code=20364`);
    await page.getByTestId('profile-month-table').waitFor({ timeout: 60_000 });
    // Unit 20364 of the published units list.
    const name = 'Chiên Đàn';
    await expect.poll(async () => page.locator('#profile-heading').textContent()).toContain(name);

    const month = await readCsv(await download(page, 'profile-month-csv'));
    expect(month.parsed.header.slice(0, 2)).toEqual(['period', 'total']);
    expect(month.provenance.some((fact) => fact.includes(name))).toBe(true);

    await page.getByTestId('profile-dossiers-chart').waitFor({ timeout: 60_000 });
    const dossiers = await text(await download(page, 'profile-dossiers-chart-svg'));
    expect(dossiers).toContain(`Hồ sơ thủ tục hành chính · ${name}`);
    expect(draws(dossiers, 'hồ sơ — dữ liệu mẫu tổng hợp')).toBe(true);
    const petitions = await text(await download(page, 'profile-petitions-chart-svg'));
    expect(petitions).toContain(`Kiến nghị cử tri · ${name}`);

    const peers = await readCsv(await download(page, 'profile-peers-csv'));
    expect(new Set(peers.column('peer_by'))).toEqual(new Set(['size', 'district']));
    const table = await readCsv(await download(page, 'profile-dossiers-table-table-1-csv'));
    expect(table.parsed.records.length).toBeGreaterThan(1);
    const rank = await readCsv(await download(page, 'profile-rank-table-table-1-csv'));
    // Figures come back as numbers (95.42), not as the page writes them (95,42).
    expect(rank.parsed.records[0]?.values[1]).toMatch(/^\d+(\.\d+)?$/);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('downloads the dossier and petition trends, the quality report and the data page tables', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=dossiers&type=xa`);
    // A filter the build did not answer: the engine's figures.
    await waitForEngine(page);
    await page.getByTestId('dossier-trend-table').waitFor({ state: 'attached', timeout: 60_000 });
    const trend = await readCsv(await download(page, 'dossier-trend-csv'));
    expect(trend.parsed.header.slice(0, 3)).toEqual(['month', 'reports', 'handled']);
    expect(trend.provenance).toContain('Bộ lọc: Loại: Xã');
    const trendWhole = await readCsv(await download(page, 'dossier-trend-whole-csv'));
    expect(Number(trendWhole.column('reports')[0])).toBeGreaterThan(
      Number(trend.column('reports')[0]),
    );
    const quality = await readCsv(await download(page, 'dossier-quality-csv'));
    expect(quality.parsed.records).toHaveLength(3);
    const dossiers = await readCsv(await download(page, 'dossiers-csv'));
    const dossiersWhole = await readCsv(await download(page, 'dossiers-whole-csv'));
    expect(dossiersWhole.parsed.records.length).toBeGreaterThan(dossiers.parsed.records.length);

    await page.goto(`${site.server.url}?view=petitions`);
    await page.getByTestId('petition-trend-table').waitFor({ state: 'attached', timeout: 60_000 });
    const petitions = await readCsv(await download(page, 'petition-trend-csv'));
    expect(petitions.parsed.header).toContain('answered_share');
    expect(petitions.provenance).toContain('Bộ lọc: không lọc (toàn bộ bảng)');

    await page.goto(`${site.server.url}?view=data`);
    await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
    const datasets = await readCsv(await download(page, 'datasets-csv'));
    expect(datasets.column('dataset')).toEqual([
      'units',
      'index_scores',
      'index_metrics',
      'dossiers',
      'petitions',
    ]);
    const issues = await readCsv(await download(page, 'issues-csv'));
    expect(issues.column('code')).toEqual(Array(3).fill('dossier_balance'));
    const dictionary = await readCsv(await download(page, 'dictionary-units-csv'));
    expect(dictionary.provenance[0]).toMatch(/^Tiêu đề: /);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
