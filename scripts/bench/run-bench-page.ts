import { launchChromium } from '../../test/e2e/launch-chromium.ts';
import { serveStatic } from '../../test/e2e/static-server.ts';
import { buildBenchPage } from './build-bench-page.ts';
import { readPageResult, type NationalPageResult } from './national-page-result.ts';

const PAGE_TIMEOUT_MS = 20 * 60_000;

/**
 * Builds the bench page, serves it on 127.0.0.1 and runs it in Debian Chromium (a fresh
 * profile), echoing its progress; returns what it measured. Everything is removed afterwards.
 */
export async function runBenchPage(
  runs: number,
  loadRuns: number,
  profile: boolean,
): Promise<NationalPageResult> {
  const built = await buildBenchPage();
  const server = await serveStatic(built.dir);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('[bench page]')) console.log(`  ${text.slice(13)}`);
      else if (message.type() === 'error') errors.push(text);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const query = new URLSearchParams({
      runs: String(runs),
      loadRuns: String(loadRuns),
      profile: profile ? '1' : '0',
    });
    await page.goto(`${server.url}${built.page}?${query.toString()}`);
    const output = page.locator('#result[data-status]');
    await output.waitFor({ state: 'attached', timeout: PAGE_TIMEOUT_MS });
    const status = await output.getAttribute('data-status');
    const text = (await output.textContent()) ?? '';
    if (status !== 'done') {
      throw new Error(`bench page failed: ${text}\n${errors.join('\n')}`);
    }
    const value: unknown = JSON.parse(text);
    return readPageResult(value);
  } finally {
    await browser.close();
    await server.close();
    built.dispose();
  }
}
