/**
 * The built site in Chromium, as a reader meets it: cold and warm (service worker) first chart
 * on localhost and on an emulated slow link (1.6 Mbps, 150 ms, a host that sends the `.gz`
 * copies), engine ready, the JavaScript the first chart needed, bytes by kind, and interaction
 * latencies (input → re-rendered chart, measured in the page). Medians with min–max; targets
 * are printed, never enforced.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { FIRST_CHART_MARK } from '../../src/components/first-chart-drawn.ts';
import { DIST_DIR } from '../../test/e2e/dist-dir.ts';
import { launchChromium } from '../../test/e2e/launch-chromium.ts';
import { serveStatic, type StaticServer } from '../../test/e2e/static-server.ts';
import { stat, type Stat } from './national-cases.ts';

const ENGINE_READY = 'commune-scorecard:engine-ready';
const SLOW_LINK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 1_600_000 / 8,
};

interface Visit {
  /** Navigation start → ranking chart drawn (page clock). */
  readonly firstChart: number;
  /** Navigation start → engine ready (page clock). */
  readonly engineReady: number;
  readonly chartBeforeEngine: boolean;
  /** JavaScript files that had arrived when the chart was drawn, raw and gzip bytes. */
  readonly firstPaintJs: { readonly raw: number; readonly gzip: number };
}

const fileOf = (url: string) =>
  path.join(DIST_DIR, decodeURIComponent(new URL(url).pathname).replace(/^\/+/, ''));
const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);
const gzipOf = (file: string) => (existsSync(`${file}.gz`) ? sizeOf(`${file}.gz`) : sizeOf(file));

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
}

/** One visit: the chart's time, the engine's, and the scripts that had arrived by the chart. */
async function visit(context: BrowserContext, url: string, slow: boolean): Promise<Visit> {
  const page = await context.newPage();
  if (slow) await throttle(context, page);
  await page.goto(url);
  const chart = await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="ranking-chart"] canvas') === null
        ? false
        : performance.now(),
    null,
    { polling: 'raf', timeout: 180_000 },
  );
  const firstChart = Number(await chart.jsonValue());
  // The scripts whose response had ended when the chart was drawn (its mark: the page's first
  // chart, here the ranking's), on the page's own clock: the chunks the first chart asks for once
  // drawn (the chart extras) are not among them, however soon after it they arrive.
  const scripts = await page.evaluate((mark) => {
    const drawnAt = performance.getEntriesByName(mark)[0]?.startTime;
    if (drawnAt === undefined) throw new Error(`no ${mark} mark with the chart on screen`);
    return performance
      .getEntriesByType('resource')
      .filter(
        (entry) =>
          new URL(entry.name).pathname.endsWith('.js') &&
          (entry as PerformanceResourceTiming).responseEnd <= drawnAt,
      )
      .map((entry) => entry.name);
  }, FIRST_CHART_MARK);
  const chartBeforeEngine = await page.evaluate(
    (name) => performance.getEntriesByName(name).length === 0,
    ENGINE_READY,
  );
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    ENGINE_READY,
    {
      timeout: 300_000,
    },
  );
  const engineReady = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    ENGINE_READY,
  );
  const unique = [...new Set(scripts)].map(fileOf);
  const firstPaintJs = {
    raw: unique.reduce((sum, file) => sum + sizeOf(file), 0),
    gzip: unique.reduce((sum, file) => sum + gzipOf(file), 0),
  };
  await page.close();
  return { firstChart, engineReady, chartBeforeEngine, firstPaintJs };
}

/** Waits until the service worker holds the engine too: the next visit is an offline-ready one. */
async function untilCached(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    async () => {
      const names = await caches.keys();
      const name = names.find((candidate) => candidate.startsWith('commune-scorecard-'));
      if (name === undefined) return false;
      const keys = await (await caches.open(name)).keys();
      return keys.some((request) => request.url.endsWith('.wasm'));
    },
    null,
    { timeout: 300_000, polling: 500 },
  );
  await page.close();
}

interface VisitStats {
  readonly cold: readonly Visit[];
  readonly warm: readonly Visit[];
}

async function visits(server: StaticServer, runs: number, slow: boolean): Promise<VisitStats> {
  const cold: Visit[] = [];
  const warm: Visit[] = [];
  for (let run = 0; run < runs; run += 1) {
    const browser = await launchChromium(undefined, { serviceWorkers: 'allow' });
    try {
      cold.push(await visit(browser.context, server.url, slow));
      await untilCached(browser.context, server.url);
      warm.push(await visit(browser.context, server.url, slow));
    } finally {
      await browser.close();
    }
  }
  return { cold, warm };
}

