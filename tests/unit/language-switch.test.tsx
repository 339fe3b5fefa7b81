import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { locales, type Locale } from '@/lib/i18n/locales';

let pathname = '/';
vi.mock('next/navigation', () => ({ usePathname: () => pathname }));
const { LanguageSwitch } = await import('@/components/layout/LanguageSwitch');
const GlobalNotFound = (await import('@/app/not-found')).default;

const links = (html: string) => [...html.matchAll(/href="([^"]+)" hrefLang="([^"]+)"/g)].map((m) => [m[1], m[2]]);

describe('the language switch', () => {
  it('links the same page in every other locale, and only those', () => {
    for (const locale of locales) {
      pathname = `/${locale}/figures/citizens-reached`;
      const html = renderToStaticMarkup(<LanguageSwitch locale={locale as Locale} label="Language" />);
      expect(links(html)).toEqual(locales.filter((l) => l !== locale).map((l) => [`/${l}/figures/citizens-reached`, l]));
    }
  });

  it("maps a locale's home page to the other locale's home page", () => {
    pathname = `/${locales[0]}`;
    expect(links(renderToStaticMarkup(<LanguageSwitch locale={locales[0]} label="Language" />))[0]![0]).toBe(`/${locales[1]}`);
  });
});

describe('the page outside any locale', () => {
  it('speaks every locale, each marked with its language and linking to its home', () => {
    const html = renderToStaticMarkup(<GlobalNotFound />);
    for (const locale of locales) expect(html).toContain(`href="/${locale}"`);
    for (const locale of locales.slice(1)) expect(html).toContain(`lang="${locale}"`);
  });
});
