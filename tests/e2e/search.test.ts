import { expect, it } from 'vitest';
import { axeViolations, baseUrl, describeBrowser, openPage, useBrowser } from './support';

const marks = (page: import('playwright-core').Page) => page.locator('[data-testid="search-results"] mark').allInnerTexts();

describeBrowser('a journalist searching, any spelling', () => {
  useBrowser();

  it('finds Alexandria from the header box without JavaScript, spelled without its hamza', async () => {
    const page = await openPage('/ar', { javaScriptEnabled: false });
    await page.locator('#site-search').fill('الاسكندرية');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/ar\/search\?q=/);
    const first = page.locator('[data-testid="search-results"] li').first();
    expect(await first.getAttribute('data-type')).toBe('governorate');
    expect(await marks(page)).toContain('الإسكندرية');
    await first.getByRole('link').click();
    await page.waitForURL(/\/ar\/governorates\/EG-ALX$/);
    expect(await page.locator('h1').innerText()).toBe('الإسكندرية');
    await page.context().close();
  });

  it('finds "ستر وعافية" from "ستر و عافيه" on the server-rendered page', async () => {
    const page = await openPage(`/ar/search?q=${encodeURIComponent('ستر و عافيه')}`, { javaScriptEnabled: false });
    const links = page.locator('[data-testid="search-results"] h2 a');
    expect(await links.first().getAttribute('href')).toBe('/ar/initiatives/sitr-wa-afia-caravans');
    expect(await links.first().innerText()).toContain('ستر وعافية');
    expect(await page.getByTestId('search-status').innerText()).toContain('«ستر و عافيه»');
    await page.context().close();
  });

  it('updates results while typing, with JavaScript, without leaving the page', async () => {
    const page = await openPage('/ar/search');
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.locator('#search-q').pressSequentially('ستر و عافيه', { delay: 30 });
    const first = page.locator('[data-testid="search-results"] h2 a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe('/ar/initiatives/sitr-wa-afia-caravans');
    expect(await marks(page)).toEqual(expect.arrayContaining(['ستر', 'وعافية']));

    await page.locator('#search-q').fill('٣٠ مليون');
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe('/ar/figures/citizens-reached');
    expect(await marks(page)).toContain('30 مليون');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('٣٠ مليون');
    await page.context().close();
  });

  it('searches from the English pages too', async () => {
    const page = await openPage('/en/search?q=alexandria');
    expect(await page.locator('[data-testid="search-results"] h2 a').first().innerText()).toBe('Alexandria');
    await page.context().close();
  });

  it('says so when nothing matches, and when the words are too long', async () => {
    const none = await openPage(`/ar/search?q=${encodeURIComponent('بطريق')}`, { javaScriptEnabled: false });
    expect(await none.getByTestId('search-status').innerText()).toContain('لا توجد نتائج');
    await none.context().close();
    const long = await fetch(`${baseUrl}/ar/search?q=${'ا'.repeat(250)}`);
    expect(long.status).toBe(200);
    expect(await long.text()).toContain('كلمات البحث طويلة جدًا');
  });

  it('answers the search API with one error shape', async () => {
    const res = await fetch(`${baseUrl}/api/search?locale=en`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: expect.stringMatching(/^Invalid search request/), messageAr: expect.stringMatching(/[\u0600-\u06FF]/) },
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no accessibility violations on the results page (${colorScheme})`, async () => {
      const page = await openPage(`/ar/search?q=${encodeURIComponent('الاسكندرية')}`, { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
