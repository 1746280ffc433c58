import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLargeUpload, type LargeUpload } from '../helpers/large-upload.ts';
import { newLoggedPage, openSite, waitForRanking, type Site } from './site-fixture.ts';

// National scale, generated for the test and deleted after it (never committed): 3,321 units,
// 1,000,000 daily index snapshots (~68 MB) to load and find again after a reload, and 600,000
// (41 MB) to cancel half-way.
const ROWS = 1_000_000;
const CANCEL_ROWS = 600_000;

let site: Site;
let dir: string;
let upload: LargeUpload;
let cancelUpload: LargeUpload;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'commune-scorecard-large-'));
  site = await openSite();
  upload = await writeLargeUpload(dir, ROWS);
  cancelUpload = await writeLargeUpload(path.join(dir), CANCEL_ROWS);
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startUpload(page: Page, files: LargeUpload) {
  await page.goto(`${site.server.url}?view=data`);
  await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
  await page.getByTestId('upload-input').setInputFiles([files.unitsPath, files.scoresPath]);
  const load = page.getByRole('button', { name: 'Kiểm tra và nạp' });
  await expect.poll(() => load.isEnabled()).toBe(true);
  await load.click();
}

/** The rows inserted so far, read from the progress line ("… đã nạp 16.384 dòng"). */
async function rowsInserted(page: Page): Promise<number> {
  const text = (await page.getByTestId('upload-progress-rows').textContent()) ?? '';
  const match = /đã nạp ([\d.]+) dòng/.exec(text);
  return match ? Number((match[1] ?? '0').replaceAll('.', '')) : 0;
}

async function runSql(page: Page, sql: string): Promise<string[]> {
  await page.getByLabel('Câu lệnh SQL').fill(sql);
  await page.getByRole('button', { name: 'Chạy (Ctrl+Enter)' }).click();
  const result = page.getByTestId('console-result');
  await result.waitFor();
  return result.locator('tbody td').allTextContents();
}

describe('a national-scale upload', () => {
  it('streams 1,000,000 rows with a progress bar, counts every row, ranks the new units and keeps them across a reload', async () => {
    const { page, log } = await newLoggedPage(site);
    await startUpload(page, upload);
    const progress = page.getByTestId('upload-progress');
    await progress.waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Hủy nạp' }).isVisible()).toBe(true);
    await page.getByTestId('upload-done').waitFor({ timeout: 120_000 });
    expect(await progress.count()).toBe(0);

    const datasets = page.getByTestId('datasets-table');
    const scores = await datasets.locator('tr[data-dataset="index_scores"]').textContent();
    expect(scores).toContain('Tệp bạn tải lên');
    expect(scores).toMatch(/1\.000\.000\s*1\.000\.000\s*0/);
    expect(await datasets.locator('tr[data-dataset="units"]').textContent()).toMatch(/3\.321/);
    expect(await runSql(page, 'SELECT count(*) AS n FROM index_scores')).toEqual(['1.000.000']);
    expect(await page.getByTestId('your-data').textContent()).toContain('Đã lưu trong trình duyệt');

    await page.getByRole('navigation').getByRole('link', { name: 'Xếp hạng' }).click();
    await waitForRanking(page);
    const summary = page.getByTestId('ranking-summary');
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toContain('Đơn vị số');
    expect(await summary.textContent()).toContain(
      `Tháng ${String(Number(upload.lastMonth.slice(5)))}/2025`,
    );
    expect(await page.getByTestId('ranking-table').locator('tbody tr').count()).toBeGreaterThan(
      3000,
    );

    // A reload: the saved files are checked and loaded again before anything is shown.
    await page.goto(`${site.server.url}?view=data`);
    const yours = page.getByTestId('your-data');
    await yours.waitFor({ timeout: 120_000 });
    expect(await yours.textContent()).toContain('Đã khôi phục dữ liệu bạn nạp lần trước');
    expect(await yours.textContent()).toContain(path.basename(upload.scoresPath));
    expect(
      await page
        .getByTestId('datasets-table')
        .locator('tr[data-dataset="index_scores"]')
        .textContent(),
    ).toMatch(/Tệp bạn tải lên.*1\.000\.000\s*1\.000\.000\s*0/);
    expect(await runSql(page, 'SELECT count(*) AS n FROM index_scores')).toEqual(['1.000.000']);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  }, 300_000);

  it('cancels half-way and says so, leaving the previous data as it was', async () => {
    const { page, log } = await newLoggedPage(site);
    await startUpload(page, cancelUpload);
    await expect.poll(() => rowsInserted(page), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Hủy nạp' }).click();
    const cancelled = page.getByTestId('upload-cancelled');
    await cancelled.waitFor({ timeout: 10_000 });
    expect(await cancelled.textContent()).toContain('không có gì thay đổi');
    expect(await page.getByTestId('upload-progress').count()).toBe(0);

    const datasets = page.getByTestId('datasets-table');
    expect(await datasets.locator('tr[data-dataset="index_scores"]').textContent()).toContain(
      'Dữ liệu mẫu (tổng hợp)',
    );
    expect(await runSql(page, 'SELECT count(*) AS n FROM units')).toEqual(['94']);
    expect(
      await runSql(
        page,
        "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '%staging%'",
      ),
    ).toEqual(['0']);

    await page.getByRole('navigation').getByRole('link', { name: 'Xếp hạng' }).click();
    await waitForRanking(page);
    await expect.poll(() => page.getByTestId('ranking-table').locator('tbody tr').count()).toBe(94);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
