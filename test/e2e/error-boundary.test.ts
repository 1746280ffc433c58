import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLoggedPage, openSite, paintedPixels, type Site } from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

const BROKEN = 'dossier-trend-chart';
const FAULT = 'injected canvas fault';

/**
 * Makes the browser's 2D canvas throw, as a lost or exhausted canvas does, but only for the
 * canvases inside one chart. The fault lives in the test's browser, not in the site: the built
 * app carries no switch for it. ECharts draws synchronously inside `setOption`, so the chart's
 * first draw fails there.
 */
async function breakCanvasOf(page: Page, testId: string): Promise<void> {
  await page.addInitScript(
    ({ testId, fault }) => {
      const proto = CanvasRenderingContext2D.prototype;
      for (const name of ['clearRect', 'fillRect', 'fill', 'stroke', 'fillText'] as const) {
        const draw = Object.getOwnPropertyDescriptor(proto, name)?.value as (
          this: CanvasRenderingContext2D,
          ...args: unknown[]
        ) => void;
        Object.defineProperty(proto, name, {
          configurable: true,
          writable: true,
          value(this: CanvasRenderingContext2D, ...args: unknown[]) {
            if (this.canvas.closest(`[data-testid="${testId}"]`) !== null) {
              throw new Error(`${fault} (${name})`);
            }
            draw.apply(this, args);
          },
        });
      }
    },
    { testId, fault: FAULT },
  );
}

describe('a chart that cannot be drawn', () => {
  it('says so in its own panel while the rest of the page keeps working', async () => {
    const { page, log } = await newLoggedPage(site);
    await breakCanvasOf(page, BROKEN);
    await page.goto(`${site.server.url}?view=dossiers`);
    await page
      .getByTestId('dossier-table')
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 60_000 });

    const trend = page.getByTestId('dossier-trend');
    const alert = trend.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Không vẽ được biểu đồ này.');
    expect(await alert.locator('details pre').textContent()).toContain(FAULT);
    expect(await trend.getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
    expect(await page.getByTestId(BROKEN).count()).toBe(0);
    // The same panel still gives its summary and its table.
    expect(await page.getByTestId('dossier-trend-summary').textContent()).not.toBe('');
    expect(await page.getByTestId('dossier-trend-table').locator('tbody tr').count()).toBe(16);

    // The other chart of the page is drawn, and the controls still drive the page.
    await page.waitForTimeout(500);
    expect(await paintedPixels(page, 'dossier-units-chart')).toBeGreaterThan(20_000);
    // A filter the build did not answer: the engine's, which may still be starting.
    await page.getByLabel('Loại đơn vị').selectOption('phuong');
    await expect
      .poll(() => page.getByTestId('dossier-table').locator('tbody tr').count(), {
        timeout: 60_000,
      })
      .toBe(23);
    expect(await trend.getByRole('alert').textContent()).toContain('Không vẽ được biểu đồ này.');

    // And so do the other pages.
    await page.getByRole('navigation').getByRole('link', { name: 'Xếp hạng' }).click();
    await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor();
    await page.waitForTimeout(500);
    expect(await paintedPixels(page, 'ranking-chart')).toBeGreaterThan(20_000);
    expect(await page.getByRole('alert').count()).toBe(0);

    // Whatever was reported is the injected fault itself, nothing it set off.
    expect(log.pageErrors.filter((error) => !error.includes(FAULT))).toEqual([]);
    expect(log.consoleErrors.filter((error) => !error.includes(FAULT))).toEqual([]);
  });
});
