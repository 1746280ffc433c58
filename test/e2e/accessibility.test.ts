import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings, type AxeFinding } from './axe.ts';
import { launchChromium, type LaunchedBrowser } from './launch-chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { DIST_DIR } from './dist-dir.ts';

/**
 * axe-core on every page and every panel a link can open, in both languages, at a desktop and a
 * phone width: no serious or critical violation. States are reached as a reader's link would
 * reach them (the URL), switched inside one page load so the engine starts once per language.
 * Every <details> is opened first so the tables behind "Xem dạng bảng" are checked too.
 *
 * A page added to VIEW_IDS without a state here fails the coverage test below.
 */

const CHIEN_DAN = '20364';
const HOA_VANG = '20242';

interface State {
  readonly query: string;
  /** A test id present once the state has rendered its figures. */
  readonly ready: string;
  /**
   * Checked at the desktop width only: a panel whose markup is the same as its page's at both
   * widths (the phone layout is CSS); every page and its main panel are checked at both.
   */
  readonly desktopOnly?: true;
}

const STATES: readonly State[] = [
  { query: 'view=ranking', ready: 'ranking-table' },
  { query: `view=ranking&unit=${CHIEN_DAN}`, ready: 'rank-change-table' },
  { query: 'view=ranking&bands=1&type=xa', ready: 'ranking-table', desktopOnly: true },
  { query: 'view=ranking&panel=heatmap', ready: 'heatmap-table', desktopOnly: true },
  { query: 'view=ranking&panel=distribution', ready: 'distribution-table', desktopOnly: true },
  {
    query: `view=ranking&panel=compare&units=${CHIEN_DAN}%2C${HOA_VANG}`,
    ready: 'compare-groups-table',
    desktopOnly: true,
  },
  { query: 'view=commune', ready: 'profile-directory' },
  { query: `view=commune&code=${CHIEN_DAN}`, ready: 'profile-month-table' },
  { query: 'view=dossiers', ready: 'dossier-table' },
  { query: `view=dossiers&code=${CHIEN_DAN}`, ready: 'dossier-trend-table', desktopOnly: true },
  { query: 'view=petitions', ready: 'petition-table' },
  { query: 'view=data', ready: 'datasets-table' },
  { query: 'view=methodology', ready: 'method-example' },
  // Embed mode (one chart alone, for an iframe): a chart with its summary, and a missing chart.
  { query: 'view=ranking&embed=1&figure=ranking', ready: 'embed-summary' },
  {
    query: `view=commune&code=${CHIEN_DAN}&embed=1&figure=profile-groups`,
    ready: 'embed-summary',
    desktopOnly: true,
  },
  { query: 'view=dossiers&embed=1&figure=nope', ready: 'embed-summary', desktopOnly: true },
];

const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
] as const;
const LANGS = ['vi', 'en'] as const;

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST_DIR);
});

afterAll(async () => {
  await server.close();
});

/** Follows an in-app link: the URL changes and the app hears `popstate`, as from its own links. */
async function goTo(page: Page, query: string, ready: string): Promise<void> {
  await page.evaluate((search) => {
    window.history.pushState(null, '', `${window.location.pathname}?${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await page.getByTestId(ready).first().waitFor({ state: 'attached', timeout: 60_000 });
  await settle(page);
}

/** Opens every disclosure and lets charts and transitions finish. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  await page.waitForTimeout(300);
}

const describeFindings = (findings: readonly AxeFinding[]) =>
  findings.map(
    (f) => `${f.id} (${f.impact}) ×${f.targets.length}: ${f.targets.slice(0, 3).join(' | ')}`,
  );

describe.each(WIDTHS)('axe at $width px', (viewport) => {
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchChromium(viewport);
  });

  afterAll(async () => {
    await browser.close();
  });

  describe('every page and panel', () => {
    let page: Page;

    beforeAll(async () => {
      page = await browser.context.newPage();
      await page.goto(`${server.url}?view=methodology`);
      await page.getByTestId('method-example').waitFor({ timeout: 60_000 });
    });

    afterAll(async () => {
      await page.close();
    });

    // The language is a URL param too: switching it needs no reload, so the engine starts once.
    const states = STATES.filter((state) => viewport.width > 1000 || state.desktopOnly !== true);
    const cases = LANGS.flatMap((lang) => states.map((state) => ({ ...state, lang })));
    it.each(cases)('$lang ?$query has no serious or critical violation', async (state) => {
      await goTo(page, `${state.query}&lang=${state.lang}`, state.ready);
      expect(describeFindings(await seriousAxeFindings(page))).toEqual([]);
    });
  });

  it('the embed and cite dialogs, open', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?view=ranking&panel=heatmap`);
    await page.locator('[data-chart="heatmap"] canvas').first().waitFor({ timeout: 60_000 });
    const failures: string[] = [];
    for (const name of ['embed', 'cite']) {
      await page.getByTestId(`${name}-open`).click();
      await page.getByTestId(`${name}-dialog`).locator('textarea').first().waitFor();
      const findings = await seriousAxeFindings(page);
      if (findings.length > 0) failures.push(`${name}: ${describeFindings(findings).join('; ')}`);
      await page.keyboard.press('Escape');
    }
    expect(failures).toEqual([]);
    await page.close();
  });

  it('the data page with a console result, a console error and an upload report', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?view=data`);
    await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
    const failures: string[] = [];
    const check = async (label: string) => {
      await settle(page);
      const findings = await seriousAxeFindings(page);
      if (findings.length > 0) failures.push(`${label}: ${describeFindings(findings).join('; ')}`);
    };
    const sql = page.getByLabel('Câu lệnh SQL');
    const run = page.getByRole('button', { name: /^Chạy/ });
    await sql.fill('SELECT name, type, population FROM units ORDER BY name LIMIT 40');
    await run.click();
    await page.getByTestId('console-result').waitFor({ state: 'attached' });
    await check('console result');
    await sql.fill('SELECT * FROM no_such_table');
    await run.click();
    await page.getByRole('alert').first().waitFor();
    await check('console error');
    await page
      .getByTestId('upload-input')
      .setInputFiles(
        path.resolve(import.meta.dirname, '../fixtures/uploads/dossiers-nguyet-an.csv'),
      );
    await check('file chosen');
    expect(failures).toEqual([]);
    await page.close();
  });
});

describe('coverage', () => {
  it('checks a state of every page', async () => {
    const { VIEW_IDS } = await import('../../src/state/route.ts');
    const checked = new Set(STATES.map((state) => new URLSearchParams(state.query).get('view')));
    expect(VIEW_IDS.filter((view) => !checked.has(view))).toEqual([]);
  });
});
