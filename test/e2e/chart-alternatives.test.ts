import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followLink, newLoggedPage, openSite, type Site } from './site-fixture.ts';

// Issue 12, item 6: every chart has a table alternative and a text summary. A chart is the
// adapter's `role="img"` element outside the print copies (those are `aria-hidden`); it is tied
// to its summary by `aria-describedby` and to its table by `aria-details`, on itself or on the
// `[data-chart]` group around it (`components/described-chart.tsx`).

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

const CHIEN_DAN = '20364';
const HOA_XUAN = '20314';

interface ChartCheck {
  readonly chart: string;
  readonly label: string;
  readonly summary: string;
  readonly captions: readonly string[];
  /** Body rows of the first table. */
  readonly rows: number;
  readonly problems: readonly string[];
  /** Set on a closed `<details>` around the first table, to open it from the keyboard. */
  readonly probe: string | null;
}

/** Every chart on the page with what its references resolve to. */
async function checkCharts(page: Page): Promise<ChartCheck[]> {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll<HTMLElement>('.echart[role="img"]')].filter(
      (chart) => chart.closest('[aria-hidden="true"]') === null,
    );
    return charts.map((chart, index) => {
      const problems: string[] = [];
      const name = chart.dataset.testid ?? `chart ${String(index)}`;
      const host = chart.hasAttribute('aria-describedby')
        ? chart
        : chart.closest<HTMLElement>('[data-chart]');
      if (host === null) problems.push('no aria-describedby and no [data-chart] group');
      const byIds = (attribute: string) =>
        (host?.getAttribute(attribute) ?? '')
          .split(/\s+/)
          .filter((id) => id !== '')
          .map((id) => {
            const element = document.getElementById(id);
            if (element === null) problems.push(`${attribute} → missing #${id}`);
            return element;
          })
          .filter((element) => element !== null);
      const summary = byIds('aria-describedby')
        .map((element) => element.textContent.trim())
        .join(' ');
      if (summary === '') problems.push('empty summary');
      const tables = byIds('aria-details').flatMap((element) =>
        element instanceof HTMLTableElement ? [element] : [...element.querySelectorAll('table')],
      );
      const first = tables[0];
      if (first === undefined) problems.push('no table alternative');
      const captions = tables.map((table) => table.caption?.textContent.trim() ?? '');
      if (captions.some((caption) => caption === '')) problems.push('a table without caption');
      if (tables.some((table) => table.querySelector('th[scope="col"]') === null)) {
        problems.push('a table without column headers');
      }
      const rows = first?.tBodies[0]?.rows.length ?? 0;
      if (rows === 0) problems.push('no data row');
      const details = first?.closest('details');
      let probe: string | null = null;
      if (details !== null && details !== undefined && !details.open) {
        probe = String(index);
        details.dataset.altProbe = probe;
      }
      return {
        chart: name,
        label: chart.getAttribute('aria-label') ?? '',
        summary,
        captions,
        rows,
        problems,
        probe,
      };
    });
  });
}

/** Checks every chart, and opens each closed table from the keyboard. */
async function expectAlternatives(page: Page, expected: readonly string[]): Promise<ChartCheck[]> {
  const checks = await checkCharts(page);
  expect(checks.map((check) => check.chart).sort()).toEqual([...expected].sort());
  for (const check of checks) {
    expect({ chart: check.chart, problems: check.problems }).toEqual({
      chart: check.chart,
      problems: [],
    });
    expect(check.label).not.toBe('');
    if (check.probe === null) continue;
    const details = page.locator(`details[data-alt-probe="${check.probe}"]`);
    await details.locator('> summary').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => details.evaluate((element: HTMLDetailsElement) => element.open))
      .toBe(true);
    expect(await details.locator('table').first().isVisible()).toBe(true);
  }
  return checks;
}

/**
 * Opens `query` in the running app (the engine starts once per page), by way of the chartless
 * methodology page so no chart of the previous state can stand in for the awaited one.
 */
