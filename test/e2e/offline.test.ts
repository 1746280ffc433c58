import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLoggedPage, openSite, type Site } from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite({ serviceWorkers: 'allow' });
});

afterAll(async () => {
  await site.close();
});

/** The service worker has taken over and holds the engine as well as the app and the data. */
async function cachedForOffline(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active?.state !== 'activated') return false;
      const names = await caches.keys();
      const name = names.find((candidate) => candidate.startsWith('commune-scorecard-'));
      if (name === undefined) return false;
      const cache = await caches.open(name);
      const wasm = (await cache.keys()).find((request) => request.url.endsWith('.wasm'));
      if (wasm === undefined) return false;
      // The whole engine, not an entry still being written.
      const copy = await cache.match(wasm);
      return copy !== undefined && (await copy.blob()).size > 30_000_000;
    },
    null,
    { timeout: 120_000, polling: 500 },
  );
}

const chart = (page: Page, testId: string) => page.getByTestId(testId).locator('canvas').first();

describe('offline after one visit', () => {
  it(
    'reopens with the network off, and switches months and pages with the figures the controls show',
    { timeout: 300_000 },
    async () => {
      const { page, log } = await newLoggedPage(site);
      await page.goto(site.server.url);
      await chart(page, 'ranking-chart').waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        () => performance.getEntriesByName('commune-scorecard:engine-ready').length > 0,
        null,
        { timeout: 120_000 },
      );
      await cachedForOffline(page);

      await site.browser.context.setOffline(true);
      try {
        await page.reload();
        await chart(page, 'ranking-chart').waitFor({ timeout: 30_000 });
        const heading = page.locator('#ranking-heading');
        // A month of the build's answers: no engine needed.
        await page.getByLabel('Tháng', { exact: true }).selectOption('2026-05');
        await expect
          .poll(() => heading.textContent({ timeout: 1000 }).catch(() => ''), { timeout: 60_000 })
          .toContain('Tháng 5/2026');
        // The engine starts offline from the cache. KNOWN ISSUE (closing note of issue 10): in
        // about one offline start in four in this headless Chromium, the service worker misses
        // the cached wasm and the start fails; the page then says so and keeps the build's
        // figures, never another choice's. Either outcome is checked for what it must show.
        await page.waitForFunction(
          () =>
            performance.getEntriesByName('commune-scorecard:data-loaded').length > 0 ||
            document.querySelector('[data-testid="engine-notice"][role="alert"]') !== null,
          null,
          { timeout: 60_000 },
        );
        await page.getByLabel('Xếp theo').selectOption('tdgq');
        const started = await page.evaluate(
          () => performance.getEntriesByName('commune-scorecard:data-loaded').length > 0,
        );
        if (started) {
          await expect
            .poll(() => heading.textContent({ timeout: 1000 }).catch(() => ''), {
              timeout: 60_000,
            })
            .toContain('Tiến độ giải quyết');
          expect(await heading.textContent()).toContain('Tháng 5/2026');
          await expect.poll(() => page.getByTestId('stale-note').count()).toBe(0);
        } else {
          await page.getByText('Truy vấn thất bại.').waitFor({ timeout: 30_000 });
          expect(await page.getByTestId('ranking-chart').count()).toBe(0);
          // Back to the build's figures: the page opens again offline.
          await page.goto(site.server.url);
          await chart(page, 'ranking-chart').waitFor({ timeout: 30_000 });
        }

        await page.getByRole('link', { name: 'Hồ sơ TTHC' }).click();
        await chart(page, 'dossier-units-chart').waitFor({ timeout: 60_000 });
        await page.getByRole('link', { name: 'Kiến nghị cử tri' }).click();
        await chart(page, 'petition-units-chart').waitFor({ timeout: 60_000 });
        await page.getByRole('link', { name: 'Phương pháp' }).click();
        await page.getByTestId('method-example').waitFor({ timeout: 60_000 });
      } finally {
        await site.browser.context.setOffline(false);
      }
      expect(log.pageErrors).toEqual([]);
      await page.close();
    },
  );

  it('going offline before the engine has arrived: precomputed figures stay right, the rest says why it is missing', async () => {
    const fresh = await openSite({ serviceWorkers: 'block' });
    try {
      const { page } = await newLoggedPage(fresh);
      // The engine is still on its way when the network goes (the answers are in).
      const answers = page.waitForResponse(/ranking-next\.json$/);
      await page.route('**/*.wasm', async (route) => {
        await answers;
        await fresh.browser.context.setOffline(true);
        await route.abort('internetdisconnected');
      });
      await page.goto(fresh.server.url);
      await chart(page, 'ranking-chart').waitFor({ timeout: 60_000 });
      await expect
        .poll(() => page.getByTestId('engine-notice').textContent(), { timeout: 60_000 })
        .toContain('mất mạng');
      const heading = page.locator('#ranking-heading');
      await page.getByLabel('Tháng', { exact: true }).selectOption('2026-08');
      await expect.poll(() => heading.textContent()).toContain('Tháng 8/2026');
      expect(await page.getByTestId('stale-note').count()).toBe(0);
      // Not answered by the build, and no engine to be had: an error, never the August totals.
      await page.getByLabel('Xếp theo').selectOption('tdgq');
      await page.getByText('Truy vấn thất bại.').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('ranking-chart').count()).toBe(0);
      await fresh.browser.context.setOffline(false);
    } finally {
      await fresh.close();
    }
  });
});
