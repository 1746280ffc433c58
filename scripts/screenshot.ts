/**
 * Screenshots of the built site for a human to look at (not a test):
 *   npm run build && npx tsx scripts/screenshot.ts '?view=ranking' 1280 ranking-table
 * Arguments: query string, viewport width, test id to wait for. E2E_DIST picks the build folder.
 * Writes test/e2e/screenshots/*.png (git-ignored): the viewport and the full page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from '../test/e2e/dist-dir.ts';
import { launchChromium } from '../test/e2e/launch-chromium.ts';
import { serveStatic } from '../test/e2e/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const query = process.argv[2] ?? '';
const width = Number(process.argv[3] ?? 1280);
const waitFor = process.argv[4] ?? 'ranking-table';
const outDir = path.join(root, 'test/e2e/screenshots');
mkdirSync(outDir, { recursive: true });

const server = await serveStatic(DIST_DIR);
const browser = await launchChromium({ width, height: 900 });
try {
  const page = await browser.context.newPage();
  page.on('console', (message) => {
    console.log(`[console.${message.type()}] ${message.text()}`);
  });
  const started = Date.now();
  await page.goto(`${server.url}${query}`);
  await page.getByTestId(waitFor).first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1200);
  console.log(`${waitFor} visible after ${Date.now() - started} ms`);
  const name = `shot-${width}${query.replace(/[^\w]+/g, '_')}`;
  await page.screenshot({ path: path.join(outDir, `${name}-top.png`) });
  await page.screenshot({ path: path.join(outDir, `${name}-full.png`), fullPage: true });
  console.log(`wrote test/e2e/screenshots/${name}-{top,full}.png`);
} finally {
  await browser.close();
  await server.close();
}
