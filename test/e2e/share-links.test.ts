import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';
import { CHIEN_DAN, SLOW, clipboard, firstRows, openAt, openSharingSite } from './share-helpers.ts';
import { followLink, newLoggedPage, type Site } from './site-fixture.ts';

/**
 * Issue 11, items 3 and 5: a copied link reopens the same view in a fresh browser profile, a link
 * whose state cannot be shown says so and what it shows instead, and the citation names title,
 * publisher, dates and URL.
 */

let site: Site;

beforeAll(async () => {
  site = await openSharingSite();
});

afterAll(async () => {
  await site.close();
});

const open = (page: Page, query: string, ready: string) => openAt(site, page, query, ready);

describe('copy link', () => {
  it(
    'copies the whole state, and a fresh browser profile opens the same view',
    { timeout: SLOW },
    async () => {
      const { page, log } = await newLoggedPage(site);
      const query = `?view=ranking&month=2025-09&type=xa&sort=climb&unit=${CHIEN_DAN}&lang=en`;
      await open(page, query, 'rank-change-table');
      await page.getByTestId('copy-link').click();
      await page.getByTestId('copy-link-done').waitFor();
      expect(await page.getByTestId('copy-link-done').textContent()).toBe('Link copied.');
      await expect
        .poll(() => page.getByTestId('live-region').textContent())
        .toContain('Link copied.');
      const copied = await clipboard(page);
      expect(copied).toBe(page.url());
      expect(Object.fromEntries(new URL(copied).searchParams)).toMatchObject({
        month: '2025-09',
        type: 'xa',
        sort: 'climb',
        unit: CHIEN_DAN,
        lang: 'en',
      });
      const heading = await page.locator('#ranking-heading').textContent();
      const title = await page.title();
      const rows = await firstRows(page, 'ranking-table');
      const why = await firstRows(page, 'rank-change-table');

      const fresh = await launchChromium();
      try {
        const other = await fresh.context.newPage();
        await other.goto(copied);
        await other.getByTestId('rank-change-table').waitFor({ timeout: 90_000 });
        expect(await other.locator('#ranking-heading').textContent()).toBe(heading);
        await expect.poll(() => other.title()).toBe(title);
        expect(await firstRows(other, 'ranking-table')).toEqual(rows);
        expect(await firstRows(other, 'rank-change-table')).toEqual(why);
        expect(await other.getByLabel('Sort').inputValue()).toBe('climb');
      } finally {
        await fresh.close();
      }
      expect(log.pageErrors).toEqual([]);
    },
  );

  it(
    'offers the link selected in a field when the clipboard refuses',
    { timeout: SLOW },
    async () => {
      const { page } = await newLoggedPage(site);
      await open(page, '?view=dossiers&rate=press', 'dossier-table');
      await page.evaluate(() => {
        Object.defineProperty(navigator.clipboard, 'writeText', {
          value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
        });
      });
      await page.getByTestId('copy-link').click();
      const field = page.getByTestId('copy-link-field');
      await field.waitFor();
      expect(await field.inputValue()).toBe(page.url());
      expect(
        await field.evaluate(
          (input: HTMLInputElement) =>
            document.activeElement === input &&
            input.selectionStart === 0 &&
            input.selectionEnd === input.value.length,
        ),
      ).toBe(true);
      expect(await page.getByTestId('share-bar').textContent()).toContain(
        'Không sao chép tự động được',
      );
    },
  );
});

