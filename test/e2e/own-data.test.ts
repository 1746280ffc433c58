import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { newLoggedPage, openSite, waitForEngine, type Site } from './site-fixture.ts';

// Files a user brings, written here (outside the app's own fixtures) as a spreadsheet makes them.
const fixtures = path.resolve(import.meta.dirname, '../fixtures/uploads');
let site: Site;
let dir: string;

// A few Vietnamese letters as Windows-1258 bytes ("CSV (Comma delimited)" on a Vietnamese Windows).
const CP1258: Readonly<Record<string, number>> = { Đ: 0xd0, ô: 0xf4, ơ: 0xf5 };
const windows1258 = (text: string) =>
  Buffer.from(Array.from(text, (char) => CP1258[char] ?? char.charCodeAt(0)));

const text = (value: string) => ({ value });
const number = (value: number) => ({ value, type: Number });

async function writeWorkbook(file: string) {
  const header = [
    'Mã xã',
    'Ngày chốt',
    'Loại kỳ',
    'Kỳ',
    'Công khai, minh bạch',
    'Tiến độ giải quyết',
    'Dịch vụ công trực tuyến',
    'Thanh toán trực tuyến',
    'Mức độ số hóa',
    'Mức độ hài lòng',
    'Tổng điểm',
  ].map(text);
  // Two rows typed as numbers, one typed as text with decimal commas, as people type them.
  const rows = [
    ['20242', '30/11/2026', 'Tháng', '11/2026', 15.42, 18.1, 10.5, 8, 20.25, 17.5, 89.77],
    ['20257', '30/11/2026', 'Tháng', '11/2026', 12, 16, 9, 7, 18, 16, 78],
  ].map((row) => row.map((cell) => (typeof cell === 'number' ? number(cell) : text(cell))));
  const typedAsText = [
    '20209',
    '30/11/2026',
    'Tháng',
    '11/2026',
    '13,51',
    '16,31',
    '8,57',
    '6,28',
    '13,5',
    '15,44',
    '73,61',
  ].map(text);
  const output = writeXlsxFile([
    { sheet: 'Ghi chú', data: [[text('Số liệu tự tổng hợp, tháng 11/2026')]] },
    {
      sheet: 'Điểm tháng 11',
      data: [[text('BẢNG ĐIỂM CHỈ SỐ 766 THÁNG 11/2026')], [], header, ...rows, typedAsText],
    },
  ]);
  writeFileSync(file, await output.toBuffer());
}

