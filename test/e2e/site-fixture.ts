import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { DIST_DIR } from './dist-dir.ts';
import { launchChromium, type LaunchedBrowser } from './launch-chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface Site {
  readonly server: StaticServer;
  readonly browser: LaunchedBrowser;
  close(): Promise<void>;
}

export async function openSite(
  options: { readonly serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Site> {
  const server = await serveStatic(DIST_DIR);
  const browser = await launchChromium(undefined, options);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface PageLog {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Every URL the page or its workers requested. */
  readonly requests: string[];
}

/**
 * A new page that records console errors, uncaught errors and every request. The site's saved
 * uploads (IndexedDB, shared by every page of the browser) are cleared first, so each test opens
 * the published data unless it asks to keep what an earlier page saved.
 */
export async function newLoggedPage(
  site: Site,
  options: { readonly keepSavedData?: boolean } = {},
): Promise<{ page: Page; log: PageLog }> {
  const page = await site.browser.context.newPage();
  if (options.keepSavedData !== true) {
    const cdp = await site.browser.context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(site.server.url).origin,
      storageTypes: 'indexeddb',
    });
    await cdp.detach();
  }
  const log: PageLog = { consoleErrors: [], pageErrors: [], requests: [] };
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.stack ?? error.message));
  site.browser.context.on('request', (request: Request) => log.requests.push(request.url()));
  return { page, log };
}

/**
 * Waits until DuckDB has loaded the data (the `data-loaded` mark): the first charts come from
 * the build's answers before that, and a test that goes on to ask the engine waits here.
 */
export async function waitForEngine(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('commune-scorecard:data-loaded').length > 0,
    null,
    { timeout: 90_000 },
  );
}

/** Waits until DuckDB has loaded and the ranking table is filled. */
export async function waitForRanking(page: Page): Promise<void> {
  await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 60_000 });
  await waitForEngine(page);
}

/** Counts the chart canvas pixels that are not (near) white: a blank chart has none. */
export async function paintedPixels(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((element) => {
    const canvas = element.querySelector('canvas');
    if (canvas === null) return 0;
    const context = canvas.getContext('2d');
    if (context === null) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 255, g = 255, b = 255, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a > 0 && (r < 200 || g < 200 || b < 200)) painted += 1;
    }
    return painted;
  });
}

/**
 * Opens `?query` inside the running app, as its own links do (history entry + `popstate`), so a
 * test can visit many states on one page load: the engine starts once.
 */
export async function followLink(page: Page, query: string): Promise<void> {
  await page.evaluate((search) => {
    window.history.pushState(null, '', `${window.location.pathname}?${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}
