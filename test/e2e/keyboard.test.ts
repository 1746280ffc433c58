import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { newLoggedPage, openSite, waitForRanking, type Site } from './site-fixture.ts';

/**
 * Issue 12, items 2 and 3: the keyboard gets past long tables, actions move the focus to what
 * they open (and the live region says so), every button's name starts with its visible text,
 * the document title names the page and its state, and the focus ring shows on white.
 */

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

const liveRegion = (page: Page) => page.getByTestId('live-region');

/** What the focused element is: enough to say where the focus went. */
interface Focused {
  readonly tag: string;
  readonly text: string;
  readonly className: string;
  readonly inRankingTable: boolean;
  readonly afterRankingTable: boolean;
  readonly inWhyPanel: boolean;
  readonly pressed: string | null;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const active = document.activeElement ?? document.body;
    const table = document.querySelector('[data-testid="ranking-table"]');
    return {
      tag: active.tagName,
      text: active.textContent.trim(),
      className: typeof active.className === 'string' ? active.className : '',
      inRankingTable: table?.contains(active) ?? false,
      afterRankingTable:
        table !== null &&
        !table.contains(active) &&
        (table.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      inWhyPanel:
        document.querySelector('[data-testid="rank-change-panel"]')?.contains(active) ?? false,
      pressed: active.getAttribute('aria-pressed'),
    };
  });
}

/** Buttons (visible ones with words on them) whose accessible name does not start with that text. */
async function mismatchedButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
    const problems: string[] = [];
    for (const button of document.querySelectorAll('button')) {
      if (button.getClientRects().length === 0) continue;
      const visible = squash(button.innerText);
      // A symbol alone ("‹", "×") is not text to say; its aria-label names it.
      if (!/\p{L}|\p{N}/u.test(visible)) continue;
      const labelledBy = button.getAttribute('aria-labelledby');
      const name = squash(
        labelledBy === null
          ? (button.getAttribute('aria-label') ?? button.textContent)
          : labelledBy
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' '),
      );
      if (!name.startsWith(visible)) problems.push(`"${visible}" named "${name}"`);
    }
    return problems;
  });
}

