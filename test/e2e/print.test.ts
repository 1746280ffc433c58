import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLoggedPage, openSite, waitForEngine, type Site } from './site-fixture.ts';

/**
 * Print (issue 12): every printed page says where it came from (its full address) and when it
 * was printed, and charts print as vectors: on `beforeprint` each chart is drawn again as SVG
 * and on `afterprint` back on its canvas. The commune profile still prints on one A4 page.
 */

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

const HOA_XUAN = '20314';

/** Pages in a PDF: one `/Type /Page` object per page (the tree node is `/Type /Pages`). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Today's date as the Vietnamese page writes it (dd/mm/yyyy), in the pinned time zone. */
function todayVi(): string {
  return new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date());
}

async function openProfile(page: Page, query = ''): Promise<void> {
  await page.goto(`${site.server.url}?view=commune&code=${HOA_XUAN}${query}`);
  await page.getByTestId('profile-summary').waitFor({ timeout: 60_000 });
  await waitForEngine(page);
  await page
    .getByTestId('profile-peers-district')
    .or(page.getByText(/Không có đơn vị nào|None\./))
    .first()
    .waitFor();
  await page.waitForTimeout(800);
}

/** What the charts are drawn with right now. */
async function chartSurfaces(page: Page): Promise<{ charts: number; svg: number; canvas: number }> {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll('.echart')];
    return {
      charts: charts.length,
      svg: charts.filter((chart) => chart.querySelector('svg') !== null).length,
      canvas: charts.filter((chart) => chart.querySelector('canvas') !== null).length,
    };
  });
}

async function startPrint(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}

async function endPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
}

describe('print in Chromium', () => {
  it('stamps the profile with its address and date, draws charts as SVG, one A4 page', async () => {
    const { page, log } = await newLoggedPage(site);
    await openProfile(page);
    const stamp = page.getByTestId('print-stamp');
    expect(await stamp.isVisible()).toBe(false);
    const onScreen = await chartSurfaces(page);
    expect(onScreen.charts).toBeGreaterThan(0);
    expect(onScreen.canvas).toBe(onScreen.charts);

    await startPrint(page);
    expect(await stamp.isVisible()).toBe(true);
    const text = (await stamp.textContent()) ?? '';
    expect(text).toContain(`In từ ${page.url()} lúc `);
    expect(text).toContain(todayVi());
    const printed = await chartSurfaces(page);
    expect(printed).toEqual({ charts: onScreen.charts, svg: onScreen.charts, canvas: 0 });
    // The printed copies are drawn, at their printed size.
    const drawnCopies = await page.evaluate(() =>
      [...document.querySelectorAll('.profile-print-only .echart svg')].map((svg) => {
        const box = svg.getBoundingClientRect();
        return box.width > 100 && box.height > 40 && svg.querySelectorAll('path').length > 5;
      }),
    );
    expect(drawnCopies.length).toBeGreaterThan(0);
    expect(drawnCopies.every(Boolean)).toBe(true);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const out = path.resolve(import.meta.dirname, 'screenshots');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, `print-commune-profile-${HOA_XUAN}-vi.pdf`), pdf);
    expect(countPdfPages(pdf)).toBe(1);

    await endPrint(page);
    expect(await chartSurfaces(page)).toEqual({ ...onScreen, svg: 0 });
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('prints vectors when Chromium itself fires beforeprint (as Ctrl+P does)', async () => {
    const { page, log } = await newLoggedPage(site);
    await openProfile(page, '&lang=en');
    // No emulation, no event of ours: printToPDF fires beforeprint and afterprint. A listener
    // added after the page's own ones sees the charts as they are printed.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { printedSurfaces: seen });
      window.addEventListener('beforeprint', () => {
        for (const chart of document.querySelectorAll('.echart'))
          seen.push(chart.querySelector('svg') === null ? 'canvas' : 'svg');
      });
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(countPdfPages(pdf)).toBe(1);
    const seen = await page.evaluate(
      () => (window as unknown as { printedSurfaces: string[] }).printedSurfaces,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((surface) => surface !== 'svg')).toEqual([]);
    await page.waitForTimeout(100);
    const after = await chartSurfaces(page);
    expect(after.canvas).toBe(after.charts);
    expect(log.pageErrors).toEqual([]);
  });

  it('stamps every page, not only the profile (ranking, English)', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=ranking&lang=en&month=2026-09`);
    await page.getByTestId('ranking-chart').waitFor({ timeout: 60_000 });
    // Printing as vectors needs the SVG renderer, fetched once the first chart has painted.
    await waitForEngine(page);
    await startPrint(page);
    const stamp = page.getByTestId('print-stamp');
    expect(await stamp.isVisible()).toBe(true);
    expect(await stamp.textContent()).toMatch(
      new RegExp(`^Printed from ${page.url().replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')} on `),
    );
    const printed = await chartSurfaces(page);
    expect(printed.svg).toBe(printed.charts);
    // A chart drawn for a wide screen is scaled down to the printed width, not cut.
    const fits = await page.evaluate(() => {
      const svg = document.querySelector('[data-testid="ranking-chart"] svg');
      const figure = document.querySelector('[data-testid="ranking-chart"]');
      if (svg === null || figure === null) return false;
      return svg.getBoundingClientRect().right <= figure.getBoundingClientRect().right + 1;
    });
    expect(fits).toBe(true);
    await endPrint(page);
  });
});
