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

describe('the Content-Security-Policy of the built page', () => {
  it('forbids inline and remote scripts, and the app runs under it without a violation', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(site.server.url);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/https?:/);

    await waitForRanking(page);
    await expect.poll(() => paintedPixels(page, 'ranking-chart')).toBeGreaterThan(500);
    await page.getByRole('link', { name: 'Hồ sơ TTHC' }).click();
    await page.getByTestId('dossier-table').locator('tbody tr').first().waitFor();

    // An inline script is refused: the policy is really in force, not only present.
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.head.append(script);
      return 'inlineRan' in window;
    });
    expect(inlineRan).toBe(false);
    const violations = await page.evaluate(() =>
      'cspViolations' in window ? (window.cspViolations as string[]) : ['no listener'],
    );
    expect(violations.filter((entry) => !entry.startsWith('script-src-elem inline'))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