async function open(page: Page, query: string, charts: readonly string[]): Promise<void> {
  if (page.url() === 'about:blank') {
    await page.goto(`${site.server.url}?view=methodology`);
  } else {
    await followLink(page, 'view=methodology');
  }
  await page.getByTestId('method-example').waitFor({ timeout: 60_000 });
  await followLink(page, query);
  for (const chart of charts) {
    await page.getByTestId(chart).waitFor({ timeout: 60_000 });
  }
}

describe('every chart has a table alternative and a summary', () => {
  const pages: readonly (readonly [string, string, readonly string[]])[] = [
    ['ranking', 'view=ranking', ['ranking-chart']],
    [
      'ranking with a unit explained',
      `view=ranking&unit=${CHIEN_DAN}`,
      ['ranking-chart', 'rank-change-chart'],
    ],
    ['ranking heatmap', 'view=ranking&panel=heatmap', ['heatmap-chart']],
    ['ranking distribution', 'view=ranking&panel=distribution', ['distribution-chart']],
    [
      'ranking comparison',
      `view=ranking&panel=compare&units=${CHIEN_DAN},${HOA_XUAN}`,
      ['compare-chart'],
    ],
    [
      'commune profile',
      `view=commune&code=${HOA_XUAN}`,
      [
        'profile-rank-chart',
        'profile-groups-chart',
        'profile-dossiers-chart',
        'profile-petitions-chart',
      ],
    ],
    ['dossiers', 'view=dossiers', ['dossier-units-chart', 'dossier-trend-chart']],
    [
      'dossiers of one unit',
      `view=dossiers&code=${HOA_XUAN}`,
      ['dossier-units-chart', 'dossier-trend-chart'],
    ],
    ['petitions', 'view=petitions', ['petition-units-chart', 'petition-trend-chart']],
  ];

  let shared: Awaited<ReturnType<typeof newLoggedPage>>;

  beforeAll(async () => {
    shared = await newLoggedPage(site);
  });

  afterAll(async () => {
    await shared.page.close();
  });

  it.each(pages)('%s', async (_name, query, charts) => {
    await open(shared.page, query, charts);
    await expectAlternatives(shared.page, charts);
    expect(shared.log.pageErrors).toEqual([]);
  });

  it('states the key finding of the profile charts, in Vietnamese and in English', async () => {
    const { page } = await newLoggedPage(site);
    const charts = ['profile-rank-chart', 'profile-groups-chart', 'profile-dossiers-chart'];
    await open(page, `view=commune&code=${HOA_XUAN}`, charts);
    const vi = new Map((await checkCharts(page)).map((check) => [check.chart, check]));
    expect(vi.get('profile-rank-chart')?.summary).toMatch(
      /^Tháng \d+\/\d{4} – tháng \d+\/\d{4}: tổng điểm của Hòa Xuân từ \d+,\d\d đến \d+,\d\d; /,
    );
    expect(vi.get('profile-groups-chart')?.summary).toMatch(/Mạnh nhất so với trung vị: .+; yếu/);
    expect(vi.get('profile-groups-chart')?.captions).toHaveLength(6);
    expect(vi.get('profile-dossiers-chart')?.summary).toMatch(/Tiếp nhận cao nhất [\d.]+ \(tháng/);
    expect(vi.get('profile-dossiers-chart')?.rows).toBe(16);

    await open(page, `view=commune&code=${HOA_XUAN}&lang=en`, charts);
    const en = new Map((await checkCharts(page)).map((check) => [check.chart, check]));
    expect(en.get('profile-rank-chart')?.summary).toMatch(/the total of Hòa Xuân went from /);
    expect(en.get('profile-groups-chart')?.summary).toMatch(/Strongest against the median: /);
    expect(en.get('profile-dossiers-chart')?.summary).toMatch(/Received: highest [\d,]+ \(/);
    await page.close();
  });
});
