import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLoggedPage, openSite, paintedPixels, type Site } from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

const CHIEN_DAN = '20364';
const HOANG_SA = '20333';

async function waitForProfile(page: Page): Promise<void> {
  await page.getByTestId('profile-summary').waitFor({ timeout: 60_000 });
  await page.getByTestId('profile-month-table').locator('tbody tr').first().waitFor();
}

/** Pages in a PDF: one `/Type /Page` object per page (the tree node is `/Type /Pages`). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('commune profile in Chromium', () => {
  it('finds a unit typed without diacritics and shows its rank history and groups', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=commune`);
    await page.getByTestId('profile-directory').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('profile-directory').locator('li').count()).toBe(94);

    const search = page.getByRole('combobox', { name: 'Tìm xã, phường' });
    await search.fill('chien dan');
    await page.getByRole('option', { name: /Chiên Đàn/ }).click();
    await waitForProfile(page);
    expect(page.url()).toContain(`code=${CHIEN_DAN}`);
    expect(page.url()).toContain('view=commune');

    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'Xã Chiên Đàn',
    );
    expect(await page.getByTestId('profile-population').textContent()).toContain('32.145 người');
    expect(await page.getByTestId('profile-rank').textContent()).toMatch(/^\d{1,2}\/94$/);
    expect(await page.getByTestId('profile-summary').textContent()).toMatch(
      /^Tháng 10\/2026: Chiên Đàn đạt \d{2},\d{2} điểm, xếp hạng \d{1,2}\/94; /,
    );
    // 16 months, newest first; July 2025 is the published fact: 1st of 94.
    const rows = page.getByTestId('profile-month-table').locator('tbody tr');
    expect(await rows.count()).toBe(16);
    expect(await rows.last().locator('th').textContent()).toBe('Tháng 7/2025');
    expect(await rows.last().locator('td').nth(2).textContent()).toBe('1/94');

    const gaps = await page.getByTestId('profile-gaps').textContent();
    expect(gaps).toMatch(/trung vị tỉnh/);

    await page.waitForTimeout(500);
    expect(await paintedPixels(page, 'profile-rank-chart')).toBeGreaterThan(5_000);
    expect(await paintedPixels(page, 'profile-groups-chart')).toBeGreaterThan(5_000);
    expect(await paintedPixels(page, 'profile-dossiers-chart')).toBeGreaterThan(1_000);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('reopens the same profile from its URL after a reload', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=commune&code=${CHIEN_DAN}`);
    await waitForProfile(page);
    const before = await page.getByTestId('profile-summary').textContent();
    await page.reload();
    await waitForProfile(page);
    expect(await page.getByTestId('profile-summary').textContent()).toBe(before);
  });

  // Chiên Đàn: a typical page (also in English, whose sentences run longer); Hòa Xuân: the most
  // former-district peers (8); Hoàng Sa: no dossiers or petitions.
  it.each([
    [CHIEN_DAN, 'vi'],
    [CHIEN_DAN, 'en'],
    ['20314', 'vi'],
    [HOANG_SA, 'vi'],
  ])('prints %s (%s) on one A4 page', async (code, lang) => {
    const { page } = await newLoggedPage(site);
    const query = lang === 'vi' ? '' : `&lang=${lang}`;
    await page.goto(`${site.server.url}?view=commune&code=${code}${query}`);
    await page.getByTestId('profile-summary').waitFor({ timeout: 60_000 });
    await page
      .getByTestId('profile-peers-district')
      .or(page.getByText(/Không có đơn vị nào|None\./))
      .first()
      .waitFor();
    await page.waitForTimeout(800);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const out = path.resolve(import.meta.dirname, 'screenshots');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, `commune-profile-${code}-${lang}.pdf`), pdf);
    expect(countPdfPages(pdf)).toBe(1);
  });

  it('says "no dossiers" for Hoàng Sa instead of drawing an empty chart', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=commune&code=${HOANG_SA}`);
    await waitForProfile(page);
    expect(await page.getByTestId('profile-dossiers').textContent()).toContain('Không có hồ sơ');
    expect(await page.getByTestId('profile-dossiers-chart').count()).toBe(0);
    expect(await page.getByTestId('profile-population').textContent()).toBe('chưa rõ dân số');
    expect(await page.getByTestId('profile-peers-size').count()).toBe(0);
  });

  it('links peers to their own profiles and states the peer rule', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=commune&code=${CHIEN_DAN}`);
    await waitForProfile(page);
    await page.getByTestId('profile-peers-size').waitFor();
    const peers = page.getByTestId('profile-peers-size').getByRole('link');
    expect(await peers.count()).toBe(5);
    expect(await page.getByText(/5 đơn vị cùng loại hình \(Xã\)/).count()).toBe(1);
    const target = await peers.first().getAttribute('href');
    const code = /code=(\d{5})/.exec(target ?? '')?.[1];
    expect(code).toBeDefined();
    await peers.first().click();
    await expect.poll(() => page.url()).toContain(`code=${code ?? ''}`);
    await waitForProfile(page);
    expect(await page.locator('article.profile').getAttribute('data-code')).toBe(code);
  });

  it('falls back to the search for an unknown code and switches to English', async () => {
    const { page } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=commune&code=99999`);
    await page.getByTestId('profile-directory').waitFor({ timeout: 60_000 });
    expect(await page.getByText('Không có đơn vị nào mang mã 99999').count()).toBe(1);
    await page.goto(`${site.server.url}?view=commune&code=${CHIEN_DAN}&lang=en`);
    await waitForProfile(page);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'Commune Chiên Đàn',
    );
    expect(await page.getByTestId('profile-summary').textContent()).toMatch(/rank \d{1,2} of 94/);
  });
});
