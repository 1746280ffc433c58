import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLoggedPage, openSite, waitForRanking, type Site } from './site-fixture.ts';

// Five Thanh Hóa communes and wards (made-up codes, as in test/fixtures/uploads) and two months of
// their index scores: a user's own files, which nothing on the page may call Đà Nẵng's or sample.
const UNITS_FILE = 'xa-thanh-hoa.csv';
const SCORES_FILE = 'diem-thanh-hoa-2026.csv';
const UNITS = [
  'code,name,type,former_district,area_km2,population,population_source,province',
  '99001,Nguyệt Ấn,xa,Huyện Ngọc Lặc cũ,50,,,Thanh Hóa',
  '99002,Thắng Lộc,xa,Huyện Thường Xuân cũ,73.75,8893,press report 2025,Thanh Hóa',
  '99003,Hạc Thành,phuong,TP Thanh Hóa cũ,41.2,,,Thanh Hóa',
  '99004,Sầm Sơn,phuong,TP Sầm Sơn cũ,44.9,,,Thanh Hóa',
  '99005,Na Mèo,xa,Huyện Quan Sơn cũ,125.3,,,Thanh Hóa',
];
const GROUPS = [
  [15.1, 17.2, 10.4, 8.1, 19.5, 16.0],
  [14.0, 18.3, 9.9, 7.6, 20.1, 15.2],
  [16.2, 16.8, 11.0, 9.0, 18.7, 16.9],
  [13.4, 15.9, 8.8, 6.9, 17.3, 14.4],
  [12.1, 14.6, 7.5, 6.2, 15.8, 13.1],
];
const SCORES = [
  'code,snapshot_date,period_type,period,ckmb,tdgq,dvctt,tttt,mdsh,mdhl',
  ...['2026-09-30', '2026-10-31'].flatMap((date, month) =>
    GROUPS.map((groups, index) => {
      const shifted = groups.map((value) => (value - month * 0.5).toFixed(2));
      return `9900${String(index + 1)},${date},month,${date.slice(0, 7)},${shifted.join(',')}`;
    }),
  ),
];

let site: Site;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'commune-scorecard-labels-'));
  writeFileSync(path.join(dir, UNITS_FILE), `${UNITS.join('\n')}\n`);
  writeFileSync(path.join(dir, SCORES_FILE), `${SCORES.join('\n')}\n`);
  site = await openSite();
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

declare global {
  interface Window {
    /** Every text painted on a canvas, with the test id of the chart it belongs to. */
    __drawnTexts?: { chart: string | null; text: string }[];
  }
}

/** Records what the charts paint: their titles are canvas text, not DOM text. */
async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn: { chart: string | null; text: string }[] = [];
    window.__drawnTexts = drawn;
    const prototype = CanvasRenderingContext2D.prototype;
    // The descriptor, not `prototype.fillText`: the method is called on each context below.
    const paint = Object.getOwnPropertyDescriptors(prototype).fillText.value;
    if (paint === undefined) throw new Error('no fillText to record');
    prototype.fillText = function (this: CanvasRenderingContext2D, text, ...rest) {
      const chart = this.canvas.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
      drawn.push({ chart, text });
      paint.call(this, text, ...rest);
    };
  });
}

const drawnBy = (page: Page, chart: string) =>
  page.evaluate(
    (id) => (window.__drawnTexts ?? []).filter((entry) => entry.chart === id).map((e) => e.text),
    chart,
  );

async function uploadThanhHoa(page: Page): Promise<void> {
  await page.goto(`${site.server.url}?view=data`);
  await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
  await page
    .getByTestId('upload-input')
    .setInputFiles([path.join(dir, UNITS_FILE), path.join(dir, SCORES_FILE)]);
  const load = page.getByRole('button', { name: 'Kiểm tra và nạp' });
  await expect.poll(() => load.isEnabled()).toBe(true);
  await load.click();
  await page.getByTestId('upload-done').waitFor({ timeout: 30_000 });
}

