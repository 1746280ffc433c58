import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse-csv.ts';
import { followLink, newLoggedPage, openSite, waitForRanking, type Site } from './site-fixture.ts';

/**
 * Issue 12: an English page shows no Vietnamese text except names marked `lang="vi"`. Every page
 * and the states a reader opens (panels, a unit's analysis, a profile, the dictionary) are walked;
 * every text node and every text attribute is checked for letters only Vietnamese uses.
 *
 * What is not checked, and why (there is no other exception):
 * - text inside an element marked `lang="vi"`: the names, and the language switch's
 *   "Tiếng Việt", which is the Vietnamese name of the language (its marking is checked below);
 * - in attributes and the document title, the sample's own names: an attribute cannot mark a
 *   part of itself `lang="vi"` ("Remove Hải Châu from the comparison");
 * - chart canvases, which hold no DOM text (their ECharts aria labels are attributes: checked).
 */

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

const HAI_CHAU = '20242';
/** Two former districts in one cell. */
const AN_KHE = '20305';
/** A population and a peer list. */
const CHIEN_DAN = '20364';
/** Its population source is a Vietnamese document. */
const TAM_KY = '20341';

interface PageState {
  readonly name: string;
  readonly query: string;
  /** Test ids that must be on the page before it is read. */
  readonly ready: readonly string[];
  readonly prepare?: (page: Page) => Promise<void>;
}

const STATES: readonly PageState[] = [
  { name: 'ranking', query: 'view=ranking', ready: ['ranking-table', 'ranking-summary'] },
  {
    name: 'ranking, filtered by a former district, colour bands',
    query: `view=ranking&district=${encodeURIComponent('Huyện Núi Thành, tỉnh Quảng Nam')}&bands=1`,
    ready: ['ranking-table', 'ranking-scope'],
  },
  {
    name: 'ranking, the unit search open',
    query: 'view=ranking',
    ready: ['ranking-table'],
    prepare: async (page) => {
      await page.getByTestId('ranking-table').waitFor({ timeout: 60_000 });
      await page.getByTestId('ranking-search').getByRole('combobox').fill('hoa');
      await page.getByTestId('ranking-search').getByRole('option').first().waitFor();
    },
  },
  {
    name: 'ranking, why the rank changed',
    query: `view=ranking&unit=${AN_KHE}`,
    ready: ['ranking-table', 'rank-change-panel', 'rank-change-table'],
  },
  {
    name: 'heatmap',
    query: `view=ranking&panel=heatmap&unit=${HAI_CHAU}`,
    ready: ['heatmap-table', 'heatmap-summary'],
  },
  {
    name: 'distribution',
    query: `view=ranking&panel=distribution&unit=${HAI_CHAU}`,
    ready: ['distribution-table', 'distribution-summary'],
  },
  {
    name: 'compare',
    query: `view=ranking&panel=compare&units=${HAI_CHAU},${AN_KHE},${CHIEN_DAN}`,
    ready: ['compare-summary', 'compare-groups-table', 'compare-history-table'],
  },
  { name: 'commune picker', query: 'view=commune', ready: ['profile-directory'] },
  {
    name: 'commune profile',
    query: `view=commune&code=${CHIEN_DAN}`,
    ready: ['profile-summary', 'profile-month-table', 'profile-gaps', 'profile-population'],
  },
  {
    name: 'commune profile, a population source in Vietnamese',
    query: `view=commune&code=${TAM_KY}`,
    ready: ['profile-summary', 'profile-population'],
  },
  {
    name: 'commune profile, two former districts',
    query: `view=commune&code=${AN_KHE}`,
    ready: ['profile-summary', 'profile-month-table'],
  },
  {
    name: 'dossiers',
    query: 'view=dossiers',
    ready: ['dossier-table', 'dossiers-summary', 'dossier-trend-table', 'dossier-quality'],
  },
  {
    name: "dossiers, one unit's history",
    query: `view=dossiers&code=${CHIEN_DAN}&chart=channels`,
    ready: ['dossier-table', 'dossier-trend-table'],
  },
  {
    name: 'petitions',
    query: 'view=petitions&measure=per10k',
    ready: ['petition-table', 'petitions-summary', 'petition-trend-table'],
  },
  {
    name: 'data, every dictionary open',
    query: 'view=data',
    ready: ['datasets-table', 'dictionary-panel', 'console-result'],
    prepare: async (page) => {
      await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
      await page
        .getByTestId('dictionary-panel')
        .locator('details')
        .evaluateAll((all) => {
          for (const details of all) (details as HTMLDetailsElement).open = true;
        });
      await page.getByRole('button', { name: 'Run (Ctrl+Enter)' }).click();
    },
  },
  { name: 'methodology', query: 'view=methodology', ready: ['method-example'] },
];

