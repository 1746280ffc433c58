import { statSync } from 'node:fs';
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

describe('the built site in Chromium', () => {
  it('ranks all 94 units with Vietnamese names, a drawn chart and no console errors', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);

    const table = page.getByTestId('ranking-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(94);
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toContain('Chiên Đàn');
    expect(names).toContain('Hoàng Sa');
    expect(new Set(names).size).toBeGreaterThan(90);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByTestId('sample-notice').textContent()).toContain(
      'Dữ liệu mẫu (tổng hợp)',
    );
    // vi-VN number format: decimal comma.
    const firstTotal = await table.locator('tbody tr').first().locator('td').nth(3).textContent();
    expect(firstTotal).toMatch(/^\d{2},\d{2}$/);

    await page.waitForTimeout(500);
    expect(await paintedPixels(page, 'ranking-chart')).toBeGreaterThan(20_000);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('downloads the chart as a PNG image', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải ảnh biểu đồ (PNG)' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('ranking-chart.png');
    const file = await download.path();
    expect(statSync(file).size).toBeGreaterThan(20_000);
  });

  it('sends no request beyond 127.0.0.1 and self-hosts the engine', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    const foreign = log.requests.filter(
      (url) =>
        !url.startsWith(site.server.url) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    const served = [...site.server.bytesByPath.keys()];
    expect(served.some((file) => file.endsWith('.wasm'))).toBe(true);
    expect(served).toContain('/data/manifest.json');
  });

  it('changes the ranking when the month changes, and keeps the month in the URL', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    const table = page.getByTestId('ranking-table');
    const summary = page.getByTestId('ranking-summary');
    expect(await summary.textContent()).toContain('Tháng 10/2026');
    const latestOrder = await table.locator('tbody th').allTextContents();

    await page.getByLabel('Tháng', { exact: true }).selectOption('2025-07');
    await expect.poll(() => summary.textContent()).toContain('Tháng 7/2025');
    const julyOrder = await table.locator('tbody th').allTextContents();
    expect(julyOrder).not.toEqual(latestOrder);
    // The published fact the sample respects: Chiên Đàn ranked 1st of 94 on 31/7/2025.
    expect(julyOrder[0]).toBe('Chiên Đàn');
    expect(page.url()).toContain('month=2025-07');

    await page.reload();
    await waitForRanking(page);
    expect(await summary.textContent()).toContain('Tháng 7/2025');
    expect((await table.locator('tbody th').allTextContents())[0]).toBe('Chiên Đàn');
  });

  it('switches labels to English and back', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đà Nẵng commune scorecard');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('sample-notice').textContent()).toContain(
      'Sample data (synthetic)',
    );
    expect(await page.getByTestId('ranking-table').locator('thead').textContent()).toContain(
      'Rank',
    );
    expect(page.url()).toContain('lang=en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bảng điểm xã, phường Đà Nẵng');
  });

  it('says in words that the database failed to load instead of showing a blank page', async () => {
    const { page } = await newLoggedPage(site);
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(site.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain('Không tải được dữ liệu');
    expect(await page.getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
    // The build's answers are still shown, said to be all there is.
    expect(await page.getByTestId('ranking-chart').count()).toBe(1);
    expect(await alert.textContent()).toContain('Số liệu dựng sẵn vẫn xem được');
  });
});