describe('a link whose state cannot be shown', () => {
  it('says what it asked for and what is shown instead', { timeout: SLOW }, async () => {
    const { page, log } = await newLoggedPage(site);
    const notice = () => page.locator('main [data-testid="url-notice"]').textContent();
    const visit = async (query: string, ready: string) => {
      await followLink(page, query);
      await page.getByTestId(ready).first().waitFor({ state: 'attached', timeout: 90_000 });
    };

    await open(page, '?view=ranking&month=2026-13', 'ranking-table');
    expect(await notice()).toBe('Không có dữ liệu tháng 13/2026, đang hiện Tháng 10/2026.');
    await visit('view=ranking&month=2019-01', 'ranking-table');
    await expect.poll(notice).toBe('Không có dữ liệu tháng 1/2019, đang hiện Tháng 10/2026.');

    await visit('view=nope', 'ranking-table');
    await expect
      .poll(notice)
      .toBe('Liên kết yêu cầu trang “nope”, trang này không có; đang hiển thị Xếp hạng.');

    await visit(`view=ranking&unit=99999&units=${CHIEN_DAN},99998&panel=compare`, 'ranking-scope');
    await expect
      .poll(notice)
      .toBe(
        'Liên kết yêu cầu đơn vị mã 99999, dữ liệu không có đơn vị này; đã bỏ qua mã này.' +
          'Liên kết yêu cầu đơn vị mã 99998, dữ liệu không có đơn vị này; đã bỏ qua mã này.',
      );

    // The dossiers' trend falls back to the province rather than an empty "99999".
    await visit('view=dossiers&code=99999', 'dossier-trend-table');
    await expect.poll(notice).toContain('Liên kết yêu cầu đơn vị mã 99999');
    expect(await page.locator('#dossier-trend-heading').textContent()).not.toContain('99999');

    await visit('view=commune&code=99999', 'profile-directory');
    expect(await page.getByRole('status').filter({ hasText: '99999' }).textContent()).toBe(
      'Không có đơn vị nào mang mã 99999. Hãy chọn lại.',
    );

    await visit('embed=1&figure=nope', 'embed-summary');
    const title = await page.getByTestId('embed-title').textContent();
    await expect
      .poll(notice)
      .toBe(`Liên kết yêu cầu biểu đồ “nope”, trang này không có; đang hiển thị “${title ?? ''}”.`);
    expect(
      await page.locator('[data-testid="embed-chart"] [data-chart]').getAttribute('data-chart'),
    ).toBe('ranking');

    await visit('view=data&embed=1', 'embed-layout');
    await expect.poll(notice).toContain('trang này không có biểu đồ nào');
    expect(log.pageErrors).toEqual([]);
  });
});

describe('cite', () => {
  it(
    'gives a citation with title, publisher, synthetic mark, data date, URL and today',
    { timeout: SLOW },
    async () => {
      const { page } = await newLoggedPage(site);
      await open(page, `?view=commune&code=${CHIEN_DAN}`, 'profile-month-table');
      await page.getByTestId('cite-open').click();
      const plain = page.getByTestId('cite-plain');
      await plain.waitFor();
      const text = await plain.inputValue();
      const today = await page.evaluate(() =>
        new Intl.DateTimeFormat('vi-VN', {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
        }).format(new Date()),
      );
      expect(text).toContain(await page.title());
      expect(text).toContain('Trang công bố: Bảng điểm xã, phường Đà Nẵng.');
      expect(text).toContain('Số liệu là dữ liệu mẫu (tổng hợp)');
      expect(text).toContain('Dữ liệu đến Tháng 10/2026.');
      expect(text).toContain(`Địa chỉ: ${page.url()}`);
      expect(text).toContain(`Truy cập ngày ${today}.`);
      expect(await page.getByTestId('cite-apa').inputValue()).toMatch(
        /^Bảng điểm xã, phường Đà Nẵng\. \(2026\)\. Trang xã · Chiên Đàn .*\[Bảng số liệu trực tuyến; dữ liệu mẫu tổng hợp\]\./,
      );
      await page.getByTestId('cite-copy-plain').click();
      await page.getByTestId('cite-copy-plain-done').waitFor();
      expect(await clipboard(page)).toBe(text);
      await page.keyboard.press('Escape');
      expect(
        await page.getByTestId('cite-open').evaluate((b) => b === document.activeElement),
      ).toBe(true);
    },
  );
});