const SINGULAR_AS_PLURAL =
  /(?<![\d.,])1 (units|places|rows|months|files|dossiers|petitions|fields|digits|columns|issues)\b/g;

/** Letters only Vietnamese uses: đ, and a Latin letter carrying a combining mark once decomposed. */
const VIETNAMESE = /[đĐ]|[A-Za-z][\u0300-\u0323]/;

const hasVietnamese = (text: string) => VIETNAMESE.test(text.normalize('NFD'));

/**
 * Proper names of the sample data (units, provinces, the place names inside former districts),
 * taken out of attributes before they are checked; in text nodes names must be marked instead.
 */
function sampleNames(): string[] {
  const units = parseCsv(
    readFileSync(path.resolve(import.meta.dirname, '../../data/units.csv'), 'utf8'),
  );
  const names = new Set<string>();
  for (const { values } of units.records) {
    const cell = (name: string) => values[units.header.indexOf(name)] ?? '';
    names.add(cell('name'));
    names.add(cell('province'));
    for (const part of cell('former_district').split(/[;,]/)) {
      const place = part
        .trim()
        .replace(/\s+cũ$/u, '')
        .replace(/^(huyện|quận|thị xã|thành phố|tp\.?|tỉnh)\s+/iu, '');
      if (place !== '') names.add(place);
    }
  }
  names.delete('');
  // Longest first, so "Nam Trà My" goes before a shorter name it contains.
  return [...names].sort((a, b) => b.length - a.length);
}

interface Finding {
  readonly where: string;
  readonly text: string;
}

/** Runs in the page: every text node and text attribute not inside a `lang="vi"` element. */
function collectTexts(): { where: string; text: string; attribute: boolean }[] {
  const ATTRIBUTES = [
    'aria-label',
    'aria-description',
    'aria-valuetext',
    'title',
    'placeholder',
    'alt',
  ];
  const insideVietnamese = (element: Element | null) =>
    element?.closest('[lang]')?.getAttribute('lang')?.toLowerCase().startsWith('vi') === true;
  const pathOf = (element: Element) => {
    const parts: string[] = [];
    for (
      let node: Element | null = element;
      node !== null && parts.length < 4;
      node = node.parentElement
    ) {
      const id = node.getAttribute('data-testid');
      parts.unshift(`${node.tagName.toLowerCase()}${id === null ? '' : `[${id}]`}`);
    }
    return parts.join('>');
  };
  const found: { where: string; text: string; attribute: boolean }[] = [];
  // <title> cannot mark part of itself lang="vi" either: it is checked like an attribute.
  found.push({ where: 'document.title', text: document.title, attribute: true });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (parent === null || text === '') continue;
    if (['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
    if (insideVietnamese(parent)) continue;
    found.push({ where: pathOf(parent), text, attribute: false });
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (insideVietnamese(element)) continue;
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name)?.trim();
      if (value !== undefined && value !== '') {
        found.push({ where: `${pathOf(element)}@${name}`, text: value, attribute: true });
      }
    }
    // A field's value is what the reader sees (the search box, the SQL console).
    const field = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
    if (field && element.value !== '') {
      found.push({ where: `${pathOf(element)}@value`, text: element.value, attribute: true });
    }
  }
  return found;
}

