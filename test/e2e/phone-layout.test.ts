import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from './dist-dir.ts';
import { launchChromium, type LaunchedBrowser } from './launch-chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/**
 * Every page on a phone (375 × 812, issue 12): the page never scrolls sideways, every control is
 * big enough to hit with a finger, and a page with charts shows the top of its first chart on
 * the first screen.
 *
 * Target sizes. "Primary" controls are every visible button, select, text-like input, textarea,
 * summary, element with role="tab", and link that acts as a control rather than as words in a
 * sentence (the page tabs in `nav`): each must be at least 44 × 44 px (WCAG 2.5.5). A checkbox
 * or radio button is at least 24 × 24 px and its label, which toggles it, is the 44 px target.
 * An input that is visually hidden behind its label (the file picker) is measured by that label.
 * No control of any kind is under 24 px in either dimension (WCAG 2.5.8). Exempt, as 2.5.8
 * exempts them: links inside running text and table cells (unit names, sources), whose size is
 * the line's; they are not selected below.
 */

const PHONE = { width: 375, height: 812 } as const;
const PRIMARY_MIN = 44;
const ANY_MIN = 24;

interface PageCase {
  readonly name: string;
  readonly query: string;
  /** A test id present once the page has drawn (its first chart, when it has charts). */
  readonly ready: string;
  readonly hasCharts: boolean;
}

const PAGES: readonly PageCase[] = [
  { name: 'ranking', query: 'view=ranking', ready: 'ranking-chart', hasCharts: true },
  {
    name: 'commune profile',
    query: 'view=commune&code=20314',
    ready: 'profile-rank-chart',
    hasCharts: true,
  },
  { name: 'dossiers', query: 'view=dossiers', ready: 'dossier-units-chart', hasCharts: true },
  { name: 'petitions', query: 'view=petitions', ready: 'petition-units-chart', hasCharts: true },
  { name: 'data', query: 'view=data', ready: 'datasets-table', hasCharts: false },
  { name: 'methodology', query: 'view=methodology', ready: 'method-example', hasCharts: false },
  // The ranking's other panels and a unit's detail, for their own controls (sizes and width).
  {
    name: 'ranking, why a rank moved',
    query: 'view=ranking&unit=20364',
    ready: 'rank-change-table',
    hasCharts: false,
  },
  {
    name: 'ranking heatmap',
    query: 'view=ranking&panel=heatmap',
    ready: 'heatmap-table',
    hasCharts: false,
  },
  {
    name: 'ranking distribution',
    query: 'view=ranking&panel=distribution',
    ready: 'distribution-table',
    hasCharts: false,
  },
  {
    name: 'ranking compare',
    query: 'view=ranking&panel=compare&units=20364%2C20242',
    ready: 'compare-groups-table',
    hasCharts: false,
  },
  {
    name: 'dossiers of one unit',
    query: 'view=dossiers&code=20364',
    ready: 'dossier-trend-table',
    hasCharts: false,
  },
];

const LANGS = ['vi', 'en'] as const;

/** Controls under their minimum size, described as `tag "text" W×H (rule)`. */
function undersizedControls(limits: { primary: number; any: number }): string[] {
  const rendered = (element: Element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.right > 0 &&
      getComputedStyle(element).visibility !== 'hidden' &&
      element.closest('[aria-hidden="true"]') === null
    );
  };
  const name = (element: Element, rule: string) => {
    const box = element.getBoundingClientRect();
    const text = element.textContent.trim().replace(/\s+/g, ' ').slice(0, 30);
    const size = `${box.width.toFixed(0)}×${box.height.toFixed(0)}`;
    return `${element.tagName.toLowerCase()} "${text}" ${size} (${rule})`;
  };
  const failures: string[] = [];
  const check = (element: Element, min: number, rule: string) => {
    const box = element.getBoundingClientRect();
    if (box.width < min || box.height < min) failures.push(name(element, rule));
  };
  const controls = document.querySelectorAll(
    'button, select, input, textarea, summary, [role="tab"], nav a, a[role="button"]',
  );
  for (const control of controls) {
    const input = control instanceof HTMLInputElement ? control : null;
    const labels = input?.labels ? [...input.labels].filter(rendered) : [];
    if (input?.classList.contains('visually-hidden') === true) {
      // The label is the control a reader sees and hits.
      for (const label of labels) check(label, limits.primary, 'label of a hidden input');
      continue;
    }
    if (!rendered(control)) continue;
    if (input !== null && (input.type === 'checkbox' || input.type === 'radio')) {
      check(control, limits.any, `${input.type} box`);
      for (const label of labels) {
        if (label.getBoundingClientRect().height < limits.primary)
          failures.push(name(label, `label of a ${input.type}`));
      }
      continue;
    }
    check(control, limits.primary, 'primary control');
  }
  return failures;
}

/** The top of the page's first chart on screen (print copies are off screen), in page pixels. */
function firstChartTop(): number | null {
  for (const chart of document.querySelectorAll('.echart')) {
    const box = chart.getBoundingClientRect();
    if (box.width === 0 || getComputedStyle(chart).visibility === 'hidden') continue;
    return box.top + window.scrollY;
  }
  return null;
}

async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  await page.waitForTimeout(300);
}

let server: StaticServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  server = await serveStatic(DIST_DIR);
  browser = await launchChromium(PHONE);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe.each(LANGS)('at 375 × 812 px in %s', (lang) => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    const first = PAGES[0];
    if (first === undefined) throw new Error('no pages');
    await page.goto(`${server.url}?${first.query}&lang=${lang}`);
    await page.getByTestId(first.ready).first().waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await page.close();
  });

  it.each(PAGES)('$name: no sideways scroll, finger-sized controls', async (entry) => {
    // Follow an in-app link (the engine starts once per language).
    await page.evaluate((search) => {
      window.history.pushState(null, '', `${window.location.pathname}?${search}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `${entry.query}&lang=${lang}`);
    await page.getByTestId(entry.ready).first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForTimeout(500);

    if (entry.hasCharts) {
      // As the page opens, folds closed: the top of the first chart is on the first screen.
      const top = await page.evaluate(firstChartTop);
      expect(top).not.toBeNull();
      expect(top).toBeLessThan(PHONE.height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );

    // With every fold and table disclosure open, nothing widens the page and every control,
    // including those folded away at first, is big enough.
    await openAllDetails(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    const limits = { primary: PRIMARY_MIN, any: ANY_MIN };
    expect(await page.evaluate(undersizedControls, limits)).toEqual([]);
  });
});
