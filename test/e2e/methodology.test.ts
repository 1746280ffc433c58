import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLoggedPage, openSite, type Site } from './site-fixture.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe('the methodology page', () => {
  it('works the published Nguyệt Ấn example with the app code, in vi-VN and in English', async () => {
    const { page, log } = await newLoggedPage(site);
    await page.goto(`${site.server.url}?view=methodology`);
    const example = page.getByTestId('method-example');
    await example.waitFor({ timeout: 60_000 });
    const text = await example.textContent();
    expect(text).toContain('1.914');
    expect(text).toContain('tỷ lệ theo cổng 97,99 %');
    expect(text).toContain('tỷ lệ báo chí 97,85 %');
    expect(await page.getByRole('link', { name: 'Phương pháp' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => example.textContent()).toContain('portal rate 97.99%');
    expect(await example.textContent()).toContain('press rate 97.85%');
    expect(log.pageErrors).toEqual([]);
  });
});