/**
 * Input → the chart re-rendered, in the page: set the control, wait until the explorer shows the
 * new choice (not marked stale) with its chart, then until the next frame is painted: a task
 * queued from that frame's animation callback runs after its paint (the "next paint" of the
 * Event Timing API, which does not see a script's synthetic input).
 */
async function interaction(
  page: Page,
  label: string,
  value: string,
  done: string,
): Promise<number> {
  const control = await page.getByLabel(label, { exact: true }).elementHandle();
  return page.evaluate(
    async ({ element, next, text }) => {
      // No named helpers in here: the bench's TypeScript loader would wrap them in a `__name`
      // call the page does not have.
      const select = element as HTMLSelectElement;
      const started = performance.now();
      select.value = next;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (;;) {
        const explorer = document.querySelector('.ranking-explorer');
        // What says the choice: the heading (month, metric) and the scope note (filter). Not the
        // whole explorer's text: its 94-row table would take the check itself milliseconds.
        const said = ['#ranking-heading', '[data-testid="ranking-scope"]']
          .map((selector) => explorer?.querySelector(selector)?.textContent ?? '')
          .join(' ');
        if (
          explorer !== null &&
          explorer.getAttribute('data-stale') === null &&
          said.includes(text) &&
          document.querySelector('[data-testid="ranking-chart"] canvas') !== null
        ) {
          break;
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(null);
        });
      });
      return performance.now() - started;
    },
    { element: control, next: value, text: done },
  );
}

/**
 * Until the page has settled after the engine's start (its data loaded, the build's answers
 * checked against it, the service worker's install): three idle periods in a row with at least
 * 40 of their 50 ms free. The switches are then measured as a reader makes them, not against the
 * start-up's own work.
 */
async function untilIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    let quiet = 0;
    const started = performance.now();
    while (quiet < 3 && performance.now() - started < 30_000) {
      const free = await new Promise<number>((resolve) => {
        requestIdleCallback(
          (deadline) => {
            resolve(deadline.timeRemaining());
          },
          { timeout: 2000 },
        );
      });
      quiet = free >= 40 ? quiet + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

/** The pause between two measured switches. */
const PAUSE_MS = 300;

interface Interactions {
  readonly month: readonly number[];
  readonly metric: readonly number[];
  readonly filter: readonly number[];
}

async function interactions(server: StaticServer, runs: number): Promise<Interactions> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0,
      ENGINE_READY,
      {
        timeout: 120_000,
      },
    );
    await untilIdle(page);
    const month: number[] = [];
    const metric: number[] = [];
    const filter: number[] = [];
    // One warm-up each, then alternate between two values.
    for (let run = 0; run <= runs; run += 1) {
      // Each switch on its own, as a reader makes them: the previous one's after-paint work
      // (a table drawn a frame later, resize observers) is done before the next input.
      await page.waitForTimeout(PAUSE_MS);
      const m = await interaction(
        page,
        'Tháng',
        run % 2 === 0 ? '2026-07' : '2026-10',
        run % 2 === 0 ? 'Tháng 7/2026' : 'Tháng 10/2026',
      );
      await page.waitForTimeout(PAUSE_MS);
      const g = await interaction(
        page,
        'Xếp theo',
        run % 2 === 0 ? 'tdgq' : 'total',
        run % 2 === 0 ? 'TDGQ' : 'tổng điểm',
      );
      await page.waitForTimeout(PAUSE_MS);
      const f = await interaction(
        page,
        'Loại đơn vị',
        run % 2 === 0 ? 'phuong' : '',
        run % 2 === 0 ? 'Đang hiển thị 23/94' : 'Đang hiển thị 94/94',
      );
      if (run === 0) continue;
      month.push(m);
      metric.push(g);
      filter.push(f);
    }
    return { month, metric, filter };
  } finally {
    await browser.close();
  }
}

/** Bytes one cold visit downloads, by kind, raw and as the `.gz`/`.br` copies would send them. */
function bytesByKind(
  server: StaticServer,
): Record<string, { raw: number; gzip: number; br: number }> {
  const kinds: Record<string, { raw: number; gzip: number; br: number }> = {};
  for (const [urlPath] of server.bytesByPath) {
    const file = path.join(DIST_DIR, urlPath.replace(/^\/+/, ''));
    const kind = urlPath.endsWith('.wasm')
      ? 'engine'
      : urlPath.includes('/data/')
        ? 'data'
        : urlPath.endsWith('.js')
          ? 'js'
          : urlPath.endsWith('.css')
            ? 'css'
            : 'other';
    const entry = (kinds[kind] ??= { raw: 0, gzip: 0, br: 0 });
    const raw = sizeOf(file);
    entry.raw += raw;
    entry.gzip += gzipOf(file);
    entry.br += existsSync(`${file}.br`) ? sizeOf(`${file}.br`) : raw;
  }
  return kinds;
}

