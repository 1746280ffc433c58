import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse-csv.ts';
import { DATASET_SPECS } from '../../src/data/schema.ts';
import { newLoggedPage, openSite, waitForRanking, type Site } from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return file;
}

async function readXlsx(file: Download) {
  return readXlsxFile(readFileSync(await file.path()));
}

const DOSSIER_COLUMNS = DATASET_SPECS.dossiers.columns.map((column) => column.name);
const scripts = (requests: readonly string[]) => requests.filter((url) => url.endsWith('.js'));

describe('templates, data dictionary and table downloads', () => {
  it('downloads a dataset template as CSV and XLSX, and its dictionary in the page language', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=data`);
    const panel = page.getByTestId('dictionary-panel');
    await panel.waitFor({ timeout: 60_000 });
    await panel.locator('summary', { hasText: 'Hồ sơ TTHC' }).click();
    const table = page.getByTestId('dictionary-table-dossiers');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Cột',
      'Tên tiếng Việt',
      'Tên tiếng Anh',
      'Kiểu',
      'Đơn vị',
      'Quy tắc',
      'Ví dụ',
      'Tên cột được chấp nhận',
      'Bắt buộc / khóa',
    ]);
    expect(await table.locator('tbody th').allTextContents()).toEqual(DOSSIER_COLUMNS);
    expect(await table.locator('tbody tr').nth(2).textContent()).toContain('Tồn kỳ trước');

    const csv = await download(page, 'template-dossiers-csv');
    expect(csv.suggestedFilename()).toBe('mau-dossiers.csv');
    expect(readFileSync(await csv.path(), 'utf8')).toBe(`${DOSSIER_COLUMNS.join(',')}\r\n`);

    // The writer is its own chunk, fetched on the first XLSX click and not before.
    const before = scripts(log.requests);
    const xlsx = await download(page, 'template-dossiers-xlsx');
    expect(scripts(log.requests).filter((url) => !before.includes(url))).not.toEqual([]);
    expect(xlsx.suggestedFilename()).toBe('mau-dossiers.xlsx');
    const [template, ...others] = await readXlsx(xlsx);
    expect(others).toEqual([]);
    expect(template).toEqual({ sheet: 'dossiers', data: [DOSSIER_COLUMNS] });

    const dictionary = await download(page, 'dictionary-dossiers-xlsx');
    expect(dictionary.suggestedFilename()).toBe('tu-dien-dossiers-vi.xlsx');
    const [sheet] = await readXlsx(dictionary);
    expect(sheet?.data[0]?.slice(0, 3)).toEqual(['Cột', 'Tên tiếng Việt', 'Tên tiếng Anh']);
    expect(sheet?.data.map((row) => row[0])).toEqual(['Cột', ...DOSSIER_COLUMNS]);
    expect(sheet?.data[3]).toContain('số nguyên (INTEGER)');

    await page.goto(`${site.server.url}?view=data&lang=en`);
    await page.getByTestId('dictionary-panel').waitFor({ timeout: 60_000 });
    const english = await download(page, 'dictionary-units-csv');
    expect(english.suggestedFilename()).toBe('tu-dien-units-en.csv');
    const lines = readFileSync(await english.path(), 'utf8')
      .replace('\uFEFF', '')
      .split('\r\n');
    // The provenance column (`xuat_xu`) comes last: title, sources, page, export time.
    expect(lines[0]).toBe(
      'Column,Vietnamese name,English name,Type,Unit,Rule,Example,Accepted header names,Required / key,xuat_xu',
    );
    expect(lines[1]).toMatch(/,Title: Data dictionary/);
    expect(lines[1]).toMatch(
      /^code,Mã đơn vị hành chính,Administrative unit code,code \(VARCHAR\),/,
    );
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('downloads the ranking table as XLSX with the rows, typed cells and note of its CSV', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=ranking`);
    await waitForRanking(page);
    const csv = await download(page, 'ranking-csv');
    const parsed = parseCsv(readFileSync(await csv.path(), 'utf8'));
    const xlsx = await download(page, 'ranking-xlsx');
    expect(xlsx.suggestedFilename()).toBe(csv.suggestedFilename().replace(/\.csv$/, '.xlsx'));
    const [sheet, source] = await readXlsx(xlsx);
    const [header = [], ...rows] = sheet?.data ?? [];
    // The CSV's provenance column is the XLSX's "Nguồn" sheet.
    expect(parsed.header.at(-1)).toBe('xuat_xu');
    expect(header).toEqual(parsed.header.slice(0, -1));
    expect(header.at(-1)).toBe('ghi_chu');
    expect(rows).toHaveLength(94);
    // Each row holds the values of its CSV line: numbers typed, text as written, empty as null.
    expect(rows.map((row) => row.map((value) => (value === null ? '' : String(value))))).toEqual(
      parsed.records.map((record) => record.values.slice(0, -1)),
    );
    expect(source?.sheet).toBe('Nguồn');
    expect(source?.data.map((row) => String(row[0]))).toContain('Trang');
    const first = rows[0] ?? [];
    const cell = (name: string) => first[header.indexOf(name)];
    expect(typeof cell('rank')).toBe('number');
    expect(typeof cell('score')).toBe('number');
    expect(cell('ranked_units')).toBe(94);
    expect(cell('code')).toMatch(/^\d{5}$/);
    expect(String(cell('ghi_chu'))).toContain('Dữ liệu mẫu');
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
