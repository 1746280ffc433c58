import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium tries to reach Google services, which this
// machine's closed network refuses; none of them is needed for a local page.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Debian Chromium driven by playwright-core, with a fresh profile directory each time. */
export async function launchChromium(
  viewport = { width: 1280, height: 900 },
  options: { readonly serviceWorkers?: 'allow' | 'block' } = {},
): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'commune-scorecard-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // Blocked unless a test is about offline use: a worker that answers from its cache would
    // hide requests from the tests that route or count them.
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
