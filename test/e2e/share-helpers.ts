import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openSite, waitForEngine, type Site } from './site-fixture.ts';

/** Shared by the sharing tests (`share-links.test.ts`) and the embedding tests (`embed.test.ts`). */

export const CHIEN_DAN = '20364';
export const HAI_CHAU = '20242';
export const DISTRICT = new URLSearchParams({
  district: 'Huyện Hòa Vang, TP Đà Nẵng cũ',
}).toString();
export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');
/** The engine starts once per page load, slowly on a busy machine: tests switch states in-app. */
export const SLOW = 300_000;

/** The built site, with the clipboard allowed (copy actions are read back). */
export async function openSharingSite(): Promise<Site> {
  const site = await openSite();
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(site.server.url).origin,
  });
  return site;
}

export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Opens `query` on the site and waits for the test id `ready`. */
export async function openAt(site: Site, page: Page, query: string, ready: string): Promise<void> {
  await page.goto(`${site.server.url}${query}`);
  await page.getByTestId(ready).first().waitFor({ state: 'attached', timeout: 90_000 });
  await waitForEngine(page);
}

/** The non-white pixels of the canvas under `selector`: a blank chart has none. */
export function painted(frame: Page | Frame, selector: string): Promise<number> {
  return frame.locator(selector).evaluate((element) => {
    let count = 0;
    for (const canvas of element.querySelectorAll('canvas')) {
      const context = canvas.getContext('2d');
      if (context === null) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        const [r = 255, g = 255, b = 255, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a > 0 && (r < 200 || g < 200 || b < 200)) count += 1;
      }
    }
    return count;
  });
}

/** The first rows of a table, as text: what a reader compares between two windows. */
export const firstRows = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.slice(0, 8).map((row) => row.textContent));
