import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  CHIEN_DAN,
  HAI_CHAU,
  DISTRICT,
  SCREENSHOTS,
  SLOW,
  clipboard,
  openAt,
  openSharingSite,
  painted,
} from './share-helpers.ts';
import { followLink, newLoggedPage, type Site } from './site-fixture.ts';

/**
 * Issue 11, item 4: one chart embeds in another site's iframe (title, source, link to the full
 * view, drawn at every size), and the embed dialog works from the keyboard.
 */

let site: Site;

beforeAll(async () => {
  site = await openSharingSite();
});

afterAll(async () => {
  await site.close();
});

const open = (page: Page, query: string, ready: string) => openAt(site, page, query, ready);

/** Every chart of every chart view, by the state that shows it and its `data-chart` name. */
const CHARTS: readonly { readonly query: string; readonly figure: string }[] = [
  { query: 'view=ranking', figure: 'ranking' },
  { query: `view=ranking&unit=${CHIEN_DAN}`, figure: 'rank-change' },
  { query: 'view=ranking&panel=heatmap', figure: 'heatmap' },
  { query: 'view=ranking&panel=distribution', figure: 'distribution' },
  { query: `view=ranking&panel=compare&units=${CHIEN_DAN}%2C${HAI_CHAU}`, figure: 'compare' },
  { query: `view=commune&code=${CHIEN_DAN}`, figure: 'profile-rank' },
  { query: `view=commune&code=${CHIEN_DAN}`, figure: 'profile-groups' },
  { query: `view=commune&code=${CHIEN_DAN}`, figure: 'profile-dossiers' },
  { query: `view=commune&code=${CHIEN_DAN}`, figure: 'profile-petitions' },
  { query: 'view=dossiers', figure: 'dossier-units' },
  { query: `view=dossiers&code=${CHIEN_DAN}`, figure: 'dossier-trend' },
  { query: 'view=petitions', figure: 'petition-units' },
  { query: 'view=petitions', figure: 'petition-trend' },
];

describe('embed', () => {
  it(
    'shows each chart of every chart view alone, drawn, with its summary',
    { timeout: SLOW },
    async () => {
      const { page, log } = await newLoggedPage(site);
      await page.setViewportSize({ width: 600, height: 400 });
      await open(page, '?view=methodology&embed=1', 'embed-layout');
      const failures: string[] = [];
      for (const { query, figure } of CHARTS) {
        await followLink(page, `${query}&embed=1&figure=${figure}`);
        const chart = `[data-testid="embed-chart"] [data-chart="${figure}"]`;
        await page.locator(`${chart} canvas`).first().waitFor({ timeout: 90_000 });
        await page.waitForTimeout(300);
        const drawn = await painted(page, chart);
        const summary = (await page.getByTestId('embed-summary').textContent()) ?? '';
        const notices = await page.locator('.embed-main [data-testid="url-notice"]').count();
        if (drawn < 500 || summary.length < 20 || notices > 0) {
          failures.push(`${figure}: ${String(drawn)} px, "${summary}", ${String(notices)} notices`);
        }
      }
      expect(failures).toEqual([]);
      // No page chrome: no header, navigation, share actions or footer.
      const chrome = page.locator('.app-header, nav, footer, [data-testid="share-bar"]');
      expect(await chrome.count()).toBe(0);
      expect(log.pageErrors).toEqual([]);
    },
  );

  it(
    'fits another site’s iframe at any size, with title, source and the full-view link',
    { timeout: SLOW },
    async () => {
      const { page, log } = await newLoggedPage(site);
      const embedded = `${site.server.url}?embed=1&figure=dossier-units&view=dossiers&rate=press`;
      // Another origin (another port) serves the article; a real server, not a routed response,
      // because Chromium's local-network checks refuse a local frame inside a page of no address.
      const article =
        '<!doctype html><html><body style="margin:0;padding:16px"><p>Bài báo của một tờ báo</p>' +
        `<iframe src="${embedded}" title="Biểu đồ hồ sơ" style="border:1px solid #888;` +
        'width:320px;height:240px"></iframe></body></html>';
      const server = createServer((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const host = `http://127.0.0.1:${String(port)}/`;
      onTestFinished(() => {
        server.close();
        server.closeAllConnections();
      });
      await page.setViewportSize({ width: 1100, height: 700 });
      await page.goto(host);
      const frame = await waitForFrame(page, site.server.url);
      const chart = '[data-testid="embed-chart"] [data-chart="dossier-units"]';
      await frame.locator(`${chart} canvas`).first().waitFor({ timeout: 90_000 });
      for (const size of [
        { width: 320, height: 240 },
        { width: 600, height: 400 },
        { width: 1000, height: 600 },
      ]) {
        await page.locator('iframe').evaluate((element: HTMLIFrameElement, { width, height }) => {
          element.style.width = `${String(width)}px`;
          element.style.height = `${String(height)}px`;
        }, size);
        await frame.waitForTimeout(800);
        await expect.poll(() => painted(frame, chart), { timeout: 30_000 }).toBeGreaterThan(500);
        const layout = await frame.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          chartWidth:
            document.querySelector('[data-testid="embed-chart"] canvas')?.getBoundingClientRect()
              .width ?? 0,
        }));
        expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
        // The chart fills the frame's width, less the frame's padding.
        expect(layout.chartWidth).toBeGreaterThan(layout.clientWidth - 30);
        expect(layout.chartWidth).toBeLessThanOrEqual(layout.clientWidth);
        if (size.width !== 600) {
          await page.screenshot({
            path: path.join(SCREENSHOTS, `embed-${String(size.width)}x${String(size.height)}.png`),
          });
        }
      }
      const title = await frame.getByTestId('embed-title').textContent();
      expect(title).toBe(
        await frame.locator(`${chart} [role="img"]`).first().getAttribute('aria-label'),
      );
      expect(title).toContain('Tháng 10/2026');
      expect(await frame.getByTestId('embed-source').textContent()).toMatch(
        /^Dữ liệu mẫu \(tổng hợp\)\. Nguồn: .*hồ sơ.*dữ liệu mẫu tổng hợp/,
      );
      expect(await frame.getByTestId('embed-summary').textContent()).not.toBe('');
      const link = frame.getByTestId('embed-full-view');
      expect(await link.getAttribute('href')).toBe(`${site.server.url}?rate=press&view=dossiers`);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener');
      expect(log.pageErrors).toEqual([]);
    },
  );
});