async function englishLeftovers(page: Page, names: readonly string[]): Promise<Finding[]> {
  const texts = await page.evaluate(collectTexts);
  const findings: Finding[] = [];
  for (const { where, text, attribute } of texts) {
    const checked = attribute
      ? names.reduce((rest, name) => rest.replaceAll(name, '·'), text)
      : text;
    if (!hasVietnamese(checked)) continue;
    findings.push({ where, text });
  }
  return findings;
}

describe('the English site', () => {
  it('tells Vietnamese letters apart, decomposed or not', () => {
    for (const word of ['Đà', 'đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'Hòa', 'Hoà', 'Mỹ', 'Sơn']) {
      expect(hasVietnamese(word), word).toBe(true);
      expect(hasVietnamese(word.normalize('NFD')), word).toBe(true);
    }
    for (const word of ['Commune scorecard', '× – ≥ ± ² €', 'naive', '1.052']) {
      expect(hasVietnamese(word), word).toBe(false);
    }
  });

  const names = sampleNames();

  it('knows the names of the sample data', () => {
    expect(names).toContain('Hải Châu');
    expect(names).toContain('Núi Thành');
    expect(names).toContain('Đà Nẵng');
  });

  describe('every page and panel', () => {
    let shared: Awaited<ReturnType<typeof newLoggedPage>>;

    beforeAll(async () => {
      shared = await newLoggedPage(site);
      await shared.page.goto(`${site.server.url}?view=methodology&lang=en`);
      await shared.page.getByTestId('method-example').waitFor({ timeout: 60_000 });
    });

    afterAll(async () => {
      await shared.page.close();
    });

    it.each(STATES)('shows no unmarked Vietnamese: $name', async (state) => {
      const { page, log } = shared;
      // By way of the methodology page, so no element of the previous state stands in for this one.
      await followLink(page, 'view=methodology&lang=en');
      await page.getByTestId('method-example').waitFor({ timeout: 60_000 });
      await followLink(page, `${state.query}&lang=en`);
      await state.prepare?.(page);
      for (const id of state.ready) {
        // Attached, not visible: some tables sit in closed <details> (their text is read all the same).
        await page.getByTestId(id).first().waitFor({ state: 'attached', timeout: 60_000 });
      }
      // Let the charts set their aria labels and late panels finish their queries.
      await page.waitForTimeout(600);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const report = [
        ...new Set(
          (await englishLeftovers(page, names)).map(({ where, text }) => `${where} | ${text}`),
        ),
      ];
      // "1 units", "up 1 places": a count that did not go through its plural message.
      const text = (await page.locator('body').textContent()) ?? '';
      expect(report, `Vietnamese left on the English page:\n${report.join('\n')}`).toEqual([]);
      expect(text.match(SINGULAR_AS_PLURAL) ?? []).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });

  it('words former districts in English and marks the names and the language switch', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=ranking&lang=en`);
    await waitForRanking(page);
    const row = page.getByTestId('ranking-table').locator(`tr[data-code="${AN_KHE}"]`);
    expect(await row.locator('td.former-district').textContent()).toBe(
      'Thanh Khê district, former Đà Nẵng city; Cẩm Lệ district, former Đà Nẵng city',
    );
    expect(await row.locator('td.former-district [lang="vi"]').allTextContents()).toEqual([
      'Thanh Khê',
      'Đà Nẵng',
      'Cẩm Lệ',
      'Đà Nẵng',
    ]);
    expect(await row.locator('th [lang="vi"]').textContent()).toBe('An Khê');
    const option = page.locator(
      'select.district-select option[value="Huyện Núi Thành, tỉnh Quảng Nam"]',
    );
    expect(await option.textContent()).toBe('Núi Thành district, Quảng Nam province');
    expect(await option.getAttribute('lang')).toBe('vi');
    // The one Vietnamese word that is not a name: the language's own name, marked.
    const switchTo = page.getByRole('button', { name: 'Tiếng Việt' });
    expect(await switchTo.getAttribute('lang')).toBe('vi');
    await page.close();
  });
});