const f = (value: number) => value.toFixed(0);
const line = (label: string, value: Stat, target = ''): void => {
  console.log(
    `${label.padEnd(58)} median ${f(value.median).padStart(7)} ms  (${f(value.min)}–${f(value.max)})${target}`,
  );
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

export async function benchSite(runs: number, slowRuns: number): Promise<void> {
  console.log(
    `\n# Built site in Chromium: first chart, engine, bytes (${String(runs)} fresh profiles)\n`,
  );
  const local = await serveStatic(DIST_DIR);
  let localVisits: VisitStats;
  try {
    localVisits = await visits(local, runs, false);
    const cold = localVisits.cold;
    line(
      'cold: navigation → first chart (localhost)',
      stat(cold.map((v) => v.firstChart)),
      '  target ≤ 1000, before the engine',
    );
    line('cold: navigation → engine ready (localhost)', stat(cold.map((v) => v.engineReady)));
    console.log(
      `cold: chart drawn before the engine was ready in ${String(cold.filter((v) => v.chartBeforeEngine).length)} of ${String(cold.length)} runs`,
    );
    line(
      'warm (service worker): navigation → first chart (localhost)',
      stat(localVisits.warm.map((v) => v.firstChart)),
      '  target ≤ 500',
    );
    line(
      'warm: navigation → engine ready (localhost)',
      stat(localVisits.warm.map((v) => v.engineReady)),
    );
    // The most any cold visit had fetched by its chart (the same files every time, unless a
    // chunk asked for early arrives before the chart in some runs only).
    const js = cold
      .map((v) => v.firstPaintJs)
      .reduce((most, next) => (next.gzip > most.gzip ? next : most), { raw: 0, gzip: 0 });
    const least = cold.reduce((fewest, v) => Math.min(fewest, v.firstPaintJs.gzip), js.gzip);
    console.log(
      `first-paint JavaScript (arrived before the chart, the most of ${String(cold.length)} cold visits): ${kb(js.raw)} raw, ${kb(js.gzip)} gzip, least ${kb(least)} gzip  (target ≤ 300 kB gzip)`,
    );
  } finally {
    await local.close();
  }
  const counting = await serveStatic(DIST_DIR);
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(counting.url);
      await page.waitForFunction(
        (name) => performance.getEntriesByName(name).length > 0,
        ENGINE_READY,
        { timeout: 120_000 },
      );
      await page.waitForTimeout(2000);
    } finally {
      await browser.close();
    }
    console.log('\nbytes of one cold visit (ranking page, engine loaded), by kind:');
    for (const [kind, size] of Object.entries(bytesByKind(counting))) {
      console.log(
        `  ${kind.padEnd(7)} raw ${kb(size.raw).padStart(9)}  gzip ${kb(size.gzip).padStart(9)}  brotli ${kb(size.br).padStart(9)}`,
      );
    }
  } finally {
    await counting.close();
  }

  console.log(
    `\n# Emulated slow link: 1.6 Mbps, 150 ms, host sends gzip (${String(slowRuns)} fresh profiles)\n`,
  );
  const slow = await serveStatic(DIST_DIR, { gzip: true });
  try {
    const slowVisits = await visits(slow, slowRuns, true);
    line(
      'cold: navigation → first chart (slow link)',
      stat(slowVisits.cold.map((v) => v.firstChart)),
      '  target ≤ 3000',
    );
    line(
      'cold: navigation → engine ready (slow link)',
      stat(slowVisits.cold.map((v) => v.engineReady)),
    );
    console.log(
      `cold: chart drawn before the engine was ready in ${String(slowVisits.cold.filter((v) => v.chartBeforeEngine).length)} of ${String(slowVisits.cold.length)} runs`,
    );
    line(
      'warm (service worker): navigation → first chart (slow link)',
      stat(slowVisits.warm.map((v) => v.firstChart)),
      '  target ≤ 500',
    );
  } finally {
    await slow.close();
  }

  console.log(
    `\n# Interactions at 94 units: input → re-rendered chart, in the page, once it is idle after the engine's start (${String(runs)} runs each)\n`,
  );
  const server = await serveStatic(DIST_DIR);
  try {
    const measured = await interactions(server, runs);
    line('month switch (ranking)', stat(measured.month), '  target ≤ 50');
    line('metric switch (ranking, total ↔ TDGQ)', stat(measured.metric), '  target ≤ 50');
    line('filter switch (ranking, all ↔ phường)', stat(measured.filter), '  target ≤ 50');
  } finally {
    await server.close();
  }
}
