import { expect, it } from 'vitest';
import { axeViolations, baseUrl, describeBrowser, openPage, useBrowser } from './support';
import { locales } from '@/lib/i18n/locales';

const figureSlugs = ['database-citizens', 'citizens-reached', 'relief-caravans-allocation', 'relief-caravans-targeted-beneficiaries'];

describeBrowser('a citizen reading the portal', () => {
  useBrowser();

  it('sends / to Arabic, or to English when the browser prefers it', async () => {
    const ar = await fetch(`${baseUrl}/`, { redirect: 'manual', headers: { 'accept-language': 'ar-EG,ar;q=0.9' } });
    expect(ar.headers.get('location')).toMatch(/\/ar$/);
    const en = await fetch(`${baseUrl}/`, { redirect: 'manual', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.headers.get('location')).toMatch(/\/en$/);
  });

  it('shows /ar right to left with the four figures, each with its measure and source', async () => {
    const page = await openPage('/ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    for (const slug of figureSlugs) {
      const card = page.locator(`[data-figure="${slug}"]`);
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.innerText()).toContain('المصدر:');
    }
    const text = await page.locator('main').innerText();
    expect(text).toContain('37.4 مليون');
    expect(text).toContain('30 مليون');
    expect(text).toContain('2 مليار جنيه');
    expect(text).toContain('250 ألف');
    expect(text).toContain('مبلغ مرصود');
    expect(text).toContain('مستهدفون');
    expect(text).toContain('رقم محسوب، ليس من المصدر');
    await page.context().close();
  });

  it('shows /en left to right', async () => {
    const page = await openPage('/en');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    const text = await page.locator('main').innerText();
    expect(text).toContain('37.4 million');
    expect(text).toContain('EGP 2 billion');
    expect(text).toContain('Allocated');
    await page.context().close();
  });

  it('switches language on the same page', async () => {
    const page = await openPage('/ar/figures/citizens-reached');
    await page.getByRole('link', { name: 'اقرأ هذه الصفحة بالإنجليزية' }).click();
    await page.waitForURL(/\/en\/figures\/citizens-reached$/);
    expect(await page.locator('h1').innerText()).toBe('Citizens the alliance reached');
    await page.getByRole('link', { name: 'Read this page in Arabic' }).click();
    await page.waitForURL(/\/ar\/figures\/citizens-reached$/);
    await page.context().close();
  });

  it('gives a journalist the figure, its exact value, its date and the source quote', async () => {
    const page = await openPage('/ar/figures/relief-caravans-allocation');
    const text = await page.locator('main').innerText();
    expect(await page.getByTestId('figure-value').innerText()).toContain('2 مليار جنيه');
    expect(text).toContain('2,000,000,000');
    expect(text).toContain('نحو يناير 2023');
    expect(text).toContain('رصد ملياري جنيه من خلال استهداف 250 ألف مستفيد');
    expect(text).toContain('المركز المصري للفكر والدراسات الاستراتيجية');
    expect(text).toContain('8,000 جنيه');
    await page.context().close();
  });

  it('remembers the choice of Arabic-Indic digits', async () => {
    const page = await openPage('/ar');
    await page.getByRole('button', { name: 'أرقام عربية مشرقية (١٢٣)' }).click();
    expect(await page.locator('[data-figure="database-citizens"]').innerText()).toContain('٣٧٫٤ مليون');
    await page.reload();
    expect(await page.locator('[data-figure="database-citizens"]').innerText()).toContain('٣٧٫٤ مليون');
    expect(await page.getByRole('button', { name: 'أرقام عربية مشرقية (١٢٣)' }).getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    for (const path of ['/ar', '/ar/figures/database-citizens', '/en/initiatives/relief-and-social-caravans']) {
      const page = await openPage(path, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('reads fully with JavaScript turned off', async () => {
    const page = await openPage('/ar', { javaScriptEnabled: false });
    const text = await page.locator('main').innerText();
    for (const n of ['37.4 مليون', '30 مليون', '2 مليار جنيه', '250 ألف']) expect(text).toContain(n);
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('draws the charts with an accessible name, a summary and a data table', async () => {
    const page = await openPage('/ar');
    await page.locator('#chart-database-reached-title').scrollIntoViewIfNeeded();
    const canvas = page.locator('canvas[aria-label="قاعدة البيانات ومن تم الوصول إليهم"]');
    await expect.poll(() => canvas.count(), { timeout: 10_000 }).toBe(1);
    const table = page.getByRole('table', { name: 'بيانات الرسم: قاعدة البيانات ومن تم الوصول إليهم' });
    expect(await table.innerText()).toContain('37,400,000');
    await page.context().close();
  });

  it('answers unknown pages with a localized 404, never a stack trace', async () => {
    for (const [path, title] of [
      ['/ar/figures/no-such-figure', 'الصفحة غير موجودة'],
      ['/en/initiatives/no-such-initiative', 'Page not found'],
      ['/en/nothing/here', 'Page not found'],
    ]) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html).toContain(title);
      expect(html).not.toMatch(/at .*\.js:\d+/);
    }
    // An unknown locale is sent to the reader's language, where the path is then not found.
    const arabicReader = await openPage('/xx/figures', { locale: 'ar-EG' });
    expect(arabicReader.url()).toMatch(/\/ar\/xx\/figures$/);
    expect(await arabicReader.locator('h1').innerText()).toBe('الصفحة غير موجودة');
    await arabicReader.context().close();
    const englishReader = await openPage('/xx/figures', { locale: 'en-GB' });
    expect(await englishReader.locator('h1').innerText()).toBe('Page not found');
    await englishReader.context().close();
  });

  it('sends security headers', async () => {
    const res = await fetch(`${baseUrl}/ar`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describeBrowser('accessibility (axe-core)', () => {
  useBrowser();
  const pages = ['', '/figures/database-citizens', '/initiatives/relief-and-social-caravans', '/figures/citizens-reached/v/1', '/changelog', '/data'];
  for (const locale of locales) {
    for (const path of pages) {
      for (const colorScheme of ['light', 'dark'] as const) {
        it(`finds no violations on /${locale}${path} (${colorScheme})`, async () => {
          const page = await openPage(`/${locale}${path}`, { colorScheme });
          expect(await axeViolations(page)).toEqual([]);
          await page.context().close();
        });
      }
    }
  }
});
