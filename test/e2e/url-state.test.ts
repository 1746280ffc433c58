import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLoggedPage, openSite, waitForRanking, type Site } from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

const CHIEN_DAN = '20364';

async function openView(page: Page, query: string, table: string): Promise<void> {
  await page.goto(`${site.server.url}${query}`);
  await page.getByTestId(table).locator('tbody tr').first().waitFor({ timeout: 60_000 });
}

/** The page's own query string, as a map. */
const paramsOf = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('URL state in Chromium', () => {
  it('says which month it shows instead of an invalid or unavailable one', async () => {
    const { page, log } = await newLoggedPage(site);
    await openView(page, '?month=2026-13', 'ranking-table');
    const notice = page.getByTestId('url-notice');
    expect(await notice.textContent()).toBe(
      'Không có dữ liệu tháng 13/2026, đang hiện Tháng 10/2026.',
    );
    expect(await page.locator('#ranking-heading').textContent()).toContain('Tháng 10/2026');

    await openView(page, '?month=2026-13&lang=en', 'ranking-table');
    expect(await notice.textContent()).toBe('No data for 13/2026; showing October 2026.');

    await openView(page, '?view=dossiers&month=2020-01', 'dossier-table');
    expect(await notice.textContent()).toBe(
      'Không có dữ liệu tháng 1/2020, đang hiện Tháng 10/2026.',
    );

    await openView(page, '?view=petitions&from=2026-13', 'petition-table');
    expect(await notice.textContent()).toBe(
      'Không có dữ liệu tháng 13/2026, đang hiện Tháng 7/2025 – Tháng 10/2026.',
    );

    // A valid URL has no notice.
    await openView(page, '?view=dossiers&month=2025-09', 'dossier-table');
    expect(await notice.count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });

  it('names any other ignored value', async () => {
    const { page } = await newLoggedPage(site);
    await openView(page, '?metric=DROP&sort=climb', 'ranking-table');
    expect(await page.getByTestId('url-notice').textContent()).toBe(
      'Đã bỏ qua “metric=DROP” trong địa chỉ vì giá trị không hợp lệ.',
    );
    expect(await page.getByLabel('Sắp xếp').inputValue()).toBe('climb');
  });

  it('drops page-local params on a nav switch and keeps the language', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=commune&code=${CHIEN_DAN}&lang=en`);
    await page.getByTestId('profile-summary').waitFor({ timeout: 60_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Dossiers' }).click();
    await page.getByTestId('dossier-table').locator('tbody tr').first().waitFor();
    expect(paramsOf(page)).toEqual({ view: 'dossiers', lang: 'en' });
    // The trend is the province's, not Chiên Đàn's: the profile's `code` did not follow.
    expect(await page.locator('#dossier-trend-heading').textContent()).not.toContain('Chiên Đàn');

    await openView(page, '?sort=climb&type=xa&month=2025-09&lang=en', 'ranking-table');
    await page.getByRole('navigation').getByRole('link', { name: "Voters' petitions" }).click();
    await page.getByTestId('petition-table').locator('tbody tr').first().waitFor();
    expect(paramsOf(page)).toEqual({ view: 'petitions', lang: 'en' });
    expect(await page.getByLabel('Unit type').inputValue()).toBe('');
  });

  it('links a ranking row to the profile with only the profile’s params', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?month=2025-09&sort=climb&lang=en`);
    await waitForRanking(page);
    await page.getByTestId('ranking-table').getByRole('link', { name: 'Chiên Đàn' }).click();
    await page.getByTestId('profile-summary').waitFor();
    expect(paramsOf(page)).toEqual({ view: 'commune', code: CHIEN_DAN, lang: 'en' });
    await page.goBack();
    await waitForRanking(page);
    expect(paramsOf(page)).toEqual({ month: '2025-09', sort: 'climb', lang: 'en' });
  });
});
