import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
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

const editor = (page: Page) => page.locator('.sql-console .cm-content');
const result = (page: Page) => page.getByTestId('console-result');
const run = (page: Page) => page.getByRole('button', { name: 'Chạy (Ctrl+Enter)' });

async function openConsole(page: Page, query = 'view=data'): Promise<void> {
  await page.goto(`${site.server.url}?${query}`);
  await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
  await editor(page).waitFor({ timeout: 30_000 });
}

/** Replaces the editor's text as a paste would (no completion popup, no auto-closed brackets). */
async function setSql(page: Page, sql: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

async function runAndFail(page: Page, sql: string): Promise<string> {
  await setSql(page, sql);
  await run(page).click();
  const error = page.getByTestId('console-error');
  await error.waitFor({ timeout: 30_000 });
  return (await error.textContent()) ?? '';
}

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return file;
}

describe('the SQL editor on the Data page', () => {
  it('is not part of the first page: its chunk loads with the console only', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    expect(log.requests.filter((url) => url.includes('sql-editor'))).toEqual([]);
    await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu' }).click();
    await editor(page).waitFor({ timeout: 30_000 });
    expect(log.requests.filter((url) => url.includes('sql-editor'))).toHaveLength(1);
    // The example shown on arrival is not the reader's query: the address stays as it was.
    await page.waitForTimeout(1_000);
    expect(new URL(page.url()).searchParams.has('sql')).toBe(false);
  });

  it('runs a typed join with Ctrl+Enter: rows in the locale, run time, count, CSV and XLSX of raw values, kept across pages', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await openConsole(page);
    // The editor is named, and its code came in a chunk of its own.
    expect(await page.getByLabel('Câu lệnh SQL').getAttribute('contenteditable')).toBe('true');
    expect(log.requests.some((url) => /\/assets\/sql-editor-[\w-]+\.js$/.test(url))).toBe(true);

    await editor(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(
      "SELECT u.name, s.snapshot_date, s.total FROM index_scores s JOIN units u USING (code) WHERE s.period = '2025-07' ORDER BY s.total DESC LIMIT 5",
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => result(page).locator('tbody tr').count(), { timeout: 30_000 }).toBe(5);
    const summary = (await page.getByTestId('console-status').textContent()) ?? '';
    expect(summary).toMatch(/^5 dòng trong \d+(\.\d{3})* ms\.$/);
    const headers = await result(page).locator('thead th').allTextContents();
    expect(headers).toEqual(['name', 'snapshot_date', 'total']);
    const first = await result(page).locator('tbody tr').first().locator('td').allTextContents();
    expect(first[1]).toBe('31/07/2025');
    expect(first[2]).toMatch(/^\d{2},\d{1,2}$/);
    expect(await result(page).getAttribute('aria-rowcount')).toBe('6');
    expect(await result(page).locator('tbody tr').first().getAttribute('aria-rowindex')).toBe('2');

    // The query is in the address (replaced, not pushed).
    await expect
      .poll(() => new URL(page.url()).searchParams.get('sql'), { timeout: 5_000 })
      .toContain('JOIN units u USING (code)');

    const csv = await download(page, 'console-download-csv');
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('name,snapshot_date,total');
    expect(text).toMatch(/,2025-07-31,\d+\.?\d*,/);
    expect(text).toContain('Truy vấn: SELECT u.name, s.snapshot_date');
    expect(text).toContain('Dữ liệu mẫu');
    const xlsx = await download(page, 'console-download-xlsx');
    const sheets = await readXlsxFile(readFileSync(await xlsx.path()));
    const rows = sheets[0]?.data ?? [];
    const header = rows.find((row) => row.includes('snapshot_date')) ?? [];
    expect(header.slice(0, 3)).toEqual(['name', 'snapshot_date', 'total']);
    expect(rows.filter((row) => row[1] === '2025-07-31')).toHaveLength(5);

    // Leaving the page and coming back keeps the query and its answer.
    await page.getByRole('navigation').getByRole('link', { name: 'Xếp hạng' }).click();
    await page.getByTestId('ranking-table').waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu' }).click();
    await editor(page).waitFor();
    expect(await editor(page).innerText()).toContain('JOIN units u USING (code)');
    expect(await result(page).locator('tbody tr').count()).toBe(5);
    expect(new URL(page.url()).searchParams.get('sql')).toContain('USING (code)');

    const violations = await page.evaluate(() =>
      'cspViolations' in window ? (window.cspViolations as string[]) : ['no listener'],
    );
    expect(violations).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('fills the editor from a link and runs nothing until Run', async () => {
    const { page, log } = await newLoggedPage(site);
    const sql = 'SELECT code, name\nFROM units\nORDER BY code\nLIMIT 3';
    await openConsole(page, `view=data&sql=${encodeURIComponent(sql)}`);
    await expect.poll(() => editor(page).innerText()).toBe(sql);
    await page.waitForTimeout(1_000);
    expect(await result(page).count()).toBe(0);
    expect(await page.getByTestId('console-status').textContent()).toBe('');
    // Tab leaves the editor (no indent-with-Tab trap) for the Run button, which Enter presses.
    await editor(page).click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Chạy (Ctrl+Enter)',
    );
    expect(await editor(page).innerText()).toBe(sql);
    await page.keyboard.press('Enter');
    await expect.poll(() => result(page).locator('tbody tr').count(), { timeout: 30_000 }).toBe(3);
    expect(log.pageErrors).toEqual([]);
  });

  it("shows DuckDB's error once, at the reader's line and column, with the cursor there", async () => {
    const { page, log } = await newLoggedPage(site);
    await openConsole(page);
    const message = await runAndFail(page, 'SELECT code,\n  nme\nFROM units');
    expect(message).toMatch(/^Dòng 2, cột 3: Binder Error: Referenced column "nme" not found/);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body.split('Referenced column "nme"').length - 1).toBe(1);
    expect(body).not.toContain('LINE ');
    // The cursor is at the error: typing there inserts before "nme".
    await page.keyboard.insertText('x');
    await expect.poll(() => editor(page).innerText()).toContain('  xnme');
    const first = await runAndFail(page, 'SELECT * FROM no_such_table');
    expect(first).toMatch(/^Dòng 1, cột 15: Catalog Error: Table with name no_such_table/);
    expect(log.pageErrors).toEqual([]);
  });

  it('cancels a slow query, and the other pages answer while it runs', async () => {
    const { page, log } = await newLoggedPage(site);
    await openConsole(page);
    await setSql(
      page,
      'SELECT count(*) FROM range(100000000) a, range(1000) b WHERE a.range + b.range = 7',
    );
    await run(page).click();
    const cancel = page.getByRole('button', { name: 'Hủy truy vấn' });
    await cancel.waitFor();
    expect(await page.getByTestId('console-status').textContent()).toBe('Đang chạy…');
    await page.waitForTimeout(1_000);

    // Another page's chart, drawn from queries on the views' connection, while the console runs.
    const started = Date.now();
    await page.getByRole('navigation').getByRole('link', { name: 'Xếp hạng' }).click();
    await page
      .getByTestId('ranking-table')
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() => paintedPixels(page, 'ranking-chart'), { timeout: 30_000 })
      .toBeGreaterThan(500);
    // Seconds (1–3 s idle on this machine, 3–10 s with the console busy and the CPU shared),
    // never the query's minutes: the chart is drawn while the console query still runs.
    console.info(`ranking chart painted ${Date.now() - started} ms after the switch`);

    await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu' }).click();
    await cancel.waitFor();
    expect(await page.getByTestId('console-status').textContent()).toBe('Đang chạy…');
    const cancelled = Date.now();
    await cancel.click();
    await expect
      .poll(() => page.getByTestId('console-status').textContent(), { timeout: 10_000 })
      .toBe('Đã hủy truy vấn.');
    console.info(`cancelled ${Date.now() - cancelled} ms after the click`);
    expect(await cancel.count()).toBe(0);
    // The console's connection still answers.
    await setSql(page, 'SELECT 41 + 1 AS answer');
    await run(page).click();
    await expect.poll(() => result(page).locator('tbody td').allTextContents()).toEqual(['42']);
    expect(log.pageErrors).toEqual([]);
  });

  it('cannot read a URL or a file, install or load an extension, change a setting or attach', async () => {
    const { page, log } = await newLoggedPage(site);
    await openConsole(page);
    const attempts = [
      `SELECT * FROM read_csv('${site.server.url}data/units.csv')`,
      "SELECT * FROM read_csv('http://example.com/x.csv')",
      "SELECT * FROM read_csv('/etc/passwd')",
      "SELECT * FROM read_text('/etc/hostname')",
      'INSTALL httpfs',
      'LOAD httpfs',
      'SET enable_external_access = true',
      "ATTACH ':memory:' AS other",
      'SELECT 1; DROP TABLE units',
      'DROP TABLE units',
    ];
    for (const sql of attempts) {
      const message = await runAndFail(page, sql);
      expect(message, sql).not.toBe('');
    }
    await setSql(page, 'SELECT count(*) AS n FROM units');
    await run(page).click();
    await expect.poll(() => result(page).locator('tbody td').allTextContents()).toEqual(['94']);
    expect(log.requests.filter((url) => !url.startsWith(site.server.url))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('renders a long answer as a window of rows and keeps 100,000 at most', async () => {
    const { page, log } = await newLoggedPage(site);
    await openConsole(page);
    await setSql(page, 'SELECT range AS n, range * 2 AS twice FROM range(150000)');
    await run(page).click();
    await expect
      .poll(() => page.getByTestId('console-status').textContent(), { timeout: 30_000 })
      .toContain('Chỉ giữ 100.000 dòng đầu');
    expect(await page.getByTestId('console-status').textContent()).toMatch(/^100\.000 dòng/);
    expect(await result(page).getAttribute('aria-rowcount')).toBe('100001');
    const rendered = await result(page).locator('tbody tr[aria-rowindex]').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(200);
    await page.locator('.console-windowed').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await expect
      .poll(() =>
        result(page).locator('tbody tr[aria-rowindex]').last().getAttribute('aria-rowindex'),
      )
      .toBe('100001');
    expect(
      await result(page)
        .locator('tbody tr[aria-rowindex]')
        .last()
        .locator('td')
        .first()
        .textContent(),
    ).toBe('99.999');
    expect(log.pageErrors).toEqual([]);
  });
});