/** 94 sample units × 320 daily snapshots: a workbook well over fflate's 512 KB sync limit. */
async function writeBigWorkbook(file: string) {
  const codes = readFileSync(
    path.resolve(import.meta.dirname, '../../public/data/units.csv'),
    'utf8',
  )
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '')
    .filter((code) => code !== '');
  const header = [
    'code',
    'snapshot_date',
    'period_type',
    'period',
    'ckmb',
    'tdgq',
    'dvctt',
    'tttt',
    'mdsh',
    'mdhl',
    'total',
  ].map(text);
  const rows: { value: string | number; type?: NumberConstructor }[][] = [header];
  for (let day = 0; day < 320; day += 1) {
    const date = new Date(Date.UTC(2025, 6, 1 + day));
    const iso = date.toISOString().slice(0, 10);
    for (const code of codes) {
      rows.push([
        text(code),
        text(iso),
        text('month'),
        text(iso.slice(0, 7)),
        ...[10, 15, 8, 6, 12, 14].map(number),
        number(65),
      ]);
    }
  }
  const output = writeXlsxFile(rows);
  writeFileSync(file, await output.toBuffer());
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'commune-scorecard-own-'));
  site = await openSite();
  await writeWorkbook(path.join(dir, 'diem-thang-11.xlsx'));
  writeFileSync(
    path.join(dir, 'don-vi-1258.csv'),
    windows1258(
      'code,name,type,former_district,area_km2\r\n' +
        '99001,Đông Sơn,xa,Huyen Tho Xuan,20\r\n99002,Sơn Thuy,xa,Huyen Tho Xuan,31\r\n',
    ),
  );
  await writeBigWorkbook(path.join(dir, 'diem-lon.xlsx'));
  writeFileSync(path.join(dir, 'thieu-cot.csv'), 'code,name\n99001,A\n');
  writeFileSync(path.join(dir, 'anh.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openData(page: Page) {
  await page.goto(`${site.server.url}?view=data`);
  await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
  await waitForEngine(page);
}

async function choose(page: Page, files: readonly string[]) {
  await page.getByTestId('upload-input').setInputFiles(files.map((file) => path.join(dir, file)));
}

async function runSql(page: Page, sql: string): Promise<string[]> {
  await page.getByLabel('Câu lệnh SQL').fill(sql);
  await page.getByRole('button', { name: 'Chạy (Ctrl+Enter)' }).click();
  const result = page.getByTestId('console-result');
  await expect.poll(() => result.locator('tbody td').count()).toBeGreaterThan(0);
  return result.locator('tbody td').allTextContents();
}

const load = (page: Page) => page.getByTestId('upload-load');

describe('own data', () => {
  it('loads an .xlsx with Vietnamese headers, a title row and decimal commas', async () => {
    const { page, log } = await newLoggedPage(site);
    await openData(page);
    await choose(page, ['diem-thang-11.xlsx']);
    await expect.poll(() => load(page).isEnabled(), { timeout: 15_000 }).toBe(true);
    // The sheet that holds the scores is chosen, not the notes sheet before it.
    expect(await page.getByTestId('upload-sheet').inputValue()).toBe('Điểm tháng 11');
    expect(await page.getByTestId('upload-dataset').inputValue()).toBe('index_scores');
    await load(page).click();
    await page.getByTestId('upload-done').waitFor({ timeout: 30_000 });
    const scores = page.getByTestId('datasets-table').locator('tr[data-dataset="index_scores"]');
    expect(await scores.textContent()).toMatch(/Tệp bạn tải lên.*3\s*3\s*0/);
    expect(await runSql(page, 'SELECT code, ckmb, period FROM index_scores ORDER BY code')).toEqual(
      ['20209', '13,51', '2026-11', '20242', '15,42', '2026-11', '20257', '12', '2026-11'],
    );
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('loads a workbook too big to unzip in one go (30,000 rows)', async () => {
    // Over 512 KB fflate (inside read-excel-file) unzips in nested workers of its own.
    expect(statSync(path.join(dir, 'diem-lon.xlsx')).size).toBeGreaterThan(512 * 1024);
    const { page, log } = await newLoggedPage(site);
    await openData(page);
    await choose(page, ['diem-lon.xlsx']);
    await expect.poll(() => load(page).isEnabled(), { timeout: 30_000 }).toBe(true);
    await load(page).click();
    await page.getByTestId('upload-done').waitFor({ timeout: 60_000 });
    expect(await runSql(page, 'SELECT count(*) AS n FROM index_scores')).toEqual(['30.080']);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('reads a Windows-1258 CSV without a single replacement character', async () => {
    const { page, log } = await newLoggedPage(site);
    await openData(page);
    await choose(page, ['don-vi-1258.csv']);
    await expect.poll(() => load(page).isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('upload-dataset').inputValue()).toBe('units');
    await load(page).click();
    await page.getByTestId('upload-done').waitFor({ timeout: 30_000 });
    expect(await runSql(page, 'SELECT name FROM units ORDER BY code')).toEqual([
      'Đông Sơn',
      'Sơn Thuy',
    ]);
    expect(log.pageErrors).toEqual([]);
  });

  it('says why a file is not recognised or cannot be read, and loads nothing', async () => {
    const { page } = await newLoggedPage(site);
    await openData(page);
    await choose(page, ['thieu-cot.csv', 'anh.csv']);
    const problem = page.getByTestId('not-recognised');
    await problem.waitFor({ timeout: 10_000 });
    expect(await problem.textContent()).toContain('type');
    await expect
      .poll(() => page.getByTestId('pending-file').nth(1).textContent())
      .toContain('không phải tệp CSV hay bảng tính .xlsx');
    expect(await load(page).isEnabled()).toBe(false);
  });

  it('keeps the data across a reload, asks before replacing it, and goes back to the sample without a reload', async () => {
    const { page, log } = await newLoggedPage(site);
    await openData(page);
    await page
      .getByTestId('upload-input')
      .setInputFiles([path.join(fixtures, 'dossiers-nguyet-an.csv')]);
    await expect.poll(() => load(page).isEnabled(), { timeout: 15_000 }).toBe(true);
    await load(page).click();
    await page.getByTestId('upload-done').waitFor({ timeout: 30_000 });
    const yours = page.getByTestId('your-data');
    expect(await yours.textContent()).toContain('dossiers-nguyet-an.csv');
    expect(await yours.textContent()).toContain('Đã lưu trong trình duyệt');

    await page.reload();
    await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
    expect(await yours.textContent()).toContain('Đã khôi phục dữ liệu bạn nạp lần trước');
    const dossiers = page.getByTestId('datasets-table').locator('tr[data-dataset="dossiers"]');
    expect(await dossiers.textContent()).toContain('Tệp bạn tải lên');

    // Replacing the user's own file asks first; "no" changes nothing.
    await page
      .getByTestId('upload-input')
      .setInputFiles([path.join(fixtures, 'dossiers-nguyet-an.csv')]);
    await expect.poll(() => load(page).isEnabled(), { timeout: 15_000 }).toBe(true);
    await load(page).click();
    const confirm = page.getByRole('alertdialog');
    expect(await confirm.textContent()).toContain('dossiers-nguyet-an.csv');
    // The focus is taken to the question; Escape answers "no" and gives it back.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('replace-confirm');
    await page.keyboard.press('Escape');
    expect(await confirm.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'upload-load',
    );
    await load(page).click();
    await confirm.getByRole('button', { name: 'Không thay' }).click();
    expect(await confirm.count()).toBe(0);
    expect(await page.getByTestId('upload-done').count()).toBe(0);

    // Back to the sample: asked, then done in place (the page is not reloaded).
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await page.getByTestId('back-to-sample').click();
    await page.getByTestId('back-to-sample-confirm').click();
    await expect
      .poll(() => dossiers.textContent(), { timeout: 30_000 })
      .toContain('Dữ liệu mẫu (tổng hợp)');
    expect(await yours.textContent()).toContain('chưa nạp tệp nào của bạn');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    expect(await runSql(page, 'SELECT count(*) AS n FROM dossiers')).not.toEqual(['1']);

    // And the saved copy is gone: a reload opens the sample.
    await page.reload();
    await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
    expect(await dossiers.textContent()).toContain('Dữ liệu mẫu (tổng hợp)');
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