describe('labels that tell the truth', () => {
  // First: the browser profile keeps an upload across reloads, so the sample is seen before it.
  it('keeps the sample named, with the published units counted, before any upload', async () => {
    const { page, log } = await newLoggedPage(site);
    await recordCanvasText(page);
    await page.goto(`${site.server.url}?view=ranking`);
    await waitForRanking(page);
    // The place joins the title when the units' summary answers, which may be after the ranking.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bảng điểm xã, phường Đà Nẵng');
    expect(await page.getByTestId('sample-notice').textContent()).toContain(
      'Danh sách 94 đơn vị, loại hình và diện tích là thật.',
    );
    await expect
      .poll(() => drawnBy(page, 'ranking-chart'), { timeout: 10_000 })
      .toContain('Tháng 10/2026 · Dữ liệu mẫu (tổng hợp)');
    // The methodology shows no synthetic figure: no notice there.
    await page.getByRole('navigation').getByRole('link', { name: 'Phương pháp' }).click();
    await page.locator('#method-heading').waitFor();
    expect(await page.getByTestId('sample-notice').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('names Thanh Hóa, 5 units and the uploaded file, never Đà Nẵng, 94 or the sample', async () => {
    const { page, log } = await newLoggedPage(site);
    await recordCanvasText(page);
    await uploadThanhHoa(page);

    const header = page.locator('header.app-header');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Bảng điểm xã, phường Thanh Hóa');
    expect(await page.getByTestId('app-subtitle').textContent()).toContain('của 5 đơn vị');
    const headerText = (await header.textContent()) ?? '';
    expect(headerText).not.toContain('Đà Nẵng');
    expect(headerText).not.toMatch(/\b94\b/);
    await expect.poll(() => page.title()).toBe('Dữ liệu — Bảng điểm xã, phường Thanh Hóa');

    // The ranking, reached through the page's own navigation.
    await page.evaluate(() => {
      window.__drawnTexts?.splice(0);
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Xếp hạng' }).click();
    await waitForRanking(page);
    const table = page.getByTestId('ranking-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('sample-notice').count()).toBe(0);
    expect(await page.getByTestId('ranking-scope').textContent()).toContain(
      'tất cả 5 đơn vị có điểm của Thanh Hóa',
    );
    await expect
      .poll(() => drawnBy(page, 'ranking-chart'), { timeout: 10_000 })
      .toContain(`Tháng 10/2026 · Nguồn: tệp ${SCORES_FILE}`);
    const painted = await drawnBy(page, 'ranking-chart');
    expect(painted.filter((text) => /Dữ liệu mẫu|tổng hợp/.test(text))).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ranking-csv').click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const [head = '', ...lines] = csv.split('\r\n').filter((line) => line !== '');
    expect(lines).toHaveLength(5);
    const columns = head.split(',');
    const note = columns.indexOf('ghi_chu');
    const ranked = columns.indexOf('ranked_units');
    for (const line of lines) {
      // No quoted commas before the note in these rows: names and districts have none.
      const cells = line.split(',');
      expect(cells[ranked]).toBe('5');
      expect(cells.slice(note).join(',')).toContain(SCORES_FILE);
    }
    expect(csv).not.toMatch(/Dữ liệu mẫu|[Ss]ynthetic/);

    const sources = (await page.getByTestId('sources-line').textContent()) ?? '';
    expect(sources).toBe(
      `Nguồn: danh sách 5 đơn vị từ tệp ${UNITS_FILE}; điểm số từ tệp ${SCORES_FILE}.`,
    );

    if (process.env.E2E_SCREENSHOTS === '1') {
      const shots = path.resolve(import.meta.dirname, 'screenshots');
      mkdirSync(shots, { recursive: true });
      await page.waitForTimeout(800);
      await page.screenshot({ path: path.join(shots, 'truthful-labels-ranking.png') });
    }

    // The same in English, after a language switch (the switch keeps the uploaded data).
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thanh Hóa commune scorecard');
    expect(await page.getByTestId('app-subtitle').textContent()).toContain('the 5 commune-level');
    await expect
      .poll(() => drawnBy(page, 'ranking-chart'))
      .toContain(`October 2026 · Source: file ${SCORES_FILE}`);

    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});
