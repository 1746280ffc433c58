import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlerSnapshot, portalResponses } from '../helpers/portal-fixtures.ts';
import { followLink, newLoggedPage, openSite, type Site } from './site-fixture.ts';

// The national portal's real files, when this checkout sits beside ../shared (CI has them).
const REAL = path.resolve(import.meta.dirname, '../../../shared/data/dvcqg');
let site: Site;
let dir: string;

beforeAll(async () => {
  site = await openSite();
  dir = mkdtempSync(path.join(tmpdir(), 'commune-scorecard-portal-'));
  for (const [name, json] of Object.entries(portalResponses())) {
    writeFileSync(path.join(dir, name), JSON.stringify(json));
  }
  writeFileSync(
    path.join(dir, 'communes_Mau_09102026.json'),
    JSON.stringify(crawlerSnapshot('09102026', [70, 65, 60])),
  );
  writeFileSync(
    path.join(dir, 'communes_Mau_10102026.json'),
    JSON.stringify(crawlerSnapshot('10102026', [70, 70, 60])),
  );
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openData(page: Page) {
  await page.goto(`${site.server.url}?view=data`);
  await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
}

/** Chooses the files, sets each batch of API responses' period and day, imports, waits. */
async function importFiles(
  page: Page,
  files: readonly string[],
  periods: readonly { readonly period: string; readonly date: string }[],
) {
  await page.getByTestId('upload-input').setInputFiles([...files]);
  const panel = page.getByTestId('portal-import');
  await expect
    .poll(() => panel.getByTestId('portal-run').isEnabled(), { timeout: 20_000 })
    .toBe(true);
  const periodInputs = panel.getByTestId('portal-period');
  expect(await periodInputs.count()).toBe(periods.length);
  for (const [index, { period, date }] of periods.entries()) {
    await panel.getByTestId('portal-date').nth(index).fill(date);
    await periodInputs.nth(index).fill(period);
  }
  await panel.getByTestId('portal-run').click();
  await panel.getByTestId('portal-done').waitFor({ timeout: 60_000 });
  return (await panel.getByTestId('portal-report').textContent()) ?? '';
}

const rankingNames = (page: Page) =>
  page.getByTestId('ranking-table').locator('tbody tr th').allTextContents();

describe('the national portal’s files on the Data page', () => {
  it('imports responses and snapshots: report, ranking of that province, day over day, profile sub-indicators', async () => {
    const { page, log } = await newLoggedPage(site);
    await openData(page);
    const files = readdirSync(dir).map((name) => path.join(dir, name));
    const report = await importFiles(page, files, [{ period: '2026-08', date: '2026-09-26' }]);
    expect(report).toContain('Đã đọc 8 tệp.');
    expect(report).toContain('3 xã, phường được nhập.');
    expect(report).toMatch(/1 sở, ngành \(25 %.*\) được để riêng/);
    expect(report).toContain('Tháng 8/2026, ngày 26/09/2026');

    // The month: the three communes of "Tỉnh Mẫu", titled with it, the agency not among them.
    await followLink(page, 'view=ranking&month=2026-08');
    await expect.poll(() => rankingNames(page), { timeout: 30_000 }).toHaveLength(3);
    expect(await page.getByTestId('ranking-scope').textContent()).toContain('Mẫu');
    expect((await rankingNames(page)).join(' ')).not.toContain('Sở Nội vụ');
    expect(await page.getByTestId('ranking-facts').textContent()).toContain(
      'Nhóm CKMB (Công khai, minh bạch) bằng nhau cho mọi đơn vị',
    );

    // The year to date taken on two days: compared day over day, the tie shares rank 1.
    await followLink(page, 'view=ranking&month=2026%402026-10-10');
    await expect
      .poll(async () => page.getByTestId('ranking-facts').textContent(), { timeout: 30_000 })
      .toContain('ngày chốt trước');
    const facts = (await page.getByTestId('ranking-facts').textContent()) ?? '';
    expect(facts).toContain('dùng chung thứ hạng');
    expect(facts).toContain('đánh số các đơn vị bằng điểm liên tiếp');
    const ranks = await page
      .getByTestId('ranking-table')
      .locator('tbody tr td:first-of-type')
      .allTextContents();
    expect(ranks.slice(0, 3).map((text) => text.trim().split('/')[0])).toEqual(['1', '1', '3']);

    // A commune's profile: its sub-indicators with numerator and denominator.
    await followLink(page, 'view=commune&code=H99.100');
    const metrics = page.getByTestId('profile-metrics');
    await metrics.locator('table').first().waitFor({ timeout: 30_000 });
    expect(await metrics.textContent()).toContain('ORIGINAL_RESULT_AVAILABLE');
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it.skipIf(!existsSync(REAL))(
    'imports the real Phú Thọ and Gia Lai files: 148 and 135 communes, in the portal’s order',
    async () => {
      const { page, log } = await newLoggedPage(site);
      await openData(page);
      const phuTho = readdirSync(path.join(REAL, 'phu-tho-api'))
        .filter((name) => name.endsWith('-all.json'))
        .map((name) => path.join(REAL, 'phu-tho-api', name));
      const report = await importFiles(page, phuTho, [
        { period: '2026-08', date: '2026-09-26' },
        { period: '2026', date: '2026-09-26' },
      ]);
      expect(report).toContain('148 xã, phường được nhập.');
      expect(report).toMatch(/15 sở, ngành \(9 %/);
      await followLink(page, 'view=ranking&month=2026');
      await expect.poll(() => rankingNames(page), { timeout: 30_000 }).toHaveLength(148);
      expect(await page.getByTestId('ranking-scope').textContent()).toContain('Phú Thọ');

      await followLink(page, 'view=data');
      await page.getByTestId('datasets-table').waitFor({ timeout: 30_000 });
      const gia = readdirSync(path.join(REAL, 'gia-lai'))
        .filter((name) => name.startsWith('communes_'))
        .map((name) => path.join(REAL, 'gia-lai', name));
      const second = await importFiles(page, gia, []);
      expect(second).toContain('135 xã, phường được nhập.');
      await followLink(page, 'view=ranking');
      await expect.poll(() => rankingNames(page), { timeout: 30_000 }).toHaveLength(135);
      expect(await page.getByTestId('ranking-scope').textContent()).toContain('Gia Lai');
      expect(await page.getByTestId('ranking-facts').textContent()).toContain('ngày chốt trước');
      expect(log.pageErrors).toEqual([]);
      await page.close();
    },
  );
});