async function waitForFrame(page: Page, url: string): Promise<Frame> {
  for (let tries = 0; tries < 600; tries += 1) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(url));
    if (frame !== undefined) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(
    `no frame of ${url}: ${page
      .frames()
      .map((frame) => frame.url())
      .join(', ')}`,
  );
}

describe('embed dialog', () => {
  it(
    'opens from the keyboard, keeps the focus, gives escaped code and closes on Escape',
    { timeout: SLOW },
    async () => {
      const { page } = await newLoggedPage(site);
      await open(
        page,
        `?view=ranking&unit=${CHIEN_DAN}&panel=heatmap&${DISTRICT}`,
        'heatmap-table',
      );
      await page.locator('[data-chart="heatmap"] canvas').first().waitFor({ timeout: 90_000 });
      await page.locator('[data-chart="rank-change"] canvas').first().waitFor({ timeout: 90_000 });
      const opener = page.getByTestId('embed-open');
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId('embed-dialog');
      await dialog.getByTestId('embed-code').waitFor();
      const inDialog = () =>
        page.evaluate(() =>
          document.querySelector('dialog[open]')?.contains(document.activeElement),
        );
      expect(await inDialog()).toBe(true);
      const select = dialog.getByTestId('embed-chart-select');
      expect(
        await select
          .locator('option')
          .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
      ).toEqual(['rank-change', 'heatmap']);
      await select.selectOption('heatmap');
      const code = await dialog.getByTestId('embed-code').inputValue();
      expect(code).toMatch(
        /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?district=[^"&<>]+&amp;embed=1&amp;figure=heatmap&amp;panel=heatmap&amp;unit=20364&amp;view=ranking" width="100%" height="\d+" title="[^"<>]+" loading="lazy"/,
      );
      expect(code).toContain(`${DISTRICT}&amp;`);
      expect(await dialog.getByTestId('embed-preview').getAttribute('href')).toContain(
        'figure=heatmap',
      );
      for (let i = 0; i < 12; i += 1) {
        await page.keyboard.press('Tab');
        expect(await inDialog()).toBe(true);
      }
      await dialog.getByTestId('embed-copy').click();
      await dialog.getByTestId('embed-copy-done').waitFor();
      expect(await clipboard(page)).toBe(code);
      await page.keyboard.press('Escape');
      await expect
        .poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open))
        .toBe(false);
      expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
    },
  );

  it('screenshot of the dialog', { timeout: SLOW }, async () => {
    const { page } = await newLoggedPage(site);
    await open(page, '?view=petitions', 'petition-table');
    await page.getByTestId('embed-open').click();
    await page.getByTestId('embed-code').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-dialog.png') });
  });
});
