import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from './dist-dir.ts';
import { newLoggedPage, openSite, type Site } from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

const ENGINE = '**/*.wasm';
const READY = 'commune-scorecard:engine-ready';
const CHECKED = 'commune-scorecard:preview-checked';

const engineReady = (page: Page) =>
  page.evaluate((name) => performance.getEntriesByName(name).length > 0, READY);

/** The engine never arrives: whatever the page shows, it shows without DuckDB. */
async function withoutEngine(page: Page): Promise<void> {
  await page.route(ENGINE, (route) => route.abort('internetdisconnected'));
}

/** The engine arrives only when `release` is called: the page meanwhile waits for it. */
async function heldEngine(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(ENGINE, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

const answersIn = (file: string): number => {
  const text = readFileSync(path.join(DIST_DIR, 'data', 'answers', file), 'utf8');
  return (JSON.parse(text) as { answers: unknown[] }).answers.length;
};

describe('the first chart without the engine', () => {
  it.each([
    ['ranking', '', 'ranking-chart'],
    ['dossiers', '?view=dossiers', 'dossier-units-chart'],
    ['petitions', '?view=petitions', 'petition-units-chart'],
  ])(
    '%s: the default chart is drawn from the build’s answers, the engine never loaded',
    async (_, query, testId) => {
      const { page, log } = await newLoggedPage(site);
      await withoutEngine(page);
      await page.goto(`${site.server.url}${query}`);
      await page.getByTestId(testId).locator('canvas').first().waitFor({ timeout: 30_000 });
      expect(await engineReady(page)).toBe(false);
      // The page says what it shows, and that the engine could not be had.
      await expect.poll(() => page.getByTestId('engine-notice').textContent()).toContain('DuckDB');
      expect(await page.getByTestId('sample-notice').count()).toBe(1);
      expect(log.pageErrors).toEqual([]);
      await page.close();
    },
  );

  it('the profile’s unit picker and the methodology need no engine', async () => {
    const { page } = await newLoggedPage(site);
    await withoutEngine(page);
    await page.goto(`${site.server.url}?view=commune`);
    await page.getByTestId('profile-directory').waitFor({ timeout: 30_000 });
    await page.goto(`${site.server.url}?view=methodology`);
    await page.getByTestId('method-example').waitFor({ timeout: 30_000 });
    expect(await engineReady(page)).toBe(false);
    await page.close();
  });

  it('another month of the default ranking is there at once; another metric is marked stale until the engine answers', async () => {
    const { page, log } = await newLoggedPage(site);
    const release = await heldEngine(page);
    await page.goto(site.server.url);
    const heading = page.locator('#ranking-heading');
    await page.getByTestId('ranking-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
    expect(await heading.textContent()).toContain('Tháng 10/2026');
    // A month of the build's next-step answers: no engine needed, nothing stale.
    await page.getByLabel('Tháng', { exact: true }).selectOption('2026-07');
    await expect.poll(() => heading.textContent()).toContain('Tháng 7/2026');
    expect(await page.getByTestId('stale-note').count()).toBe(0);
    // A metric the build did not answer: the July totals stay, marked as the previous choice.
    await page.getByLabel('Xếp theo').selectOption('tdgq');
    await page.getByTestId('stale-note').waitFor();
    expect(await page.locator('.ranking-explorer').getAttribute('data-stale')).toBe('true');
    expect(await heading.textContent()).toContain('tổng điểm');
    expect(await engineReady(page)).toBe(false);
    release();
    await expect.poll(() => heading.textContent(), { timeout: 60_000 }).not.toContain('tổng điểm');
    expect(await page.getByTestId('stale-note').count()).toBe(0);
    expect(await page.locator('.ranking-explorer').getAttribute('data-stale')).toBeNull();
    expect(await heading.textContent()).toContain('Tháng 7/2026');
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });

  it('a choice the build did not answer, with no engine to be had, is an error, never the old figures', async () => {
    const { page } = await newLoggedPage(site);
    await withoutEngine(page);
    await page.goto(site.server.url);
    await page.getByTestId('ranking-chart').locator('canvas').first().waitFor({ timeout: 30_000 });
    await page.getByLabel('Xếp theo').selectOption('tdgq');
    await page.getByText('Truy vấn thất bại.').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('ranking-chart').count()).toBe(0);
    await page.close();
  });

  it('the engine gives every precomputed answer exactly as the build did', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length >= 2, CHECKED, {
      timeout: 90_000,
    });
    const checked: { checked: number; differed: string[]; unknown: string[] }[] =
      await page.evaluate(
        (name) =>
          performance.getEntriesByName(name).map(
            (mark) =>
              (mark as PerformanceMark).detail as {
                checked: number;
                differed: string[];
                unknown: string[];
              },
          ),
        CHECKED,
      );
    expect(checked.map((detail) => detail.differed)).toEqual([[], []]);
    expect(checked.map((detail) => detail.unknown)).toEqual([[], []]);
    const total = checked.reduce((sum, detail) => sum + detail.checked, 0);
    expect(total).toBe(answersIn('ranking.json') + answersIn('ranking-next.json'));
    await page.close();
  });
});
