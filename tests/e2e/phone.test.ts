import { expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl, describeBrowser, openPage, useBrowser } from './support';
import { formatTapReport, tapTargetReport } from './tap-targets';
import { locales } from '@/lib/i18n/locales';

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const words = {
  ar: { menu: 'القائمة', nav: 'التنقل الرئيسي', figures: 'الأرقام', about: 'المنهجية والمصادر' },
  en: { menu: 'Menu', nav: 'Main navigation', figures: 'Figures', about: 'Methodology & sources' },
} as const;
const breakdowns = inject('testBreakdowns');

/** The public pages a reader reaches from the header and the home page, one of each kind. */
const publicPages = [
  '', '/figures', '/figures/database-citizens', '/figures/relief-caravans-allocation', '/figures/database-citizens/v/1', '/initiatives', '/initiatives/relief-and-social-caravans', '/governorates',
  '/governorates/EG-ALX', `/breakdowns/${breakdowns.people}`, `/breakdowns/${breakdowns.money}`, '/changelog', '/data', '/check', '/about',
];
const searchFor = { ar: 'الاسكندرية', en: 'Alexandria' } as const;

/** What a screen reader is told about the menu button: its expanded state (undefined if it has none). */
async function menuExpanded(page: Page, name: string): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const button = nodes.find((n) => n.name?.value === name && !n.ignored && n.properties?.some((p) => p.name === 'focusable'));
  return button?.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined;
}

async function headerHeight(page: Page): Promise<number> {
  return page.locator('header').evaluate((el) => el.getBoundingClientRect().height);
}

/** Scrolls through the page so charts drawn on approach are drawn, and gives the network a moment to settle. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Link prefetches on a busy machine may keep the network from idling; what is measured is already rendered.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

describeBrowser('a reader on a phone (390×844)', () => {
  useBrowser();

  for (const locale of locales) {
    it(`keeps the header of /${locale} to one short row, with the links behind a menu button`, async () => {
      const page = await openPage(`/${locale}`, phone);
      expect(await headerHeight(page)).toBeLessThanOrEqual(120);
      const nav = page.getByRole('navigation', { name: words[locale].nav });
      expect(await nav.isVisible()).toBe(false);
      // The search box moves into the menu too; the page's height is the reader's.
      expect(await page.locator('#site-search').isVisible()).toBe(false);
      await page.context().close();
    });
  }

  it('opens the menu with Enter on its button, exposes it as expanded and closes it with Escape', async () => {
    const page = await openPage('/ar', phone);
    const button = page.locator('header summary');
    expect((await button.innerText()).trim()).toBe(words.ar.menu);
    expect(await menuExpanded(page, words.ar.menu)).toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: words.ar.nav });
    await expect.poll(() => nav.getByRole('link', { name: words.ar.figures }).isVisible()).toBe(true);
    expect(await nav.getByRole('link').count()).toBe(8);
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    expect(await menuExpanded(page, words.ar.menu)).toBe(true);
    // Tab moves into the links, in reading order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('الرئيسية');
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.context().close();
  });

  it('opens the menu and follows a link with JavaScript off', async () => {
    const page = await openPage('/en', { ...phone, javaScriptEnabled: false });
    await page.getByText(words.en.menu, { exact: true }).click();
    await page.getByRole('navigation', { name: words.en.nav }).getByRole('link', { name: words.en.about }).click();
    await page.waitForURL(/\/en\/about$/);
    expect(await page.getByRole('navigation', { name: words.en.nav }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('keeps the links and the search box in view on a desktop, with no menu button', async () => {
    for (const locale of locales) {
      const page = await openPage(`/${locale}`, desktop);
      expect(await page.locator('header summary').isVisible()).toBe(false);
      const nav = page.getByRole('navigation', { name: words[locale].nav });
      expect(await nav.getByRole('link', { name: words[locale].figures }).isVisible()).toBe(true);
      expect(await page.locator('#site-search').isVisible()).toBe(true);
      await page.context().close();
    }
  });

  it('has no tap target under 24×24 px on the public pages, in both languages (WCAG 2.5.8)', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const locale of locales) {
      const paths = [...publicPages, `/search?q=${encodeURIComponent(searchFor[locale])}`];
      const page = await openPage(`/${locale}`, phone);
      for (const p of paths) {
        await page.goto(`${baseUrl}/${locale}${p}`, { waitUntil: 'load' });
        await settle(page);
        const report = await tapTargetReport(page);
        checked += report.checked;
        failures.push(...formatTapReport(`/${locale}${p}`, report));
        if (p === '/check') {
          // The example claim's result page: verdicts, sources and the share links.
          await page.goto(await page.getByTestId('check-example').getAttribute('href').then((h) => new URL(h!, page.url()).href));
          await settle(page);
          const result = await tapTargetReport(page);
          failures.push(...formatTapReport(`/${locale}/check (example)`, result));
        }
      }
      await page.context().close();
    }
    expect(checked).toBeGreaterThan(300);
    expect(failures, `Tap targets under 24×24 px:\n${failures.join('\n')}`).toEqual([]);
  }, 180_000);
});
