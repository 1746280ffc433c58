import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLoggedPage, openSite, type Site } from './site-fixture.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/uploads');
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe('the data page', () => {
  it('reconciles the sample, lists the deliberate dossier warnings and runs read-only SQL', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=data`);
    const datasets = page.getByTestId('datasets-table');
    await datasets.waitFor({ timeout: 60_000 });
    const petitions = datasets.locator('tr[data-dataset="petitions"]');
    expect(await petitions.textContent()).toContain('12.032');
    expect(await petitions.textContent()).toContain('Dữ liệu mẫu (tổng hợp)');
    expect(await datasets.locator('tr[data-dataset="units"]').textContent()).toContain(
      'Tham chiếu (số liệu thật)',
    );
    const issues = page.getByTestId('issues-table');
    expect(await issues.locator('tbody tr').count()).toBe(3);
    expect(await issues.textContent()).toContain('dossiers.csv');

    await page.getByLabel('Câu lệnh SQL').fill('SELECT count(*) AS n FROM units');
    await page.getByRole('button', { name: 'Chạy (Ctrl+Enter)' }).click();
    const result = page.getByTestId('console-result');
    await result.waitFor();
    expect(await result.locator('tbody td').first().textContent()).toBe('94');

    await page.getByLabel('Câu lệnh SQL').fill('DROP TABLE units');
    await page.getByRole('button', { name: 'Chạy (Ctrl+Enter)' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Truy vấn lỗi');
    expect(await page.getByTestId('console-error').textContent()).toBe(
      'Dòng 1, cột 1: Chỉ chạy được câu truy vấn đọc dữ liệu (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, PIVOT), không phải DROP.',
    );
    expect(log.pageErrors).toEqual([]);
  });

  it('loads uploaded files, reports each rejected row and replaces the data everywhere', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=data`);
    await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
    await page
      .getByTestId('upload-input')
      .setInputFiles([
        path.join(fixtures, 'units-thanh-hoa.csv'),
        path.join(fixtures, 'dossiers-nguyet-an.csv'),
      ]);
    const load = page.getByRole('button', { name: 'Kiểm tra và nạp' });
    await expect.poll(() => load.isEnabled()).toBe(true);
    expect(await page.getByLabel('Loại dữ liệu của units-thanh-hoa.csv').inputValue()).toBe(
      'units',
    );
    expect(await page.getByLabel('Loại dữ liệu của dossiers-nguyet-an.csv').inputValue()).toBe(
      'dossiers',
    );
    await load.click();
    await page.getByTestId('upload-done').waitFor({ timeout: 30_000 });

    const datasets = page.getByTestId('datasets-table');
    const dossiers = await datasets.locator('tr[data-dataset="dossiers"]').textContent();
    expect(dossiers).toContain('Tệp bạn tải lên');
    expect(dossiers).toMatch(/4\s*2\s*2/);
    expect(await datasets.locator('tr[data-dataset="index_scores"]').textContent()).toContain(
      'Đã xóa',
    );
    const issues = await page.getByTestId('issues-table').textContent();
    expect(issues).toContain('mã đơn vị không có trong danh sách');
    expect(issues).toContain('dòng trùng khóa');
    // The whole page is no longer sample data: the notice goes away.
    expect(await page.getByTestId('sample-notice').count()).toBe(0);

    // The uploaded figures reach the dossiers page (in-app navigation keeps the upload): both
    // on-time rates of Nguyệt Ấn, named, with the values the press printed.
    await page.getByRole('navigation').getByRole('link', { name: 'Hồ sơ TTHC' }).click();
    const dossierTable = page.getByTestId('dossier-table');
    await expect.poll(() => dossierTable.textContent(), { timeout: 30_000 }).toContain('Nguyệt Ấn');
    const switchText = await page.getByTestId('rate-switch').textContent();
    expect(switchText).toContain('Tỷ lệ đúng hạn theo Cổng DVC (QĐ 766, tiêu chí 2.1)');
    expect(switchText).toContain('Tỷ lệ giải quyết đúng hạn (cách tính báo chí thường dùng)');
    expect(await page.getByTestId('rate-total-portal').textContent()).toContain('97,99 %');
    expect(await page.getByTestId('rate-total-press').textContent()).toContain('97,85 %');
    const row = dossierTable.locator('tbody tr', { hasText: 'Nguyệt Ấn' });
    expect(await row.textContent()).toContain('97,99 %');
    expect(await row.textContent()).toContain('97,85 %');
    await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu' }).click();

    await page.getByLabel('Câu lệnh SQL').fill('SELECT name FROM units ORDER BY code');
    await page.getByRole('button', { name: 'Chạy (Ctrl+Enter)' }).click();
    await expect
      .poll(() => page.getByTestId('console-result').locator('tbody td').allTextContents())
      .toEqual(['Nguyệt Ấn', 'Thắng Lộc']);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