function luminance([r, g, b]: readonly number[]): number {
  const channel = (value = 0) => {
    const s = value / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);

describe('keyboard and screen reader use of the ranking', () => {
  it('skips past the ranking table with a link a few Tab presses from the top', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    await expect.poll(() => liveRegion(page).textContent()).toContain('Đã tải xong dữ liệu');

    let presses = 0;
    let current = await focused(page);
    while (!current.className.includes('table-skip') && presses < 60) {
      await page.keyboard.press('Tab');
      presses += 1;
      current = await focused(page);
      expect(current.inRankingTable).toBe(false);
    }
    expect(current.text).toMatch(/^Bỏ qua bảng: Bảng xếp hạng 94 đơn vị/);
    expect(presses).toBeLessThan(40);
    // Shown where it is while it has the focus.
    const box = await page.locator(':focus').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);

    await page.keyboard.press('Enter');
    expect((await focused(page)).afterRankingTable).toBe(true);
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next.inRankingTable).toBe(false);
    expect(next.afterRankingTable).toBe(true);
    expect(page.url()).not.toContain('#');
  });

  it("moves the focus into the analysis panel opened from row 16's Phân tích and says so", async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    const row = page.getByTestId('ranking-table').locator('tbody tr').nth(15);
    const name = (await row.locator('th').textContent()) ?? '';
    const analyse = row.getByRole('button', { name: `Phân tích: ${name}`, exact: true });
    await analyse.focus();
    await page.keyboard.press('Enter');

    await page.getByTestId('rank-change-panel').waitFor();
    await expect.poll(async () => (await focused(page)).inWhyPanel).toBe(true);
    expect((await focused(page)).text).toContain(name);
    const top = await page.locator(':focus').evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top, height: window.innerHeight };
    });
    // Scrolled into view (to within a subpixel of the top edge).
    expect(top.top).toBeGreaterThanOrEqual(-1);
    expect(top.top).toBeLessThan(top.height);
    await expect.poll(() => liveRegion(page).textContent()).toContain(`Đã mở: Vì sao ${name}`);

    // Closing it gives the focus to the page's heading, not to nowhere.
    await page.getByRole('button', { name: `Bỏ chọn ${name}` }).press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('H2');
  });

  it('keeps the focus on a button when a row is added to the comparison', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    const row = page.getByTestId('ranking-table').locator('tbody tr').nth(3);
    const name = (await row.locator('th').textContent()) ?? '';
    await row.getByRole('button', { name: `So sánh: ${name}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('panel=compare');
    await expect.poll(async () => (await focused(page)).tag).toBe('BUTTON');
    const now = await focused(page);
    expect(now.text).toBe('So sánh');
    expect(now.pressed).toBe('true');
    await expect.poll(() => liveRegion(page).textContent()).toContain(`Đã thêm ${name}`);
  });

  it('says how many units a filter shows', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    await page.getByLabel('Loại đơn vị').selectOption('phuong');
    const shown = await page.getByTestId('ranking-table').locator('tbody tr').count();
    expect(shown).toBeLessThan(94);
    await expect
      .poll(() => liveRegion(page).textContent())
      .toContain(`Đang hiển thị ${String(shown)}/94 đơn vị.`);
  });

  it('names the page and its state in the document title, in both languages', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    await expect
      .poll(() => page.title())
      .toMatch(/^Xếp hạng · Tháng 10\/2026 — Bảng điểm xã, phường Đà Nẵng$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Hồ sơ TTHC' }).click();
    await page.getByTestId('dossier-table').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.title()).toMatch(/^Hồ sơ TTHC · Tháng \d+\/2026 — Bảng điểm/);
    expect(await mismatchedButtons(page)).toEqual([]);
    await page.getByTestId('dossier-table').getByRole('link', { name: 'Chiên Đàn' }).click();
    await expect
      .poll(() => page.title())
      .toBe('Trang xã · Chiên Đàn — Bảng điểm xã, phường Đà Nẵng');
    await page.getByRole('navigation').getByRole('link', { name: 'Kiến nghị cử tri' }).click();
    await page.getByTestId('petition-table').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.title()).toMatch(/^Kiến nghị cử tri · Tháng .* — Bảng điểm/);
    expect(await mismatchedButtons(page)).toEqual([]);
    await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu' }).click();
    await page.getByTestId('datasets-table').waitFor({ timeout: 60_000 });
    expect(await page.title()).toBe('Dữ liệu — Bảng điểm xã, phường Đà Nẵng');
    expect(await mismatchedButtons(page)).toEqual([]);
    await page.getByRole('navigation').getByRole('link', { name: 'Phương pháp' }).click();
    await expect.poll(() => page.title()).toBe('Phương pháp — Bảng điểm xã, phường Đà Nẵng');

    await page.goto(`${site.server.url}?lang=en`);
    await waitForRanking(page);
    await expect.poll(() => page.title()).toMatch(/^Ranking · October 2026 — /);
  });
});

describe('button names and the focus ring', () => {
  it.each(['vi', 'en'] as const)(
    'no button on the ranking in %s has a name that does not start with its text',
    async (lang) => {
      const { page } = await newLoggedPage(site);
      await page.goto(`${site.server.url}?lang=${lang}`);
      await waitForRanking(page);
      const findings = await seriousAxeFindings(page);
      expect(findings.filter((finding) => finding.id === 'label-content-name-mismatch')).toEqual(
        [],
      );
      expect(await mismatchedButtons(page)).toEqual([]);
    },
  );

  it("names each of a profile's PNG buttons after its chart", async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=commune&code=20364`);
    await page.getByTestId('profile-month-table').waitFor({ timeout: 60_000 });
    const pngNames = () =>
      page
        .getByRole('button', { name: /^Tải ảnh biểu đồ \(PNG\): / })
        .evaluateAll((buttons) =>
          buttons
            .filter((button) => button.getClientRects().length > 0)
            .map((button) => button.getAttribute('aria-label') ?? ''),
        );
    // Two score charts, then the dossiers' and petitions' charts once their queries answer.
    await expect.poll(async () => (await pngNames()).length).toBeGreaterThanOrEqual(4);
    const names = await pngNames();
    expect(new Set(names).size).toBe(names.length);
    expect(await mismatchedButtons(page)).toEqual([]);
  });

  it('draws a focus ring of at least 3:1 on white and on the page background', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(site.server.url);
    await waitForRanking(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const active = document.activeElement ?? document.body;
      const computed = getComputedStyle(active);
      return {
        tag: active.tagName,
        outline: computed.outlineColor,
        width: computed.outlineWidth,
        page: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(style.tag).toBe('BUTTON');
    expect(parseFloat(style.width)).toBeGreaterThanOrEqual(2);
    const ring = rgb(style.outline);
    expect(contrast(ring, [255, 255, 255])).toBeGreaterThanOrEqual(3);
    expect(contrast(ring, rgb(style.page))).toBeGreaterThanOrEqual(3);
    // The pressed (accent) buttons: the ring's white band stands between it and the button.
    const accent = rgb(
      await page
        .getByRole('button', { name: 'Tiếng Việt' })
        .evaluate((button) => getComputedStyle(button).backgroundColor),
    );
    expect(contrast([255, 255, 255], accent)).toBeGreaterThanOrEqual(3);
  });
});
