import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newLoggedPage,
  openSite,
  paintedPixels,
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

/** `−0,05` / `+1,70` / `12,30` (vi-VN) as a number. */
const parseVi = (text: string | null) =>
  Number((text ?? '').trim().replace('−', '-').replace('+', '').replace(',', '.'));

const CHIEN_DAN = '20364';

async function open(page: Page, query: string) {
  await page.goto(`${site.server.url}${query}`);
  await waitForRanking(page);
}

const tableNames = (page: Page) =>
  page.getByTestId('ranking-table').locator('tbody th').allTextContents();

describe('ranking explorer', () => {
  it('ranks by every group and the total, in any month, keeping both in the URL', async () => {
    const { page, log } = await newLoggedPage(site);
    await open(page, '?view=ranking');
    const heading = page.locator('#ranking-heading');
    const metric = page.getByLabel('Xếp theo');
    for (const [value, name] of [
      ['ckmb', 'Công khai, minh bạch'],
      ['tdgq', 'Tiến độ giải quyết'],
      ['dvctt', 'Dịch vụ công trực tuyến'],
      ['tttt', 'Thanh toán trực tuyến'],
      ['mdsh', 'Số hóa hồ sơ'],
      ['mdhl', 'Mức độ hài lòng'],
    ] as const) {
      await metric.selectOption(value);
      await expect.poll(() => heading.textContent()).toContain(name);
      expect(page.url()).toContain(`metric=${value}`);
      // The ranked group column is the one marked; its values never increase down the table.
      const column = page.getByTestId('ranking-table').locator('tbody td.metric-col');
      const values = (await column.allTextContents()).map(parseVi);
      expect(values).toHaveLength(94);
      expect(values.every((v, i) => i === 0 || v <= (values[i - 1] ?? Infinity))).toBe(true);
    }
    await page.getByLabel('Tháng', { exact: true }).selectOption('2025-09');
    await expect.poll(() => heading.textContent()).toContain('Tháng 9/2025');
    expect(page.url()).toContain('month=2025-09');
    await metric.selectOption('total');
    await expect.poll(() => heading.textContent()).toContain('tổng điểm');
    expect(page.url()).not.toContain('metric=');
    await page.waitForTimeout(300);
    expect(await paintedPixels(page, 'ranking-chart')).toBeGreaterThan(20_000);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it("decomposes a unit's change in total into six group changes that sum exactly", async () => {
    const { page, log } = await newLoggedPage(site);
    // Each unit and each month once (a page load starts the engine again: nine took 75 s).
    for (const [code, month] of [
      [CHIEN_DAN, '2025-08'],
      ['20242', '2026-03'],
      ['20333', '2026-10'],
    ] as const) {
      await open(page, `?view=ranking&month=${month}&unit=${code}`);
      const table = page.getByTestId('rank-change-table');
      await table.waitFor();
      const groups = (await table.locator('tbody td.group-change').allTextContents()).map(parseVi);
      expect(groups).toHaveLength(6);
      const total = parseVi(await table.locator('tfoot td.total-change').textContent());
      const sumCents = groups.reduce((sum, value) => sum + Math.round(value * 100), 0);
      expect(sumCents).toBe(Math.round(total * 100));
      // The chart's total bar and the table agree with the ranking table's score change.
      const row = page.getByTestId('ranking-table').locator(`tr[data-code="${code}"]`);
      expect(parseVi(await row.locator('td').nth(5).textContent())).toBe(total);
    }
    expect(await page.getByTestId('rank-change-moves').textContent()).toMatch(
      /\d+ đơn vị vượt lên trên, \d+ đơn vị không còn đứng trên/,
    );
    expect(await paintedPixels(page, 'rank-change-chart')).toBeGreaterThan(2_000);
    expect(log.pageErrors).toEqual([]);
  });

  it('says "mới" in the first month, where there is no previous month', async () => {
    const { page } = await newLoggedPage(site);
    await open(page, `?view=ranking&month=2025-07&unit=${CHIEN_DAN}`);
    const first = page.getByTestId('ranking-table').locator('tbody tr').first();
    expect(await first.locator('td').nth(4).textContent()).toBe('mới');
    expect(await page.getByTestId('unit-rank-sentence').textContent()).toBe(
      'Chiên Đàn xếp thứ 1/94; không có số liệu tháng 6/2025.',
    );
    expect(await page.getByTestId('rank-change-panel').textContent()).toContain(
      'Không thể phân tích',
    );
  });

  it('filters by type and by any of several former districts without re-ranking', async () => {
    const { page } = await newLoggedPage(site);
    await open(page, '?view=ranking&month=2026-10');
    const table = page.getByTestId('ranking-table');
    const rankOf = async (code: string) =>
      table.locator(`tr[data-code="${code}"] td`).first().textContent();
    const hoangSaRank = await rankOf('20333');
    await page.getByLabel('Loại đơn vị').selectOption('dac_khu');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await tableNames(page)).toEqual(['Hoàng Sa']);
    expect(await rankOf('20333')).toBe(hoangSaRank);
    expect(await page.getByTestId('ranking-scope').textContent()).toContain('1/94');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ranking-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('xep-hang-total-2026-10.csv');
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toMatch(/^2026-10,total,\d+,94,20333,Hoàng Sa,dac_khu,/);

    await page.getByLabel('Loại đơn vị').selectOption('');
    const district = 'Huyện Hòa Vang, TP Đà Nẵng cũ';
    await page.getByLabel('Huyện/quận cũ').selectOption(district);
    await expect.poll(() => table.locator('tbody tr').count()).toBeLessThan(94);
    const districts = await table.locator('td.former-district').allTextContents();
    expect(districts.length).toBeGreaterThan(2);
    expect(districts.every((text) => text.split(';').some((p) => p.trim() === district))).toBe(
      true,
    );
    expect(districts.some((text) => text.includes(';'))).toBe(true);
    expect(page.url()).toContain('district=');
  });

  it('sorts by change in rank and in score', async () => {
    const { page } = await newLoggedPage(site);
    await open(page, '?view=ranking&month=2026-06');
    const table = page.getByTestId('ranking-table');
    const sort = page.getByLabel('Sắp xếp');
    const rankMoves = async () =>
      (await table.locator('tbody td.rank-change-cell').allTextContents()).map((text) =>
        text.startsWith('▲')
          ? Number(text.slice(1, text.indexOf('T') > 0 ? text.indexOf('T') : undefined))
          : text.startsWith('▼')
            ? -Number(text.slice(1, text.indexOf('G') > 0 ? text.indexOf('G') : undefined))
            : 0,
      );
    await sort.selectOption('climb');
    await expect.poll(() => page.url()).toContain('sort=climb');
    const climbs = await rankMoves();
    expect(climbs[0]).toBeGreaterThan(0);
    expect(climbs.every((v, i) => i === 0 || v <= (climbs[i - 1] ?? Infinity))).toBe(true);

    await sort.selectOption('loss');
    await expect.poll(() => page.url()).toContain('sort=loss');
    const losses = (
      await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[5]?.textContent ?? ''))
    ).map(parseVi);
    expect(losses[0]).toBeLessThan(0);
    expect(losses.every((v, i) => i === 0 || v >= (losses[i - 1] ?? -Infinity))).toBe(true);
  });

  it('finds a unit with or without diacritics and explains its rank', async () => {
    const { page } = await newLoggedPage(site);
    await open(page, '?view=ranking');
    for (const typed of ['chien dan', 'Chiên Đàn', 'CHIEN DAN']) {
      const clear = page.getByRole('button', { name: /Bỏ chọn/ });
      if ((await clear.count()) > 0) await clear.click();
      const search = page.getByRole('combobox', { name: 'Chọn đơn vị để phân tích' });
      await search.fill(typed);
      await page
        .getByTestId('ranking-search')
        .getByRole('option', { name: /Chiên Đàn/ })
        .first()
        .waitFor();
      await search.press('Enter');
      await expect.poll(() => page.url()).toContain(`unit=${CHIEN_DAN}`);
      await page.getByTestId('rank-change-panel').waitFor();
      expect(await page.getByTestId('unit-rank-sentence').textContent()).toMatch(
        /^Chiên Đàn xếp thứ \d+\/94, (tăng \d+ bậc|giảm \d+ bậc|giữ nguyên hạng) so với tháng 9\/2026\.$/,
      );
    }
  });

  it('links unit names to their profile page', async () => {
    const { page } = await newLoggedPage(site);
    await open(page, '?view=ranking');
    const link = page.getByTestId('ranking-table').getByRole('link', { name: 'Chiên Đàn' });
    const href = await link.getAttribute('href');
    expect(href).toContain('view=commune');
    expect(href).toContain(`code=${CHIEN_DAN}`);
  });

  it('reopens exactly the same view from a copied URL', async () => {
    const { page } = await newLoggedPage(site);
    await open(page, '?view=ranking');
    await page.getByLabel('Xếp theo').selectOption('tdgq');
    await page.getByLabel('Tháng', { exact: true }).selectOption('2026-02');
    await page.getByLabel('Loại đơn vị').selectOption('xa');
    await page.getByLabel('Sắp xếp').selectOption('gain');
    await page.getByLabel('Tô màu theo dải điểm').check();
    await page.getByRole('button', { name: 'Phân tích: Chiên Đàn' }).click();
    await page.getByTestId('rank-change-panel').waitFor();
    const url = page.url();
    const names = await tableNames(page);
    const sentence = await page.getByTestId('unit-rank-sentence').textContent();
    expect(sentence).toMatch(/^Theo TDGQ · Tiến độ giải quyết: Chiên Đàn xếp thứ \d+\/94/);
    // The decomposition is always of the total, and says so with its own rank sentence.
    expect(await page.getByTestId('rank-change-sentence').textContent()).toMatch(
      /^Chiên Đàn xếp thứ \d+\/94, .* so với tháng 1\/2026\.$/,
    );

    const { page: copy } = await newLoggedPage(site);
    await copy.goto(url);
    await waitForRanking(copy);
    await copy.getByTestId('rank-change-panel').waitFor();
    expect(await tableNames(copy)).toEqual(names);
    expect(await copy.getByTestId('unit-rank-sentence').textContent()).toBe(sentence);
    expect(await copy.getByLabel('Xếp theo').inputValue()).toBe('tdgq');
    expect(await copy.getByLabel('Loại đơn vị').inputValue()).toBe('xa');
    expect(await copy.getByLabel('Sắp xếp').inputValue()).toBe('gain');
    expect(await copy.getByLabel('Tô màu theo dải điểm').isChecked()).toBe(true);
    expect(await copy.getByTestId('ranking-table').locator('thead').textContent()).toContain(
      'Dải điểm',
    );
  });

  it('draws the heatmap, distribution and comparison panels with tables and summaries', async () => {
    const { page, log } = await newLoggedPage(site);
    await open(page, '?view=ranking');
    await page.getByRole('button', { name: 'Bản đồ nhiệt' }).click();
    await page.getByTestId('heatmap-chart').waitFor();
    expect(page.url()).toContain('panel=heatmap');
    expect(await page.getByTestId('heatmap-summary').textContent()).toContain(
      '94 đơn vị × 16 tháng',
    );
    expect(await page.getByTestId('heatmap-table').locator('tbody tr').count()).toBe(94);
    await page.waitForTimeout(400);
    expect(await paintedPixels(page, 'heatmap-chart')).toBeGreaterThan(20_000);

    await page.getByRole('button', { name: 'Phân bố' }).click();
    await page.getByTestId('distribution-chart').waitFor();
    expect(await page.getByTestId('distribution-table').locator('tbody tr').count()).toBe(6);
    await page.waitForTimeout(400);
    expect(await paintedPixels(page, 'distribution-chart')).toBeGreaterThan(5_000);

    await page.getByRole('button', { name: 'So sánh' }).click();
    // The panel is a chunk of its own: its loading message may show for a moment.
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('ít nhất 2');
    const pick = page.getByRole('combobox', { name: /Thêm đơn vị để so sánh/ });
    for (const typed of ['chien dan', 'hai chau', 'hoang sa']) {
      await pick.fill(typed);
      await page.getByTestId('compare-search').getByRole('option').first().waitFor();
      await pick.press('Enter');
    }
    await page.getByTestId('compare-chart').waitFor();
    await expect.poll(() => page.url()).toContain('units=');
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(
      /trong 3 đơn vị so sánh/,
    );
    const header = await page.getByTestId('compare-groups-table').locator('thead').textContent();
    expect(header).toContain('Chiên Đàn');
    expect(header).toContain('Hoàng Sa');
    await page.waitForTimeout(400);
    expect(await paintedPixels(page, 'compare-chart')).toBeGreaterThan(2_000);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('speaks English when asked', async () => {
    const { page } = await newLoggedPage(site);
    await open(page, `?view=ranking&lang=en&month=2026-10&unit=${CHIEN_DAN}`);
    expect(await page.getByTestId('unit-rank-sentence').textContent()).toMatch(
      /^Chiên Đàn ranks \d+\/94, (up \d+ places|down \d+ places|unchanged) since September 2026\.$/,
    );
    expect(await page.getByTestId('ranking-scope').textContent()).toContain(
      'filters only hide rows',
    );
  });
});
