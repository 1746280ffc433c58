import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newLoggedPage,
  openSite,
  paintedPixels,
  waitForEngine,
  type Site,
} from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

async function openView(page: Page, query: string, table: string): Promise<void> {
  await page.goto(`${site.server.url}${query}`);
  await page.getByTestId(table).locator('tbody tr').first().waitFor({ timeout: 60_000 });
  await waitForEngine(page);
}

describe('dossiers page', () => {
  it('names both on-time rates with their definitions, draws the chart, and lists 94 units', async () => {
    const { page, log } = await newLoggedPage(site);
    await openView(page, '?view=dossiers', 'dossier-table');
    const rates = page.getByTestId('rate-switch');
    expect(await rates.textContent()).toContain(
      'Tỷ lệ đúng hạn theo Cổng DVC (QĐ 766, tiêu chí 2.1)',
    );
    expect(await rates.textContent()).toContain(
      'Tỷ lệ giải quyết đúng hạn (cách tính báo chí thường dùng)',
    );
    expect(await rates.textContent()).toContain('÷');
    expect(await page.getByTestId('rate-total-portal').textContent()).toMatch(/^\d{2},\d{2} %/);
    expect(await page.getByTestId('dossier-table').locator('tbody tr').count()).toBe(94);
    await page
      .getByTestId('dossier-trend-table')
      .locator('tbody tr')
      .first()
      .waitFor({ state: 'attached' });
    expect(await page.getByTestId('dossier-trend-table').locator('tbody tr').count()).toBe(16);
    await page.waitForTimeout(500);
    expect(await paintedPixels(page, 'dossier-units-chart')).toBeGreaterThan(20_000);
    expect(await paintedPixels(page, 'dossier-trend-chart')).toBeGreaterThan(5_000);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('switches the rate in the URL and keeps it on reload', async () => {
    const { page } = await newLoggedPage(site);
    await openView(page, '?view=dossiers', 'dossier-table');
    const press = page.getByRole('button', { name: /cách tính báo chí/ });
    await press.click();
    await expect.poll(() => press.getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain('rate=press');
    await page.reload();
    await page.getByTestId('dossier-table').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('dossiers-summary').textContent()).toContain(
      'cách tính báo chí thường dùng',
    );
  });

  it('flags small counts and lists exactly the three unbalanced unit-months', async () => {
    const { page } = await newLoggedPage(site);
    await openView(page, '?view=dossiers&month=2025-07', 'dossier-table');
    const table = page.getByTestId('dossier-table');
    expect(await table.getByText('n nhỏ').count()).toBeGreaterThan(0);
    const quality = page.getByTestId('dossier-quality');
    await quality.locator('tbody tr').first().waitFor();
    const rows = await quality.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Hòa Khánh');
    expect(rows[0]).toContain('Tháng 9/2025');
    expect(rows[1]).toContain('Thăng Bình');
    expect(rows[2]).toContain('Khâm Đức');

    await openView(page, '?view=dossiers&month=2025-09', 'dossier-table');
    const flagged = page.getByTestId('dossier-table').getByTestId('unbalanced-cell');
    expect(await flagged.count()).toBe(1);
    expect(await flagged.textContent()).toContain('Không cân đối');
  });

  it('filters by unit type, shows one unit history, and downloads the CSV shown', async () => {
    const { page } = await newLoggedPage(site);
    await openView(page, '?view=dossiers', 'dossier-table');
    await page.getByLabel('Loại đơn vị').selectOption('phuong');
    await expect.poll(() => page.getByTestId('dossier-table').locator('tbody tr').count()).toBe(23);
    expect(page.url()).toContain('type=phuong');

    const download = page.waitForEvent('download');
    await page.getByTestId('dossiers-csv').click();
    const file = await download;
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.startsWith('\uFEFFcode,name,type')).toBe(true);
    expect(text.split('\r\n')[0]).toContain('portal_rate_pct,portal_rate_n,press_rate_pct');
    expect(text.split('\r\n')[0]?.endsWith(',ghi_chu,xuat_xu')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(24);
    expect(text).toContain('Dữ liệu mẫu (tổng hợp)');

    await openView(page, '?view=dossiers&code=20364', 'dossier-table');
    await expect
      .poll(() => page.getByTestId('dossier-trend-summary').textContent())
      .toContain('Chiên Đàn');
  });
});

describe('petitions page', () => {
  it('gives a per-10,000 rate only for the 7 units with a known population', async () => {
    const { page, log } = await newLoggedPage(site);
    await openView(page, '?view=petitions', 'petition-table');
    const cells = await page.getByTestId('per10k-cell').allTextContents();
    const known = cells.filter((text) => /^\d+,\d$/.test(text));
    expect(known).toHaveLength(7);
    expect(cells.filter((text) => text === 'chưa rõ dân số').length).toBe(cells.length - 7);
    expect(await page.getByTestId('petitions-summary').textContent()).toContain('Tháng 7/2025');
    expect(await page.getByTestId('petitions-total').textContent()).toMatch(/\d{2},\d{2} %/);
    await page.waitForTimeout(500);
    expect(await paintedPixels(page, 'petition-units-chart')).toBeGreaterThan(20_000);
    expect(log.consoleErrors).toEqual([]);
  });

  it('charts per 10,000 residents for known populations only, and keeps the period in the URL', async () => {
    const { page } = await newLoggedPage(site);
    await openView(
      page,
      '?view=petitions&measure=per10k&from=2025-07&to=2025-07',
      'petition-table',
    );
    expect(await page.getByTestId('per10k-chart-note').textContent()).toContain('7');
    expect(await page.getByTestId('petitions-summary').textContent()).toMatch(/^Tháng 7\/2025:/);
    // Published fact the sample respects: Chiên Đàn, 119 petitions in its first round.
    const chienDan = page.getByTestId('petition-table').locator('tr[data-code="20364"]');
    expect(await chienDan.locator('td').nth(1).textContent()).toBe('119');
    await page.getByLabel('Đến tháng').selectOption('2025-12');
    await expect.poll(() => page.url()).toContain('to=2025-12');
  });
});
