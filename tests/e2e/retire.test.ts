import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, describeBrowser, openPage, signIn, useBrowser } from './support';
import { defaultLocale } from '@/lib/i18n/locales';

// Retire, never delete: an admin proposes retiring a figure, a publisher publishes it; the figure leaves the lists and
// its own pages say when and why. It changes shared published data, so vitest.config.ts runs it after every other file.
const figure = 'database-citizens';
const initiative = 'neediest-citizens-database';
const reasonAr = 'تبيّن أنه يكرر رقم المواطنين الذين وصل إليهم التحالف';
const reasonEn = 'It turned out to repeat the figure of citizens the alliance reached';

async function step(page: Page, button: string, done: string) {
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(new RegExp(`done=${done}$`));
}

const linksTo = (page: Page, path: string) => page.locator(`a[href="${path}"], a[href^="${path}#"]`).count();

describeBrowser('staff: retiring a figure, never deleting it', () => {
  useBrowser();

  it('an admin proposes it with a reason in each language; another publisher publishes it', async () => {
    const admin = await signIn('admin@e2e.test');
    await admin.goto(`${baseUrl}/ar/admin/figures/${figure}`);
    await admin.getByText('اقتراح إيقاف النشر…').click();
    // Without the confirming tick nothing is saved, and the form says why.
    await admin.getByLabel('السبب بالعربية (يظهر للجمهور)').fill(reasonAr);
    await admin.getByLabel('السبب بالإنجليزية (يظهر للجمهور)').fill(reasonEn);
    await admin.getByRole('button', { name: 'أرسل اقتراح الإيقاف' }).click();
    await admin.getByText('أكّد أنك تفهم أن إيقاف النشر نهائي.').waitFor();
    expect(await admin.getByLabel('السبب بالإنجليزية (يظهر للجمهور)').inputValue()).toBe(reasonEn);
    await admin.getByLabel('أفهم أن إيقاف النشر نهائي ولا يمكن التراجع عنه.').check();
    await admin.getByRole('button', { name: 'أرسل اقتراح الإيقاف' }).click();
    await admin.waitForURL(/\/ar\/admin\/changes\/\d+\?done=saved$/);
    const change = admin.url().split('?')[0];
    expect(await admin.getByRole('note').filter({ hasText: 'هذا التغيير يوقف نشر السجل' }).count()).toBe(1);
    expect(await admin.getByRole('cell', { name: reasonEn }).count()).toBeGreaterThan(0);
    await step(admin, 'أرسل للمراجعة', 'submit');
    // The two-person rule holds for a retirement as for any change.
    expect(await admin.getByRole('button', { name: 'انشر الآن' }).count()).toBe(0);
    await admin.context().close();

    const publisher = await signIn('publisher@e2e.test');
    await publisher.goto(change);
    await step(publisher, 'انشر الآن', 'publish');
    await publisher.goto(`${baseUrl}/ar/admin/figures/${figure}`);
    expect(await publisher.getByRole('note').filter({ hasText: 'أُوقف نشر هذا السجل' }).count()).toBe(1);
    expect(await publisher.getByTestId('retire-section').count()).toBe(0);
    await publisher.context().close();
  });

  it('its page, a version, the embed and the API path still resolve and say when and why', async () => {
    for (const [locale, opening, reason] of [['ar', 'أُوقف نشر هذا الرقم في', reasonAr], ['en', 'This figure was retired on', reasonEn]] as const) {
      const page = await openPage(`/${locale}/figures/${figure}`);
      const notice = page.getByRole('note').filter({ hasText: opening });
      expect(await notice.count()).toBe(1);
      expect(await notice.textContent()).toContain(reason);
      if (locale === defaultLocale) expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${baseUrl}/${locale}/figures/${figure}/v/1`);
      expect(await page.getByRole('note').filter({ hasText: reason }).count()).toBe(1);
      await page.goto(`${baseUrl}/embed/${locale}/figures/${figure}`);
      expect(await page.getByRole('note').filter({ hasText: reason }).count()).toBe(1);
      await page.context().close();
    }
    const record = await (await fetch(`${baseUrl}/api/v1/figures/${figure}`)).json();
    expect(record.data.retiredReason).toEqual({ ar: reasonAr, en: reasonEn });
    expect(Date.parse(record.data.retiredAt)).toBeGreaterThan(0);
  });

  it('lists drop it: all figures, the home page, its initiative, the API list, search and the sitemap; the changelog says so', async () => {
    const page = await openPage('/ar/figures');
    expect(await linksTo(page, `/ar/figures/${figure}`)).toBe(0);
    expect(await page.locator('a[href^="/ar/figures/"]').count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/ar`);
    expect(await linksTo(page, `/ar/figures/${figure}`)).toBe(0);
    await page.goto(`${baseUrl}/ar/initiatives/${initiative}`);
    expect(await linksTo(page, `/ar/figures/${figure}`)).toBe(0);
    await page.goto(`${baseUrl}/en/changelog`);
    expect(await page.getByText(`Retired. Reason: ${reasonEn}`).count()).toBeGreaterThan(0);
    await page.context().close();

    const list = await (await fetch(`${baseUrl}/api/v1/figures?perPage=100`)).json();
    expect(list.data.map((f: { slug: string }) => f.slug)).not.toContain(figure);
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    expect(sitemap).not.toContain(`/figures/${figure}<`);
    const search = await (await fetch(`${baseUrl}/api/search?q=${encodeURIComponent('قاعدة بيانات الأكثر احتياجًا')}&locale=ar`)).json();
    expect(search.hits.length).toBeGreaterThan(0);
    expect(JSON.stringify(search.hits)).not.toContain(`/figures/${figure}"`);
  });
});
